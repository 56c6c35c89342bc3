package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.MoneyUnit;
import org.gongkai.disclosure.model.Yuan;

/**
 * Figures of a message in the unit the form writes them in: a department's form is in 万元, and its budget officer
 * finds 109,175.51 万元 on it, not 1,091,755,100.00 yuan. Exact: 968.1918万元 stays 968.1918.
 */
final class InUnit {

    private final MoneyUnit unit;

    private InUnit(MoneyUnit unit) {
        this.unit = unit;
    }

    /** The unit {@code written} is written in; yuan for a bare number. */
    static InUnit of(Money written) {
        return new InUnit(MoneyUnit.endOf(written.written()).orElse(MoneyUnit.of("元")));
    }

    /** An amount with its unit, in the reader's language: {@code 109,175.51 万元}, {@code 109,175.51 × 10,000 yuan}. */
    Message amount(BigDecimal yuan) {
        String key = switch (unit.written()) {
            case "万元", "万" -> "amount.inWan";
            case "亿元", "亿" -> "amount.inYi";
            case "千元" -> "amount.inThousands";
            default -> "amount.inYuan";
        };
        return Message.of(key, figure(yuan));
    }

    /** The figure alone, grouped by thousands, with at least two decimals and no more than it needs. */
    String figure(BigDecimal yuan) {
        return Yuan.groupedIn(yuan, unit.yuan());
    }
}
