package org.gongkai.disclosure.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The other years' budgets a budget section speaks of. */
class BudgetYearsTest {

    @Test
    void findsEachOtherYearsBudgetOnceWithItsClause() {
        assertThat(BudgetYears.otherThan(2024, "2023 年本项目预算金额为 97 万元，2024年度预算为 120 万元；2022年预算 80 万元。"
                + "2023 年本项目预算金额为 97 万元"))
                .containsExactly(new BudgetYears.Mention(2023, "2023 年本项目预算金额为 97 万元"),
                        new BudgetYears.Mention(2022, "2022年预算 80 万元"));
        assertThat(BudgetYears.otherThan(2024, "12023年项目预算")).containsExactly(
                new BudgetYears.Mention(2023, "12023年项目预算".substring(1)));
        assertThat(BudgetYears.otherThan(2024, "2023年的资金，没有预算")).isEmpty();
    }

    /** The pattern run with find() over the whole text, as before it was tried only where a year can start. */
    private static List<BudgetYears.Mention> byFind(int fiscalYear, String zh) {
        Pattern pattern = Pattern.compile("(\\d{4})\\s*年度?([^，,。；;：:\\d\\n]{0,12}?)预算");
        List<BudgetYears.Mention> mentions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(zh);
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            if (year != fiscalYear && seen.add(matcher.group())) {
                int end = matcher.start();
                while (end < zh.length() && "，,。；;\n".indexOf(zh.charAt(end)) < 0) {
                    end++;
                }
                mentions.add(new BudgetYears.Mention(year, zh.substring(matcher.start(), end).strip()));
            }
        }
        return mentions;
    }

    @Test
    void findsWhatThePatternFindsAnywhereInAnyText() {
        String[] pieces = {"2023", "2024", "1", "20", "年", "年度", " ", "\t", "\n", "预算", "预", "算", "，", "。", "：", "本项目",
                "金额为", "97", "万元", "x", "\u000B"};
        Random random = new Random(17);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String zh = text.toString();
            assertThat(BudgetYears.otherThan(2024, zh)).as(zh).isEqualTo(byFind(2024, zh));
        }
    }
}
