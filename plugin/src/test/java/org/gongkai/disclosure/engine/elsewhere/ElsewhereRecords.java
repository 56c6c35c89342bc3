package org.gongkai.disclosure.engine.elsewhere;

/** A record that the fingerprint's package may not read by its access rules: not public, in another package. */
public final class ElsewhereRecords {

    private ElsewhereRecords() {
    }

    record Hidden(String value) {
    }

    public static Record hidden(String value) {
        return new Hidden(value);
    }
}
