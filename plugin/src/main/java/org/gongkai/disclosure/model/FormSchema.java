package org.gongkai.disclosure.model;

import java.util.HashMap;
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
                opt("unit-code", "单位编码"),
                req("title", "标题"),
                opt("summary", "绩效目标设置情况"),
                opt("declared", "申报汇总"),
                opt("languages", "发布语言"),
                opt("framework", "绩效指标体系"),
                opt("draft", "草稿")),
        SITE("",
                opt("title", "网站标题"),
                opt("publisher", "发布机构"),
                opt("languages", "发布语言"),
                opt("url", "网站地址"),
                opt("name", "网站名称"),
                opt("id-code", "网站标识码"),
                opt("publish-date", "发布日期"),
                opt("license", "数据许可"),
                opt("license-url", "数据许可地址"),
                opt("source", "数据来源"),
                opt("source-url", "数据来源地址"),
                opt("organizer", "主办单位"),
                opt("address", "联系地址"),
                opt("phone", "联系电话"),
                opt("icp", "ICP备案号"),
                opt("public-security", "公安机关备案号"),
                opt("party-government-mark", "党政机关网站标识"),
                opt("error-report", "我为政府网站找错"),
                opt("original-filing", "申报表原件"),
                opt("example", "示例"),
                opt("review-summary", "绩效目标审核提示")),
        DECLARED("declared.",
                opt("project-count", "编报绩效目标的项目个数"),
                opt("total", "涉及项目预算资金")),
        PROJECT("",
                req("id", "项目标识"),
                req("name", "项目名称"),
                opt("code", "项目编码"),
                opt("nature", "项目性质"),
                opt("category", "项目类别"),
                opt("department", "主管部门"),
                opt("implementer", "实施单位"),
                opt("start", "计划开始日期"),
                opt("end", "计划完成日期"),
                opt("funds", "项目资金"),
                req("annual-funds", "年度资金"),
                opt("sections", "项目经费情况说明"),
                opt("budget-items", "年度预算明细"),
                opt("recipients", "分配对象"),
                req("goals", "项目绩效目标"),
                opt("weighting", "分值设置"),
                req("indicators", "绩效指标"),
                opt("draft", "草稿")),
        FUNDS("funds.",
                req("total", "项目资金总额"),
                opt("fiscal", "其中：财政资金"),
                opt("other", "其他资金"),
                opt("sources", "财政资金来源")),
        ANNUAL_FUNDS("annual-funds.",
                req("total", "年度资金申请总额"),
                opt("appropriation", "其中：当年财政拨款"),
                opt("carryover", "上年结转资金"),
                opt("other", "其他资金"),
                opt("sources", "当年财政拨款来源")),
        FUND_SOURCE("sources.",
                req("name", "资金来源"),
                req("amount", "金额")),
        RECIPIENT("recipients.",
                req("name", "分配对象"),
                opt("amount", "分配金额"),
                opt("implementer", "实施单位"),
                opt("content", "项目内容")),
        WEIGHTING("weighting.",
                req("total", "总分"),
                opt("budget-execution", "预算执行率分值")),
        SECTIONS("sections.",
                opt("overview", "项目概述"),
                opt("basis", "立项依据"),
                opt("necessity", "项目设立必要性"),
                opt("measures", "保证项目实施的制度、措施"),
                opt("plan", "实施方案"),
                opt("budget", "年度预算安排")),
        BUDGET_ITEM("budget-items.",
                req("name", "明细名称"),
                req("amount", "金额"),
                opt("basis", "测算依据")),
        GOALS("goals.",
                opt("overall", "项目总目标"),
                opt("annual", "年度总体目标")),
        INDICATOR("indicators.",
                req("level1", "一级指标"),
                req("level2", "二级指标"),
                req("name", "三级指标"),
                opt("target", "年度指标值"),
                opt("targets", "各分配对象指标值"),
                opt("period-target", "实施期指标值"),
                opt("weight", "权重"),
                opt("kind", "指标类型"),
                opt("direction", "指标方向"),
                opt("explanation", "指标解释"),
                opt("remark", "备注")),
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
                req("level2", "二级指标")),
        /** {@code department.yaml}: 部门整体支出绩效目标申报表, the department's targets over all its spending. */
        DEPARTMENT("",
                opt("duties", "部门职能概述"),
                opt("tasks", "年度主要任务"),
                opt("income", "收入构成"),
                opt("expenditure", "支出构成"),
                opt("previous-years", "近两年收支金额"),
                req("goals", "年度绩效目标"),
                opt("weighting", "分值设置"),
                req("indicators", "绩效指标")),
        /** A department's income or expenditure for one year; its keys are named inside {@code income} and the others. */
        DEPARTMENT_FUNDS("",
                req("total", "合计"),
                opt("items", "构成")),
        DEPARTMENT_ITEM("items.",
                req("name", "名称"),
                req("amount", "金额"),
                opt("share", "占比")),
        PREVIOUS_YEAR("previous-years.",
                req("year", "年度"),
                opt("income", "收入构成"),
                opt("expenditure", "支出构成")),
        TASK("tasks.",
                req("name", "任务名称"),
                opt("content", "主要内容"),
                opt("amount", "预算金额"),
                opt("fiscal", "财政拨款"),
                opt("other", "其他资金")),
        /** A project's self-evaluation (项目支出绩效自评表), {@code results/*.yaml}. */
        RESULT("",
                req("project", "项目标识"),
                opt("evaluated", "自评日期"),
                opt("budget", "预算执行情况"),
                req("indicators", "绩效指标完成情况"),
                opt("total-score", "总分"),
                opt("conclusion", "自评结论")),
        RESULT_BUDGET("budget.",
                opt("initial", "年初预算数"),
                req("adjusted", "全年预算数"),
                req("executed", "全年执行数"),
                opt("points", "分值"),
                opt("score", "得分"),
                opt("deviation", "偏差原因")),
        INDICATOR_RESULT("indicators.",
                req("name", "三级指标"),
                req("actual", "实际完成值"),
                opt("score", "得分"),
                opt("points", "分值"),
                opt("deviation", "偏差原因分析及改进措施"));

        private final String prefix;
        private final Map<String, Field> fields = new LinkedHashMap<>();
        /** Each field's dotted path, made once: the reader names every field it reads, for the messages it may give. */
        private final Map<String, String> paths = new HashMap<>();

        Part(String prefix, Field... fields) {
            this.prefix = prefix;
            for (Field field : fields) {
                this.fields.put(field.key(), field);
                this.paths.put(field.key(), prefix + field.key());
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
            String path = paths.get(key);
            return path != null ? path : prefix + key;
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
