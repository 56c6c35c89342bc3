package org.gongkai.disclosure.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A site of several units and years, made with the benchmark's content generator: the page types a single
 * declaration does not have (the site's index, paged indexes with a filter box, links to other years), and the
 * department-wide form (部门整体支出绩效目标申报表), above a unit's projects and alone for a unit that files only it. It is
 * made as the preview makes it, with the footer's facts set in {@code site.yaml} and last year's declarations marked
 * draft, so that the footer and the draft band are checked in the real tools too.
 */
final class MultiUnitSite {

    private static Path site;

    /** Every fact of the footer (国办发〔2017〕47号), as a site would set them. */
    private static final String FOOTER = """
            organizer: {zh: 上海市财政局（示例）, en: Shanghai Municipal Finance Bureau (example)}
            address: {zh: 示例路1号, en: 1 Example Road}
            phone: 021-00000000
            id-code: "3100000000"
            icp: 沪ICP备00000000号
            public-security: 沪公网安备31000000000000号
            party-government-mark: https://bszs.conac.cn/
            error-report: https://zfwzzc.www.gov.cn/
            original-filing: https://example.gov.cn/jxmb.pdf
            """;

    private MultiUnitSite() {
    }

    static synchronized Path directory() {
        if (site == null) {
            Path work = GeneratedSite.workDirectory("multi-unit");
            Path content = work.resolve("content");
            Path output = work.resolve("site");
            try {
                if (!Files.exists(content)) {
                    // The generator is a single-file program in bench/, in the default package.
                    Class.forName("GenerateContent").getMethod("main", String[].class).invoke(null,
                            (Object) new String[] {"--projects", "400", "--seed", "7", "--out", content.toString()});
                    Files.writeString(content.resolve("site.yaml"), FOOTER, StandardOpenOption.APPEND);
                    try (Stream<Path> folders = Files.list(content)) {
                        for (Path folder : folders.filter(f -> f.getFileName().toString().endsWith("-2023")).toList()) {
                            Files.writeString(folder.resolve("declaration.yaml"), "draft: true\n", StandardOpenOption.APPEND);
                        }
                    }
                }
                addDepartments(content);
                GeneratedSite.generate(work, content, output, true, "The generated content");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException
                    | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            site = output;
        }
        return site;
    }

    /** The generated content the site was made from. */
    static Path content() {
        directory();
        return GeneratedSite.workDirectory("multi-unit").resolve("content");
    }

    /**
     * One page of each kind the multi-unit site adds, in both languages: the site index, a paged declaration index,
     * a project page linking other years; then a project page compared with last year, the index of a unit compared
     * with last year, and a page of the indicators of all projects.
     */
    static List<String> pageTypes() {
        Path dir = directory();
        String paged = firstMatching(dir, "zh", "index-2.html");
        String withYears = firstWithOtherYears(dir);
        String changed = firstHolding(dir, "/projects/", "class=\"changes\"");
        String compared = firstHolding(dir, "/index.html", "class=\"compare-totals stack\"");
        String indicators = compared.replace("/index.html", "/indicators.html");
        List<String> pages = new java.util.ArrayList<>(List.of("index.html", "zh/index.html", "en/index.html",
                paged, paged.replaceFirst("^zh/", "en/"),
                withYears, withYears.replaceFirst("^zh/", "en/"),
                changed, changed.replaceFirst("^zh/", "en/"),
                compared, compared.replaceFirst("^zh/", "en/"),
                indicators, indicators.replaceFirst("^zh/", "en/")));
        pages.addAll(departmentPages());
        return List.copyOf(pages);
    }

    /** The first Chinese page (in path order) whose path contains {@code part} and whose HTML holds {@code text}. */
    static String firstHolding(Path dir, String part, String text) {
        try (Stream<Path> files = Files.walk(dir.resolve("zh"))) {
            return files.filter(f -> f.toString().contains(part)).sorted()
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains(text);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).findFirst()
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .orElseThrow(() -> new IllegalStateException("No page holds " + text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indexes with a department-wide form: above a unit's projects, and alone, in both languages. */
    static List<String> departmentPages() {
        String mixed = mixedFolder(directory().resolveSibling("content"));
        return List.of("zh/" + mixed + "/index.html", "en/" + mixed + "/index.html",
                "zh/" + DEPARTMENT_ONLY + "/index.html", "en/" + DEPARTMENT_ONLY + "/index.html");
    }

    /** The folder of the unit that files only the department-wide form. */
    static final String DEPARTMENT_ONLY = "example-office-2024";

    /**
     * Gives the first unit of 2024 a department-wide form beside its projects, and adds a unit that files only that
     * form; written each time, so that content generated before is brought up to date.
     */
    private static void addDepartments(Path content) throws IOException {
        Files.writeString(content.resolve(mixedFolder(content)).resolve("department.yaml"), DEPARTMENT);
        Path alone = Files.createDirectories(content.resolve(DEPARTMENT_ONLY));
        Files.writeString(alone.resolve("declaration.yaml"), """
                fiscal-year: 2024
                unit: {zh: 示例区人民政府办公室, en: General Office of the Example District Government}
                title: {zh: 部门整体支出绩效目标申报表, en: Department-wide performance targets}
                """);
        Files.writeString(alone.resolve("department.yaml"), DEPARTMENT);
    }

    private static String mixedFolder(Path content) {
        try (Stream<Path> folders = Files.list(content)) {
            return folders.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-2024"))
                    .filter(n -> !n.equals(DEPARTMENT_ONLY)).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("No declaration of 2024 in the multi-unit content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A department-wide form with every part: funds with shares and the years before, duties, tasks, weights. */
    private static final String DEPARTMENT = """
            duties:
              zh: |-
                (一)贯彻执行国家和本市有关法律法规，起草区政府有关文件。

                (二)负责区政府会议的准备和组织协调工作，督促检查区政府决定事项的落实。

                (三)负责区政府值班工作，及时报告重要情况。
              en: |-
                1. Carry out the laws and regulations of the state and the city, and draft the district government's documents.

                2. Prepare and organise the district government's meetings, and follow up its decisions.

                3. Keep the district government's duty service, reporting what matters at once.
            income:
              total: 968.1918万元
              items:
                - {name: 财政拨款, amount: 900.1918万元, share: 92.98%}
                - {name: 其他资金, amount: 68万元, share: 7.02%}
            expenditure:
              total: 968.1918万元
              items:
                - {name: 基本支出, amount: 724.2318万元, share: 74.8%}
                - {name: 项目支出, amount: 243.96万元, share: 25.2%}
            previous-years:
              - year: 2022
                income:
                  total: 900万元
                  items:
                    - {name: 财政拨款, amount: 870万元}
                    - {name: 其他资金, amount: 30万元}
                expenditure:
                  total: 890万元
                  items:
                    - {name: 基本支出, amount: 700万元}
                    - {name: 项目支出, amount: 190万元}
              - year: 2023
                income:
                  total: 950万元
                  items:
                    - {name: 财政拨款, amount: 920万元}
                    - {name: 其他资金, amount: 30万元}
                expenditure:
                  total: 941.5万元
                  items:
                    - {name: 基本支出, amount: 720万元}
                    - {name: 项目支出, amount: 221.5万元}
            tasks:
              - name: {zh: 政务运转保障, en: Keeping the government's work running}
                content: {zh: 保障区政府会议、值班和公文办理, en: "Meetings, the duty service and the handling of documents"}
                amount: 724.2318万元
                fiscal: 724.2318万元
                other: 0万元
              - name: {zh: 政务公开与信息化, en: Open government and IT}
                content: {zh: 政府网站和政务新媒体运行维护, en: Running the government's website and its social media}
                amount: 243.96万元
                fiscal: 175.96万元
                other: 68万元
            goals:
              zh: 保障区政府机关正常高效运转，按时完成年度重点工作，提高政务服务水平。
              en: Keep the district government's offices running well, finish the year's main work on time, and improve its services.
            indicators:
              - {level1: 产出指标, level2: 数量指标, name: {zh: 公文办理数量, en: Documents handled}, target: "≥1200件", weight: 20}
              - {level1: 产出指标, level2: 质量指标, name: {zh: 公文差错率, en: Error rate of documents}, target: "≤1%", weight: 20, direction: 反向}
              - {level1: 产出指标, level2: 时效指标, name: {zh: 重点工作完成时间, en: Main work completed}, target: 2024年12月31日前, weight: 10}
              - {level1: 成本指标, level2: 经济成本指标, name: {zh: 部门支出, en: Spending of the department}, target: "≤968.1918万元", weight: 10}
              - {level1: 效益指标, level2: 社会效益指标, name: {zh: 政务服务水平, en: Level of government services}, target: 提高, weight: 20}
              - {level1: 满意度指标, level2: 服务对象满意度指标, name: {zh: 群众满意度, en: Public satisfaction}, target: "≥90%", weight: 10}
            """;

    private static String firstMatching(Path dir, String language, String name) {
        try (Stream<Path> files = Files.walk(dir.resolve(language))) {
            return files.filter(f -> f.getFileName().toString().equals(name)).sorted().findFirst()
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .orElseThrow(() -> new IllegalStateException("No " + name + " in the multi-unit site"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstWithOtherYears(Path dir) {
        try (Stream<Path> files = Files.walk(dir.resolve("zh"))) {
            return files.filter(f -> f.toString().contains("/projects/")).sorted()
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains("class=\"other-years\"");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).findFirst()
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .orElseThrow(() -> new IllegalStateException("No project page links other years"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
