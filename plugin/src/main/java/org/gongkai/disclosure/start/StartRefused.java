package org.gongkai.disclosure.start;

import java.util.List;

/** A new content folder cannot be started as asked: the message key of the catalog and its arguments. */
public final class StartRefused extends Exception {

    private final String key;
    private final List<Object> args;

    StartRefused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
