import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes synthetic but realistic declaration content for benchmarks: N projects spread over budget units, some
 * units filing for two years, each project like a real one (about 10 indicators, narratives of a few hundred
 * characters per section in both languages, mixed targets). The same seed gives the same content.
 *
 * <pre>java bench/GenerateContent.java --projects 10000 --seed 1 --out target/bench/content-10000</pre>
 */
public final class GenerateContent {

    private static final String[] DISTRICTS = {"松江", "浦东", "黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行",
        "宝山", "嘉定", "金山", "青浦", "奉贤", "崇明"};
    private static final String[] DISTRICTS_EN = {"Songjiang", "Pudong", "Huangpu", "Xuhui", "Changning", "Jing'an",
        "Putuo", "Hongkou", "Yangpu", "Minhang", "Baoshan", "Jiading", "Jinshan", "Qingpu", "Fengxian", "Chongming"};
    private static final String[][] OFFICES = {{"信访办公室", "Petitions Office", "xfb"}, {"教育局", "Education Bureau", "jyj"},
        {"卫生健康委员会", "Health Commission", "wjw"}, {"民政局", "Civil Affairs Bureau", "mzj"},
        {"生态环境局", "Ecology and Environment Bureau", "sthjj"}, {"文化和旅游局", "Culture and Tourism Bureau", "whlyj"},
        {"交通委员会", "Transport Commission", "jtw"}, {"绿化和市容管理局", "Greening and Amenities Bureau", "lhsr"}};
    private static final String[][] PROJECTS = {{"编外人员工作经费", "Working funds for non-establishment staff"},
        {"宣传资料编制", "Compiling publicity materials"}, {"信息化系统运维", "Operation and maintenance of IT systems"},
        {"培训经费", "Training funds"}, {"课题研究", "Research topics"}, {"设备购置", "Purchase of equipment"},
        {"社区服务补贴", "Subsidies for community services"}, {"环境监测", "Environmental monitoring"},
        {"公共设施维护", "Maintenance of public facilities"}, {"专项审计", "Special audits"}};
    private static final String[][] NATURES = {{"其他经常性项目", "x"}, {"一次性项目", "x"}, {"延续性项目", "x"}};
    private static final String[] CATEGORIES = {"其他运转类", "特定目标类", "专项业务类", "信息化运维"};
    private static final String[][][] INDICATORS = {
        {{"成本指标", "经济成本指标"}, {"成本控制", "Cost control"}},
        {{"产出指标", "数量指标"}, {"开展活动次数", "Activities held"}},
        {{"产出指标", "数量指标"}, {"服务人次", "People served"}},
        {{"产出指标", "质量指标"}, {"工作完成率", "Completion rate"}},
        {{"产出指标", "质量指标"}, {"验收合格率", "Acceptance rate"}},
        {{"产出指标", "时效指标"}, {"按时完成率", "On-time completion rate"}},
        {{"效益指标", "社会效益指标"}, {"社会影响力", "Social influence"}},
        {{"效益指标", "经济效益指标"}, {"资金使用效率", "Efficiency of the funds"}},
        {{"效益指标", "可持续影响指标"}, {"长效机制建设", "Lasting mechanisms"}},
        {{"满意度指标", "服务对象满意度指标"}, {"群众满意度", "Public satisfaction"}},
    };
    private static final String[] QUALITATIVE = {"提高", "良好", "有效", "及时", "改善", "达标", "减少", "增加"};
    private static final String[][] NUMERIC = {{"=", "次"}, {"≥", "%"}, {"≥", "人次"}, {"=", "%"}, {"≤", "天"}, {"=", "个"}};
    private static final String ZH_SENTENCE = "按照本市预算绩效管理工作的总体要求,坚持把为民解难的要求落实到每个方面、每个环节,"
            + "进一步规范工作程序,提升服务质量和管理水平,确保资金使用合规、高效,让人民群众拥有更多获得感、幸福感、安全感。";
    private static final String EN_SENTENCE = "As the city's overall requirements for budget performance management "
            + "prescribe, the unit applies the duty of solving problems for the people to every step of its work, "
            + "standardises its procedures, and improves the quality of its services, so that the funds are spent "
            + "lawfully and efficiently.";

    public static void main(String[] args) throws IOException {
        int projects = 1000;
        long seed = 1;
        Path out = Path.of("target/bench/content");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--projects" -> projects = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --projects N --seed S --out DIR");
            }
        }
        new GenerateContent(new SplittableRandom(seed)).write(out, projects);
    }

    private final SplittableRandom random;

    private GenerateContent(SplittableRandom random) {
        this.random = random;
    }

    private void write(Path out, int total) throws IOException {
        if (Files.exists(out)) {
            throw new IOException(out + " exists; give a new folder");
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("site.yaml"), """
                title: {zh: 上海市预算单位项目绩效目标, en: Performance targets of Shanghai budget units}
                publisher: {zh: 上海市财政局（示例）, en: Shanghai Municipal Finance Bureau (example)}
                languages: [zh, en]
                """);
        int written = 0;
        int unit = 0;
        while (written < total) {
            int size = Math.min(total - written, 20 + random.nextInt(180));
            int district = unit % DISTRICTS.length;
            String[] office = OFFICES[(unit / DISTRICTS.length) % OFFICES.length];
            int series = unit / (DISTRICTS.length * OFFICES.length);
            String slug = DISTRICTS_EN[district].toLowerCase().replace("'", "") + "-" + office[2] + (series > 0 ? "-" + series : "");
            // One unit in four also filed last year: the archive links between years.
            boolean twoYears = unit % 4 == 0 && size >= 2 && written + 2 * size <= total;
            int[] years = twoYears ? new int[] {2023, 2024} : new int[] {2024};
            String unitZh = DISTRICTS[district] + "区" + office[0] + (series > 0 ? "（" + series + "）" : "");
            String unitEn = DISTRICTS_EN[district] + " District " + office[1] + (series > 0 ? " (" + series + ")" : "");
            for (int year : years) {
                declaration(out.resolve(slug + "-" + year), unitZh, unitEn, year, size, slug, year != years[0]);
                written += size;
            }
            unit++;
        }
    }

    /**
     * A declaration of {@code size} projects. A unit's projects are drawn from its own seed, the same every year;
     * a later year's declaration is the earlier one changed as a unit's next filing is: the first project is dropped
     * and a new one added, every amount moves a little, about a third of the targets change, and now and then an
     * indicator is dropped or one added.
     */
    private void declaration(Path dir, String unitZh, String unitEn, int year, int size, String slug, boolean later)
            throws IOException {
        Files.createDirectories(dir.resolve("projects"));
        List<BigDecimal> annual = new ArrayList<>();
        SplittableRandom changes = new SplittableRandom(slug.hashCode() * 31L + year);
        for (int i = 0; i < size; i++) {
            // Projects keep their ids across years, as a unit's recurring projects do.
            int number = later && i == 0 ? size + 1 : i + 1;
            SplittableRandom base = new SplittableRandom(slug.hashCode() * 1_000_003L + number);
            BigDecimal amount = BigDecimal.valueOf(10_000 + base.nextInt(3_000_000)).add(
                    BigDecimal.valueOf(base.nextInt(100), 2));
            if (later) {
                amount = amount.multiply(BigDecimal.valueOf(85 + changes.nextInt(41))).movePointLeft(2)
                        .setScale(2, RoundingMode.HALF_UP);
            }
            annual.add(amount);
            project(dir.resolve("projects").resolve(String.format("%04d-p%d.yaml", i + 1, number)), "p" + number,
                    unitZh, unitEn, year, amount, base, later ? changes : null);
        }
        BigDecimal total = annual.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Files.writeString(dir.resolve("declaration.yaml"), """
                fiscal-year: %d
                unit: {zh: %s, en: %s}
                title: {zh: 财政支出项目绩效目标申报表, en: Performance targets of fiscal expenditure projects}
                summary: {zh: "本单位编报绩效目标的项目 %d 个。", en: "This unit set performance targets for %d projects."}
                declared:
                  project-count: %d
                  total: %s万元
                """.formatted(year, unitZh, unitEn, size, size, size,
                total.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString()), StandardCharsets.UTF_8);
    }

    /** @param changes for a later year, what changes from the year before; null for the first year */
    private void project(Path file, String id, String unitZh, String unitEn, int year, BigDecimal amount,
            SplittableRandom r, SplittableRandom changes) throws IOException {
        String[] name = PROJECTS[r.nextInt(PROJECTS.length)];
        String amountText = amount.setScale(2).toPlainString();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id: " + id + "\n");
            w.write("name: {zh: " + name[0] + id + ", en: " + name[1] + " " + id + "}\n");
            w.write("nature: " + NATURES[r.nextInt(NATURES.length)][0] + "\n");
            w.write("category: " + CATEGORIES[r.nextInt(CATEGORIES.length)] + "\n");
            w.write("department: {zh: " + unitZh + ", en: " + unitEn + "}\n");
            w.write("implementer: {zh: " + unitZh + ", en: " + unitEn + "}\n");
            w.write("start: " + year + "-01-01\nend: " + year + "-12-31\n");
            w.write("funds:\n  total: " + amountText + "\n  fiscal: " + amountText + "\n  other: 0.00\n");
            w.write("annual-funds:\n  total: " + amountText + "\n  appropriation: " + amountText
                    + "\n  carryover: 0.00\n  other: 0.00\n");
            w.write("sections:\n");
            for (String section : new String[] {"overview", "basis", "plan", "budget"}) {
                int repeat = 1 + r.nextInt(3);
                w.write("  " + section + ":\n    zh: " + ZH_SENTENCE.repeat(repeat) + "\n    en: >-\n      "
                        + EN_SENTENCE.repeat(repeat) + "\n");
            }
            w.write("goals:\n  overall:\n    zh: " + ZH_SENTENCE + "\n    en: " + EN_SENTENCE + "\n");
            w.write("  annual:\n    zh: " + ZH_SENTENCE + "\n    en: " + EN_SENTENCE + "\n");
            w.write("indicators:\n");
            boolean drop = changes != null && changes.nextInt(10) == 0;
            boolean add = changes != null && changes.nextInt(10) == 0;
            for (int k = 0; k < INDICATORS.length; k++) {
                String[][] indicator = INDICATORS[k];
                String target = target(r);
                if (changes != null && changes.nextInt(3) == 0) {
                    target = target(changes);
                }
                if (drop && k == INDICATORS.length - 2) {
                    continue;
                }
                w.write("  - {level1: " + indicator[0][0] + ", level2: " + indicator[0][1] + ", name: {zh: "
                        + indicator[1][0] + ", en: " + indicator[1][1] + "}, target: " + target + "}\n");
            }
            if (add) {
                w.write("  - {level1: 效益指标, level2: 可持续影响指标, name: {zh: 数字化水平, en: Level of digitisation}, target: "
                        + target(changes) + "}\n");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A target as filed: a word, or a comparison, a number and a unit. */
    private static String target(SplittableRandom r) {
        if (r.nextBoolean()) {
            return QUALITATIVE[r.nextInt(QUALITATIVE.length)];
        }
        String[] numeric = NUMERIC[r.nextInt(NUMERIC.length)];
        int value = numeric[1].equals("%") ? 80 + r.nextInt(21) : 1 + r.nextInt(500);
        return "\"" + numeric[0] + value + ".00(" + numeric[1] + ")\"";
    }
}
