package dev.safegrade.internal.summary;

import static dev.safegrade.internal.summary.SummaryTable.number;
import static dev.safegrade.internal.summary.SummaryTable.text;

import dev.safegrade.Severity;
import dev.safegrade.internal.summary.ReportLine.FindingRow;
import dev.safegrade.internal.summary.ReportLine.RegisterHazard;
import dev.safegrade.internal.summary.SummaryTable.Column;
import dev.safegrade.internal.summary.SummaryTable.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Adds up a batch of reports, one line at a time in input order, into the tables of a province summary
 * (summary-v1). Counts are kept in memory (bounded by the number of regions, industries and rules, not by the number
 * of reports); the lists that grow with the input are spilled to disk ({@link RowSpill}); accidents are kept as counts
 * per county and day. So memory stays flat however many reports there are.
 */
public final class Summarizer implements AutoCloseable {
    /** How to compare accident periods for 双上升. */
    public enum Period { YEAR, MONTH }

    /** Against which period: the same period a year before (同比) or the one just before (环比). */
    public enum Compare { YOY, MOM }

    private static final List<String> COLOURS = List.of("RED", "ORANGE", "YELLOW", "BLUE", "undecided", "none");
    private static final Map<String, String[]> COLOUR_LABELS = Map.of(
            "RED", new String[] {"重大风险", "major risk"}, "ORANGE", new String[] {"较大风险", "high risk"},
            "YELLOW", new String[] {"一般风险", "moderate risk"}, "BLUE", new String[] {"低风险", "low risk"},
            "undecided", new String[] {"未定（事实不全）", "undecided (facts missing)"},
            "none", new String[] {"无企业风险等级", "no enterprise risk level"});
    private static final int INVALID_SHOWN = 10;

    private final Regions regions;
    private final Path dir;
    private final RowSpill majorRisks;
    private final RowSpill majorHazards;
    private final RowSpill gaps;

    private long reports;
    private long enterprises;
    private long parks;
    private long invalid;
    private final List<List<Object>> firstInvalid = new ArrayList<>();
    private LocalDate asOfMin;
    private LocalDate asOfMax;
    private final Map<String, Long> colours = new LinkedHashMap<>();
    private final Map<String, Long> parkClasses = new TreeMap<>();
    private final Map<String, long[]> severities = new LinkedHashMap<>();
    private final Map<String, long[]> rules = new TreeMap<>();
    private final Map<String, long[]> industries = new TreeMap<>();
    private final Map<String, long[]> regionCounts = new TreeMap<>();
    private final long[][] coverage = new long[3][4]; // per measure: met, required, undetermined, not met
    private final Map<String, long[]> accidentDays = new HashMap<>(); // "region|yyyy-mm-dd" → count, known deaths, unknown deaths

    /** Column indexes of a region's and an industry's counts. */
    private static final int ENTERPRISES = 0;
    private static final int PARKS = 1;
    private static final int COLOUR_AT = 2; // six colour columns from here
    private static final int HAZARDS = 8;
    private static final int WIDTH = 9;

    public Summarizer(Regions regions, Path tempDir) throws IOException {
        this.regions = regions;
        this.dir = Files.createTempDirectory(tempDir, "safegrade-summary");
        this.majorRisks = new RowSpill(dir, "risks");
        this.majorHazards = new RowSpill(dir, "hazards");
        this.gaps = new RowSpill(dir, "gaps");
        for (Severity s : Severity.values()) {
            severities.put(s.id(), new long[2]);
        }
        COLOURS.forEach(c -> colours.put(c, 0L));
    }

    /** Takes the next batch line. */
    public void add(ReportLine line) {
        if (line.isError()) {
            invalid++;
            if (firstInvalid.size() < INVALID_SHOWN) {
                firstInvalid.add(row(line.error().source(), line.error().line(), line.error().message()));
            }
            return;
        }
        reports++;
        if (line.asOf() != null) {
            asOfMin = asOfMin == null || line.asOf().isBefore(asOfMin) ? line.asOf() : asOfMin;
            asOfMax = asOfMax == null || line.asOf().isAfter(asOfMax) ? line.asOf() : asOfMax;
        }
        boolean park = "park".equals(line.subjectKind());
        String colour = park ? null : line.colour() == null ? "none" : line.colour();
        long hazards = line.findings().stream().filter(FindingRow::majorAccidentHazard).count();
        long[] industry = park ? null : industries.computeIfAbsent(line.industry() == null ? "(unknown)" : line.industry(), k -> new long[WIDTH]);
        if (park) {
            parks++;
            parkClasses.merge(line.parkClass() == null ? "none" : line.parkClass(), 1L, Long::sum);
        } else {
            enterprises++;
            colours.merge(colour, 1L, Long::sum);
            industry[ENTERPRISES]++;
            industry[COLOUR_AT + COLOURS.indexOf(colour)]++;
            industry[HAZARDS] += hazards;
        }
        for (String level : regionLevels(line.region())) {
            long[] r = regionCounts.computeIfAbsent(level, k -> new long[WIDTH]);
            r[park ? PARKS : ENTERPRISES]++;
            if (!park) {
                r[COLOUR_AT + COLOURS.indexOf(colour)]++;
            }
            r[HAZARDS] += hazards;
        }
        countFindings(line);
        listMajorRisks(line);
        listMajorHazards(line);
        countCoverage(line);
        for (ReportLine.AccidentRow a : line.accidents()) {
            addAccident(line.region(), a.date(), a.deaths());
        }
    }

    /** Takes an accident given apart from the reports (an accident NDJSON line). */
    public void addAccident(String region, LocalDate date, Integer deaths) {
        if (date == null) {
            return;
        }
        long[] day = accidentDays.computeIfAbsent((region == null ? "" : region) + "|" + date, k -> new long[3]);
        day[0]++;
        if (deaths == null) {
            day[2]++;
        } else {
            day[1] += deaths;
        }
    }

    /** The levels a report counts under: its region's 2-, 4- and 6-digit codes, or {@code unknown}. */
    private List<String> regionLevels(String region) {
        List<String> levels = regions.levels(region);
        return levels.isEmpty() ? List.of("unknown") : levels;
    }

    private void countFindings(ReportLine line) {
        Set<String> severitiesSeen = new HashSet<>();
        Set<String> rulesSeen = new HashSet<>();
        for (FindingRow f : line.findings()) {
            long[] s = severities.computeIfAbsent(f.severity(), k -> new long[2]);
            s[0]++;
            if (severitiesSeen.add(f.severity())) {
                s[1]++;
            }
            String key = f.pack() + "\t" + f.ruleId() + "\t" + f.severity();
            long[] r = rules.computeIfAbsent(key, k -> new long[2]);
            r[0]++;
            if (rulesSeen.add(key)) {
                r[1]++;
            }
        }
    }

    private void listMajorRisks(ReportLine line) {
        for (ReportLine.MajorRisk r : line.majorRisks()) {
            majorRisks.add(sortKey(line.region(), line.subjectId(), r.id()), row(line.region(), regionName(line.region()), line.subjectId(),
                    line.subjectName(), line.industry(), r.id(), r.name(), r.unit(), "RED"));
        }
    }

    /**
     * The open 重大事故隐患: every MHC finding (with the register entry that records its item, if one is open: its
     * deadline and whether it is overdue), then every open major register entry no finding matched.
     */
    private void listMajorHazards(ReportLine line) {
        Set<RegisterHazard> matched = new HashSet<>();
        for (FindingRow f : line.findings()) {
            if (!f.majorAccidentHazard()) {
                continue;
            }
            RegisterHazard entry = line.registerHazards().stream().filter(h -> f.ruleId().equals(h.item())).findFirst().orElse(null);
            if (entry != null) {
                matched.add(entry);
            }
            majorHazards.add(rank(f.severity()) + sortKey(line.region(), line.subjectId(), f.path()),
                    row(f.severity(), line.region(), regionName(line.region()), line.subjectId(), line.subjectName(), f.path(), f.element(),
                            f.ruleId(), f.titleZh(), f.titleEn(), f.citation(), f.confidence(), entry == null ? null : entry.id(),
                            entry == null ? null : entry.deadline(), entry == null ? null : entry.overdue(), entry == null ? "finding" : "finding+register"));
        }
        for (RegisterHazard h : line.registerHazards()) {
            if (!matched.contains(h)) {
                majorHazards.add(rank("critical") + sortKey(line.region(), line.subjectId(), h.path()),
                        row("critical", line.region(), regionName(line.region()), line.subjectId(), line.subjectName(), h.path(), h.id(),
                                h.item(), null, null, null, null, h.id(), h.deadline(), h.overdue(), "register"));
            }
        }
    }

    private static final String[] MEASURES = {"insurance", "commitment", "standardization"};

    private void countCoverage(ReportLine line) {
        coverageOf(0, line, line.insurance() == null ? null : line.insurance().required(), line.insurance() == null ? null : line.insurance().met(),
                line.insurance() != null);
        coverageOf(1, line, line.commitment() == null ? null : line.commitment().required(), line.commitment() == null ? null : line.commitment().met(),
                line.commitment() != null);
        // 标准化 is voluntary: the rate is of the grades held, valid on asOf.
        coverageOf(2, line, line.standardization() == null ? Boolean.FALSE : Boolean.TRUE, line.standardization() == null ? null : line.standardization().valid(),
                line.standardization() != null);
    }

    /** Counts one measure: met among required; a required that is unknown, or a status that is unknown, is undetermined. */
    private void coverageOf(int measure, ReportLine line, Boolean required, Boolean met, boolean graded) {
        if (!graded || Boolean.FALSE.equals(required)) {
            return;
        }
        long[] c = coverage[measure];
        String status;
        if (required == null) {
            c[2]++;
            status = "required-unknown";
        } else if (met == null) {
            c[1]++;
            c[2]++;
            status = "unknown";
        } else if (met) {
            c[1]++;
            c[0]++;
            return;
        } else {
            c[1]++;
            c[3]++;
            status = "not-met";
        }
        gaps.add(measure + sortKey(line.region(), line.subjectId(), ""), row(MEASURES[measure], status, line.region(), regionName(line.region()),
                line.subjectId(), line.subjectName(), line.industry()));
    }

    private static String rank(String severity) {
        Severity s = Severity.fromId(severity);
        return String.valueOf(s == null ? 9 : s.ordinal());
    }

    /** Region first (unknown last), then subject, then the element. */
    private static String sortKey(String region, String subject, String element) {
        return (region == null ? "~" : region) + "\u0002" + subject + "\u0002" + element;
    }

    private String regionName(String code) {
        return code == null ? null : regions.name(code).orElse(null);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** Ends the input: sorts the lists and gives the summary. {@code asOf} is the day 双上升 compares up to (null: the latest report's asOf). */
    public Summary finish(LocalDate asOf, Period period, Compare compare) throws IOException {
        majorRisks.sort();
        majorHazards.sort();
        gaps.sort();
        LocalDate day = asOf != null ? asOf : asOfMax;
        List<SummaryTable> tables = new ArrayList<>();
        tables.add(colourTable());
        tables.add(parkTable());
        tables.add(severityTable());
        tables.add(ruleTable());
        tables.add(industryTable());
        tables.add(regionTable());
        tables.add(majorRiskTable());
        tables.add(majorHazardTable());
        tables.add(coverageTable());
        tables.add(gapTable());
        DoubleRise rise = day == null ? null : DoubleRise.of(accidentDays, regions, day, period, compare);
        if (rise != null) {
            tables.add(rise.table(false));
            tables.add(rise.table(true));
        }
        tables.add(new SummaryTable("invalidLines", new String[] {"无效输入行（前 " + INVALID_SHOWN + " 行）", "invalid input lines (first " + INVALID_SHOWN + ")"},
                List.of(text("source", "文件", "file", 30), number("line", "行", "line"), text("message", "问题", "problem", 80)),
                firstInvalid.size(), List.copyOf(firstInvalid)));
        return new Summary(reports, enterprises, parks, invalid, asOfMin, asOfMax, day, rise == null ? null : rise.periods(), regions.source(),
                tables);
    }

    private SummaryTable colourTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (String c : COLOURS) {
            rows.add(row(c, COLOUR_LABELS.get(c)[0], COLOUR_LABELS.get(c)[1], colours.get(c), share(colours.get(c), enterprises)));
        }
        return new SummaryTable("colours", new String[] {"企业风险等级（四色）", "enterprise risk colour"},
                List.of(new Column("colour", "颜色", "colour", Kind.COLOUR, 10), text("labelZh", "等级", "level (zh)", 16),
                        text("labelEn", "等级（英文）", "level", 26), number("enterprises", "企业数", "enterprises"),
                        new Column("share", "占比", "share", Kind.RATE, 8)),
                rows.size(), rows);
    }

    private SummaryTable parkTable() {
        List<List<Object>> rows = new ArrayList<>();
        parkClasses.forEach((k, v) -> rows.add(row(k, v)));
        return new SummaryTable("parkClasses", new String[] {"化工园区安全风险等级", "chemical park risk class"},
                List.of(text("class", "等级", "class", 10), number("parks", "园区数", "parks")), rows.size(), rows);
    }

    private SummaryTable severityTable() {
        List<List<Object>> rows = new ArrayList<>();
        severities.forEach((k, v) -> rows.add(row(k, v[0], v[1])));
        return new SummaryTable("severities", new String[] {"发现（按严重度）", "findings by severity"},
                List.of(text("severity", "严重度", "severity", 10), number("findings", "发现数", "findings"),
                        number("subjects", "涉及对象数", "subjects")), rows.size(), rows);
    }

    private SummaryTable ruleTable() {
        List<List<Object>> rows = new ArrayList<>();
        rules.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> rank(e.getKey().split("\t")[2])).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String[] k = e.getKey().split("\t");
                    rows.add(row(k[2], k[0], k[1], e.getValue()[0], e.getValue()[1]));
                });
        return new SummaryTable("rules", new String[] {"发现（按规则包和规则）", "findings by pack and rule"},
                List.of(text("severity", "严重度", "severity", 10), text("pack", "规则包", "pack", 28), text("ruleId", "规则", "rule", 26),
                        number("findings", "发现数", "findings"), number("subjects", "涉及对象数", "subjects")), rows.size(), rows);
    }

    private List<Column> countColumns(boolean withParks) {
        List<Column> c = new ArrayList<>();
        c.add(number("enterprises", "企业数", "enterprises"));
        if (withParks) {
            c.add(number("parks", "园区数", "parks"));
        }
        c.add(new Column("red", "红", "RED", Kind.NUMBER, 8));
        c.add(new Column("orange", "橙", "ORANGE", Kind.NUMBER, 8));
        c.add(new Column("yellow", "黄", "YELLOW", Kind.NUMBER, 8));
        c.add(new Column("blue", "蓝", "BLUE", Kind.NUMBER, 8));
        c.add(new Column("undecided", "未定", "undecided", Kind.NUMBER, 10));
        c.add(new Column("noColour", "无等级", "no colour", Kind.NUMBER, 10));
        c.add(number("majorAccidentHazards", "重大事故隐患", "重大事故隐患"));
        return c;
    }

    private static List<Object> counts(long[] v, boolean withParks) {
        List<Object> r = new ArrayList<>();
        r.add(v[ENTERPRISES]);
        if (withParks) {
            r.add(v[PARKS]);
        }
        for (int i = 0; i < 6; i++) {
            r.add(v[COLOUR_AT + i]);
        }
        r.add(v[HAZARDS]);
        return r;
    }

    private SummaryTable industryTable() {
        List<List<Object>> rows = new ArrayList<>();
        industries.forEach((k, v) -> {
            List<Object> r = new ArrayList<>(List.of(k));
            r.addAll(counts(v, false));
            rows.add(r);
        });
        List<Column> columns = new ArrayList<>(List.of(text("industry", "行业", "industry", 24)));
        columns.addAll(countColumns(false));
        return new SummaryTable("industries", new String[] {"按行业", "by industry"}, columns, rows.size(), rows);
    }

    private SummaryTable regionTable() {
        List<List<Object>> rows = new ArrayList<>();
        regionCounts.forEach((code, v) -> {
            String level = code.equals("unknown") ? "unknown" : code.length() == 2 ? "province" : code.length() == 4 ? "city" : "county";
            List<Object> r = new ArrayList<>(List.of(level, code));
            r.add(code.equals("unknown") ? "（缺少或无效的区划代码）" : regions.name(code).orElse("（未知代码）"));
            r.addAll(counts(v, true));
            rows.add(r);
        });
        List<Column> columns = new ArrayList<>(List.of(text("level", "层级", "level", 10), text("code", "区划代码", "code", 10),
                text("name", "名称", "name", 20)));
        columns.addAll(countColumns(true));
        return new SummaryTable("regions", new String[] {"按行政区划（GB/T 2260）", "by region (GB/T 2260)"}, columns, rows.size(), rows);
    }

    private static List<Column> subjectColumns() {
        return List.of(text("region", "区划代码", "region", 10), text("regionName", "区划", "region name", 14),
                text("subjectId", "统一社会信用代码", "subject id", 22), text("subjectName", "名称", "name", 30));
    }

    private SummaryTable majorRiskTable() {
        List<Column> columns = new ArrayList<>(subjectColumns());
        columns.addAll(List.of(text("industry", "行业", "industry", 20), text("riskPoint", "风险点", "risk point", 10),
                text("riskPointName", "风险点名称", "risk point name", 24), text("unit", "单元", "unit", 10),
                new Column("colour", "颜色", "colour", Kind.COLOUR, 10)));
        return new SummaryTable("majorRisks", new String[] {"重大风险清单", "major risks (重大风险清单)"}, columns, majorRisks.size(), majorRisks.rows());
    }

    private SummaryTable majorHazardTable() {
        List<Column> columns = new ArrayList<>();
        columns.add(text("severity", "严重度", "severity", 10));
        columns.addAll(subjectColumns());
        columns.addAll(List.of(text("path", "位置", "path", 24), text("element", "单元/对象", "unit/element", 12), text("ruleId", "规则", "rule", 20),
                text("titleZh", "标题", "title (zh)", 40), text("titleEn", "标题（英文）", "title", 40), text("citation", "依据", "citation", 40),
                text("confidence", "可信度", "confidence", 12), text("registerEntry", "台账编号", "register entry", 14),
                text("deadline", "整改期限", "deadline", 12), new Column("overdue", "逾期", "overdue", Kind.BOOLEAN, 8),
                text("source", "来源", "source", 16)));
        return new SummaryTable("majorHazards", new String[] {"未整改的重大事故隐患", "open 重大事故隐患"}, columns, majorHazards.size(), majorHazards.rows());
    }

    private SummaryTable coverageTable() {
        String[][] names = {{"安责险（八大高危行业）", "liability insurance (eight high-risk industries)"},
                {"安全生产承诺制（应承诺企业）", "safety commitment (where required)"}, {"安全生产标准化（持有等级者有效）", "standardization grade valid (of those held)"}};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long[] c = coverage[i];
            rows.add(row(MEASURES[i], names[i][0], names[i][1], c[0], c[1], c[1] == 0 ? null : share(c[0], c[1]), c[3], c[2]));
        }
        return new SummaryTable("coverage", new String[] {"覆盖率", "coverage rates"},
                List.of(text("measure", "指标", "measure", 16), text("nameZh", "名称", "name (zh)", 30), text("nameEn", "名称（英文）", "name", 44),
                        number("met", "已覆盖", "met"), number("required", "应覆盖", "required"), new Column("rate", "覆盖率", "rate", Kind.RATE, 8),
                        number("notMet", "未覆盖", "not met"), number("undetermined", "无法判定", "undetermined")),
                rows.size(), rows);
    }

    private SummaryTable gapTable() {
        List<Column> columns = new ArrayList<>(List.of(text("measure", "指标", "measure", 16), text("status", "状态", "status", 16)));
        columns.addAll(subjectColumns());
        columns.add(text("industry", "行业", "industry", 20));
        return new SummaryTable("coverageGaps", new String[] {"未覆盖或无法判定的企业", "enterprises not covered or undetermined"}, columns, gaps.size(),
                gaps.rows());
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    @Override
    public void close() throws IOException {
        majorRisks.close();
        majorHazards.close();
        gaps.close();
        try (Stream<Path> left = Files.list(dir)) {
            for (Path p : left.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
