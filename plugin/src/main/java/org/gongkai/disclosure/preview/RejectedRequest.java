package org.gongkai.disclosure.preview;

import java.util.List;

/**
 * A request the preview will not answer with a page: the status to answer with, and the message of the catalog
 * that says why. Thrown while reading the request, before it reaches the site.
 */
final class RejectedRequest extends Exception {

    private final int status;
    private final String key;
    private final List<Object> args;

    RejectedRequest(int status, String key, Object... args) {
        super(key, null, false, false); // an expected answer, not a failure: no stack trace to fill in
        this.status = status;
        this.key = key;
        this.args = List.of(args);
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.toArray();
    }
}
