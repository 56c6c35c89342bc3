package org.gongkai.disclosure.sheets;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.disclosure.model.MoneyUnit;

/**
 * The labels of the forms, as provinces print them: with or without spaces, full- or half-width colons and brackets,
 * line breaks inside, {@code 其中：} before a line, a unit in brackets after it ({@code 项目资金(万元)}). A label is
 * known by its words, wherever it stands on the sheet.
 */
final class Labels {

    /** A field of the single-project form or a column of the summary table. */
    enum Field {
        NAME("项目名称"),
        ID("项目标识"),
        CODE("项目编码", "项目代码"),
        NATURE("项目性质", "项目属性", "项目类型"),
        CATEGORY("项目类别", "项目分类"),
        DEPARTMENT("主管部门", "主管部门及代码", "主管单位"),
        IMPLEMENTER("实施单位", "实施主体", "项目单位", "项目实施单位"),
        UNIT("预算单位", "单位名称", "预算单位名称", "申报单位", "申报单位名称", "部门名称", "部门"),
        UNIT_CODE("单位编码", "单位代码", "预算单位编码"),
        START("计划开始日期", "计划开始时间", "开始日期", "开始时间", "项目开始日期", "项目开始时间"),
        END("计划完成日期", "计划完成时间", "完成日期", "完成时间", "结束日期", "结束时间", "项目完成日期",
                "项目完成时间", "项目结束日期", "项目结束时间"),
        PERIOD("项目起止时间", "起止时间", "项目起止日期", "起止日期", "实施期限"),
        FUNDS_TOTAL("项目资金总额", "项目总投资", "中期预算资金总额", "项目总金额", "项目资金总计"),
        ANNUAL_TOTAL("年度资金总额", "年度资金申请总额", "年度预算资金总额", "预算申报数", "年度预算数", "年度资金"),
        /** 财政资金 or 财政拨款: the project's fiscal funds, or this year's appropriation, by the total it stands under. */
        FISCAL("财政资金", "财政拨款"),
        APPROPRIATION("当年财政拨款", "本年财政拨款"),
        CARRYOVER("上年结转资金", "上年结转", "结转资金"),
        /** 其他资金: of the project's funds or of this year's, by the total it stands under. */
        OTHER("其他资金"),
        OVERVIEW("项目概述", "项目概况", "项目基本情况"),
        BASIS("立项依据", "项目立项依据"),
        NECESSITY("项目设立必要性", "立项必要性", "必要性"),
        MEASURES("保证项目实施的制度、措施", "保证项目实施的制度措施", "保障措施", "实施保障措施"),
        PLAN("实施方案", "项目实施计划", "实施计划", "项目实施方案"),
        BUDGET("年度预算安排", "预算安排"),
        GOAL_OVERALL("项目总目标", "总体目标", "中期目标", "长期目标", "项目中期目标", "绩效总目标"),
        GOAL_ANNUAL("年度目标", "年度总体目标", "年度绩效目标", "项目年度目标", "年度总目标");

        private final List<String> words;

        Field(String... words) {
            this.words = List.of(words);
        }

        List<String> words() {
            return words;
        }

        String printed() {
            return words.get(0);
        }
    }

    /** A column of the indicator table. */
    enum Column {
        LEVEL1("一级指标"),
        LEVEL2("二级指标"),
        NAME("三级指标", "指标内容", "指标名称"),
        TARGET("指标值", "年度指标值", "目标值", "指标目标值", "预期目标值", "年度目标值"),
        PERIOD_TARGET("实施期指标值", "中期指标值", "实施期目标值"),
        /** 指标性质: an operator (≥, =) on Sichuan's forms, 定量 or 定性 on others. */
        NATURE("指标性质"),
        UNIT("度量单位", "计量单位", "指标单位"),
        WEIGHT("分值", "权重", "指标分值", "指标权重", "权重(分)"),
        KIND("指标类型"),
        DIRECTION("指标方向"),
        EXPLANATION("指标解释", "评分标准", "绩效标准", "指标说明"),
        REMARK("备注");

        private final List<String> words;

        Column(String... words) {
            this.words = List.of(words);
        }

        String printed() {
            return words.get(0);
        }
    }

    /** A column of the table of budget items. */
    enum ItemColumn {
        NAME("明细名称", "项目预算成本构成", "支出明细", "明细项目", "成本构成", "预算明细"),
        AMOUNT("金额", "预算金额", "明细金额"),
        BASIS("测算依据", "测算依据及说明");

        private final List<String> words;

        ItemColumn(String... words) {
            this.words = List.of(words);
        }
    }

    /** A cell's text read as a label: its words, the unit of money its brackets name, and any value after a colon. */
    record Label(String words, BigDecimal money, String after) {
    }

    private static final Map<String, Field> FIELDS = index(Field.values(), f -> f.words);
    private static final Map<String, Column> COLUMNS = index(Column.values(), c -> c.words);
    private static final Map<String, ItemColumn> ITEM_COLUMNS = index(ItemColumn.values(), c -> c.words);
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]{0,12})\\)$");
    private static final Pattern MONEY_UNIT = Pattern.compile("(?:金额|资金)?单位:?(亿元|万元|千元|元)");
    /** Longer than any label; a long cell is a text, and is not normalised for nothing. */
    private static final int MAX_LABEL = 40;

    private Labels() {
    }

    private static <E> Map<String, E> index(E[] values, java.util.function.Function<E, List<String>> words) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            for (String word : words.apply(value)) {
                map.put(word, value);
            }
        }
        return map;
    }

    /**
     * A cell's text as a label: NFKC (full-width colons and brackets become ASCII), no white space, no {@code 其中},
     * no leading star, a unit in final brackets taken apart. A cell of the form {@code 年度资金总额：1125} gives its
     * value after the colon.
     */
    static Label read(String text) {
        // 其中：财政资金 is one label, not 其中 with a value.
        String head = text.strip().replaceFirst("^其中\\s*[:：]\\s*", "");
        text = head;
        String after = null;
        int colon = firstColon(text);
        if (colon > 0 && colon < MAX_LABEL) {
            head = text.substring(0, colon);
            after = text.substring(colon + 1).strip();
            if (after.isEmpty()) {
                after = null;
            }
        }
        if (head.length() > MAX_LABEL * 2) {
            return new Label("", null, null);
        }
        String words = Normalizer.normalize(head, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        words = words.replaceFirst("^[*★☆]+", "").replaceFirst("^其中[:,]?", "");
        while (words.endsWith(":")) {
            words = words.substring(0, words.length() - 1);
        }
        BigDecimal money = null;
        Matcher brackets = BRACKETS.matcher(words);
        if (brackets.find()) {
            money = moneyUnit(brackets.group(1));
            words = words.substring(0, brackets.start());
        }
        return new Label(words, money, after);
    }

    private static int firstColon(String text) {
        int ascii = text.indexOf(':');
        int wide = text.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** The yuan in one unit of {@code 元}, {@code 万元}, {@code 千元} or {@code 亿元}; null for anything else. */
    static BigDecimal moneyUnit(String written) {
        String unit = written.strip();
        if (unit.startsWith("单位:") || unit.startsWith("单位：")) {
            unit = unit.substring(3).strip();
        }
        String plain = unit;
        return MoneyUnit.ALL.stream().filter(u -> u.written().equals(plain) && u.written().endsWith("元"))
                .map(MoneyUnit::yuan).findFirst().orElse(null);
    }

    /** The unit of money a sheet states for its amounts ({@code 金额单位：万元}, {@code 单位：元}), if this cell states it. */
    static Optional<BigDecimal> statedMoneyUnit(String text) {
        if (text.length() > MAX_LABEL) {
            return Optional.empty();
        }
        String words = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher m = MONEY_UNIT.matcher(words);
        return m.find() && (m.start() == 0 || words.charAt(m.start() - 1) == '(') ? Optional.ofNullable(moneyUnit(m.group(1)))
                : Optional.empty();
    }

    static Optional<Field> field(String words) {
        return Optional.ofNullable(FIELDS.get(words));
    }

    static Optional<Column> column(String words) {
        return Optional.ofNullable(COLUMNS.get(words));
    }

    static Optional<ItemColumn> itemColumn(String words) {
        return Optional.ofNullable(ITEM_COLUMNS.get(words));
    }

    /** The words of the fields, as a message lists what it looked for. */
    static String printed(Field... fields) {
        return String.join(", ", java.util.Arrays.stream(fields).map(Field::printed).toList());
    }
}
