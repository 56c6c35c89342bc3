package org.gongkai.disclosure.sheets;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.diag.Severity;

/**
 * A problem found while reading a workbook, at its cell: {@code book.xlsx:Sheet1!C14: error: message [rule]}.
 *
 * @param rule the rule's name, as printed in brackets (e.g. {@code import-amount})
 */
public record SheetProblem(Severity severity, String rule, CellAt at, Message message) {

    public static SheetProblem error(String rule, CellAt at, String key, Object... args) {
        return new SheetProblem(Severity.ERROR, rule, at, Message.of(key, args));
    }

    public static SheetProblem warning(String rule, CellAt at, String key, Object... args) {
        return new SheetProblem(Severity.WARNING, rule, at, Message.of(key, args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** As compilers print it, in the catalog's language. */
    public String format(MessageCatalog catalog) {
        return at + ": " + severity.label() + ": " + catalog.format(message) + " [" + rule + "]";
    }
}
