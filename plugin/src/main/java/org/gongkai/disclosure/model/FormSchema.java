package org.gongkai.disclosure.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of the declaration format, each with the name of its field on the official form. The loader uses
 * it for required and unknown keys and for did-you-mean suggestions; tests hold the published reference and
 * JSON Schema to it.
 */
public final class FormSchema {

    /** One key: its name in YAML, its name on the form, whether it must be given. */
    public record Field(String key, String formName, boolean required) {
    }

    /** A mapping of the format and the keys it allows, in the order of the form. */
    public enum Part {
        DECLARATION("",
                req("fiscal-year", "预算年度"),
                req("unit", "预算单位"),
                req("title", "标题"),
                opt("summary", "绩效目标设置情况"),
                opt("declared", "申报汇总"),
                opt("languages", "发布语言"),
                opt("framework", "绩效指标体系")),
        SITE("",
                opt("title", "网站标题"),
                opt("publisher", "发布机构"),
                opt("languages", "发布语言"),
                opt("review-summary", "绩效目标审核提示")),
        DECLARED("declared.",
                opt("project-count", "编报绩效目标的项目个数"),
                opt("total", "涉及项目预算资金")),
        PROJECT("",
                req("id", "项目标识"),
                req("name", "项目名称"),
                req("nature", "项目性质"),
                req("category", "项目类别"),
                req("department", "主管部门"),
                req("implementer", "实施单位"),
                req("start", "计划开始日期"),
                req("end", "计划完成日期"),
                req("funds", "项目资金"),
                req("annual-funds", "年度资金"),
                opt("sections", "项目经费情况说明"),
                opt("budget-items", "年度预算明细"),
                req("goals", "项目绩效目标"),
                req("indicators", "绩效指标")),
        FUNDS("funds.",
                req("total", "项目资金总额"),
                req("fiscal", "其中：财政资金"),
                req("other", "其他资金")),
        ANNUAL_FUNDS("annual-funds.",
                req("total", "年度资金申请总额"),
                req("appropriation", "其中：当年财政拨款"),
                req("carryover", "上年结转资金"),
                req("other", "其他资金")),
        SECTIONS("sections.",
                opt("overview", "项目概述"),
                opt("basis", "立项依据"),
                opt("plan", "实施方案"),
                opt("budget", "年度预算安排")),
        BUDGET_ITEM("budget-items.",
                req("name", "明细名称"),
                req("amount", "金额")),
        GOALS("goals.",
                req("overall", "项目总目标"),
                req("annual", "年度总体目标")),
        INDICATOR("indicators.",
                req("level1", "一级指标"),
                req("level2", "二级指标"),
                req("name", "三级指标"),
                req("target", "年度指标值"),
                opt("weight", "权重")),
        TEXT("",
                req("zh", "中文"),
                opt("en", "英文")),
        GLOSSARY("",
                opt("terms", "术语"),
                opt("units", "计量单位")),
        UNIT("",
                req("en", "英文"),
                opt("one", "英文单数")),
        FRAMEWORK("",
                req("id", "标识"),
                req("name", "名称"),
                req("level1", "一级指标")),
        FRAMEWORK_LEVEL1("level1.",
                req("name", "一级指标"),
                req("role", "类别"),
                req("level2", "二级指标"));

        private final String prefix;
        private final Map<String, Field> fields = new LinkedHashMap<>();

        Part(String prefix, Field... fields) {
            this.prefix = prefix;
            for (Field field : fields) {
                this.fields.put(field.key(), field);
            }
        }

        public List<Field> fields() {
            return List.copyOf(fields.values());
        }

        public Optional<Field> field(String key) {
            return Optional.ofNullable(fields.get(key));
        }

        /** The dotted path of a key as messages show it, e.g. {@code funds.total}. */
        public String path(String key) {
            return prefix + key;
        }

        /** The key whose form name is {@code formName}, for users who type the Chinese field name as a key. */
        public Optional<Field> byFormName(String formName) {
            String wanted = normalizeFormName(formName);
            return fields.values().stream()
                    .filter(f -> normalizeFormName(f.formName()).equals(wanted))
                    .findFirst();
        }

        private static String normalizeFormName(String name) {
            return name.replace("其中：", "").replace("其中:", "").trim();
        }
    }

    private FormSchema() {
    }

    private static Field req(String key, String formName) {
        return new Field(key, formName, true);
    }

    private static Field opt(String key, String formName) {
        return new Field(key, formName, false);
    }
}
