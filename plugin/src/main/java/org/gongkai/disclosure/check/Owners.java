package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.IndicatorTable;

/** Whose indicator table a message speaks of: "the project", or the department's form. */
final class Owners {

    private Owners() {
    }

    static Message of(IndicatorTable table) {
        return Message.of(table.owner() == IndicatorTable.Owner.PROJECT ? "owner.project" : "owner.department");
    }
}
