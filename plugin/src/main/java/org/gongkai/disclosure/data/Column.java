package org.gongkai.disclosure.data;

import java.util.function.Function;

/**
 * A column of a published table: its name, what it means in both languages, its Frictionless type, and how its
 * value is taken from a row. The CSV file and the data package's schema are both made from these.
 *
 * @param columnType the Fiscal Data Package column type, or null
 */
record Column<R>(String name, String title, String titleZh, String type, String columnType,
        Function<R, Object> value) {

    /** How a column is described in a data package: its type and its English title. */
    record Described(String type, String title) {
    }

    static <R> Column<R> string(String name, String title, String titleZh, Function<R, Object> value) {
        return new Column<>(name, title, titleZh, "string", null, value);
    }

    static <R> Column<R> typed(String name, String title, String titleZh, String type, String columnType,
            Function<R, Object> value) {
        return new Column<>(name, title, titleZh, type, columnType, value);
    }
}
