package org.gongkai.disclosure.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budgets of other years that a budget section (年度预算安排) speaks of, as "2023 年本项目预算金额为 97 万元" in a 2024
 * declaration: usually last year's text copied forward. The check warns of them; the page notes them for its readers.
 */
public final class BudgetYears {

    /** A year, then in the same clause (no digits, no clause break) the word 预算. */
    private static final Pattern YEAR_BUDGET = Pattern.compile("(\\d{4})\\s*年度?([^，,。；;：:\\d\\n]{0,12}?)预算");

    /** A year other than the fiscal year, and the clause it stands in. */
    public record Mention(int year, String clause) {
    }

    private BudgetYears() {
    }

    /** Each clause of {@code zh} (the Chinese as filed) that gives a budget for a year other than {@code fiscalYear}. */
    public static List<Mention> otherThan(int fiscalYear, String zh) {
        List<Mention> mentions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (!zh.contains("预算")) {
            return mentions; // no clause names a budget: the pattern need not look at every digit
        }
        // The pattern is tried only where it can start, four digits before a 年, in the order find() would try them:
        // run at every digit of a long text, it was half of this method's time.
        Matcher matcher = YEAR_BUDGET.matcher(zh);
        int next = 0;
        for (int nian = zh.indexOf('年'); nian >= 0; nian = zh.indexOf('年', nian + 1)) {
            int start = yearStart(zh, nian);
            if (start < 0 || start < next) {
                continue; // no year before this 年, or one inside the last match, where find() would not look
            }
            matcher.region(start, zh.length());
            if (matcher.lookingAt()) {
                int year = Integer.parseInt(matcher.group(1));
                if (year != fiscalYear && seen.add(matcher.group())) {
                    mentions.add(new Mention(year, clause(zh, matcher.start())));
                }
                next = matcher.end();
            }
        }
        return mentions;
    }

    /** Where the four digits of a year written before the 年 at {@code nian} start, past \s*; -1 when there are none. */
    private static int yearStart(String text, int nian) {
        int end = nian;
        while (end > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end - 4;
        if (start < 0) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return start;
    }

    private static String clause(String text, int start) {
        int end = start;
        while (end < text.length() && "，,。；;\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end).strip();
    }
}
