package org.gongkai.disclosure.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.DateValue;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Text;

/**
 * Writes a declaration out as budget staff keep it in Excel: one sheet per project, the single-project form of
 * Shanghai (上海市财政支出项目绩效目标申报表), amounts as binary doubles with a number format (as Excel stores them), the
 * budget items in 万元, dates as date cells, level-1 and level-2 merged over their indicators.
 */
final class SongjiangForms {

    private SongjiangForms() {
    }

    static Book write(Book.Format format, Declaration declaration, List<Project> projects) {
        Book book = new Book(format);
        for (int i = 0; i < projects.size(); i++) {
            sheet(book.sheet("项目" + (i + 1)), declaration, projects.get(i));
        }
        return book;
    }

    private static void sheet(Book book, Declaration declaration, Project p) {
        book.set("A1", declaration.fiscalYear() + "年度" + declaration.title().zh()).merge("A1:F1");
        book.row(2, "预算单位", declaration.unit().zh()).merge("B2:F2");
        book.row(3, "项目名称", p.name().zh(), null, null, "项目标识", p.id()).merge("B3:D3");
        book.row(4, "项目性质", zh(p.nature()), "项目类别", zh(p.category()));
        book.row(5, "主管部门", zh(p.department()), "实施单位", zh(p.implementer()));
        book.row(6, "计划开始日期", null, "计划完成日期");
        date(book, "B6", p.start());
        date(book, "D6", p.end());
        book.set("A7", "项目资金\n（元）").merge("A7:A10");
        book.row(7, null, "项目资金总额", null, "年度资金申请总额");
        book.row(8, null, "其中：财政资金", null, "其中：当年财政拨款");
        book.row(9, null, "其他资金", null, "上年结转资金");
        book.row(10, null, null, null, "其他资金");
        yuan(book, "C7", p.funds().total());
        yuan(book, "C8", p.funds().fiscal());
        yuan(book, "C9", p.funds().other());
        yuan(book, "E7", p.annualFunds().total());
        yuan(book, "E8", p.annualFunds().appropriation());
        yuan(book, "E9", p.annualFunds().carryover());
        yuan(book, "E10", p.annualFunds().other());
        int row = 11;
        List<String[]> sections = new ArrayList<>();
        Sections s = p.sections();
        add(sections, "项目概述", s.overview());
        add(sections, "立项依据", s.basis());
        add(sections, "项目设立必要性", s.necessity());
        add(sections, "保证项目实施的制度、措施", s.measures());
        add(sections, "实施方案", s.plan());
        add(sections, "年度预算安排", s.budget());
        for (String[] section : sections) {
            book.row(row, section[0], section[1]).merge("B" + row + ":F" + row);
            row++;
        }
        if (!p.budgetItems().isEmpty()) {
            book.row(row++, "明细名称", "金额（万元）");
            BigDecimal sum = BigDecimal.ZERO;
            for (BudgetItem item : p.budgetItems()) {
                book.row(row++, item.name().zh(), item.amount().yuan().movePointLeft(4).doubleValue());
                sum = sum.add(item.amount().yuan());
            }
            book.row(row++, "合计", sum.movePointLeft(4).doubleValue());
        }
        book.row(row, "项目总目标", p.goals().overall().zh()).merge("B" + row + ":F" + row);
        row++;
        book.row(row, "年度总体目标", p.goals().annual().zh()).merge("B" + row + ":F" + row);
        row++;
        book.row(row++, "一级指标", "二级指标", "三级指标", "指标值");
        int level1From = row;
        int level2From = row;
        List<Indicator> indicators = p.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Indicator previous = i == 0 ? null : indicators.get(i - 1);
            boolean sameLevel1 = previous != null && previous.level1().zh().equals(indicator.level1().zh());
            boolean sameLevel2 = sameLevel1 && previous.level2().zh().equals(indicator.level2().zh());
            if (!sameLevel1) {
                merge(book, "A", level1From, row - 1);
                level1From = row;
                book.set("A" + row, indicator.level1().zh());
            }
            if (!sameLevel2) {
                merge(book, "B", level2From, row - 1);
                level2From = row;
                book.set("B" + row, indicator.level2().zh());
            }
            book.set("C" + row, indicator.name().zh()).set("D" + row, indicator.target().written().zh());
            row++;
        }
        merge(book, "A", level1From, row - 1);
        merge(book, "B", level2From, row - 1);
    }

    private static void add(List<String[]> sections, String label, Text text) {
        if (text != null) {
            sections.add(new String[] {label, text.zh()});
        }
    }

    private static void merge(Book book, String column, int from, int to) {
        if (to > from) {
            book.merge(column + from + ":" + column + to);
        }
    }

    private static String zh(Text text) {
        return text == null ? null : text.zh();
    }

    /** An amount as Excel keeps it: a binary double, shown to the fen with thousands separators. */
    private static void yuan(Book book, String ref, Money money) {
        if (money != null) {
            book.number(ref, money.yuan().doubleValue(), "#,##0.00");
        }
    }

    private static void date(Book book, String ref, DateValue date) {
        if (date != null) {
            book.set(ref, date.date());
        }
    }
}
