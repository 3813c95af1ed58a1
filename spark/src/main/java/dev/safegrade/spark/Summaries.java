package dev.safegrade.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.safegrade.Severity;
import dev.safegrade.internal.summary.Regions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The tables of a province summary (summary-v1: {@code colours}, {@code parkClasses}, {@code severities}, {@code rules},
 * {@code industries}, {@code regions}, {@code majorRisks}, {@code majorHazards}, {@code coverage}, {@code coverageGaps},
 * {@code accidentsByRegion}, {@code doubleRise}, and the totals; not {@code invalidLines}) as Spark aggregations over the
 * job's findings and grades tables, written as Parquet under {@code OUTPUT/summary/<table id>/} with the columns of
 * summary-v1, in its row order (one file per table). Each table has the same rows as the table of that id
 * {@code safegrade summarize} makes of the job's reports with its defaults (the test compares them); 双上升 compares the
 * year up to the latest asOf with the same span a year before.
 *
 * <p>A report is told by its {@code source} ({@code FILE:LINE}, or the file of a JSON document): the findings of a
 * report are the findings rows of its source.
 */
final class Summaries {
    private Summaries() {
    }

    /** The tables written, in summary-v1 order (and the totals, which summary-v1 has outside its tables). */
    static final List<String> TABLES = List.of("totals", "colours", "parkClasses", "severities", "rules", "industries", "regions",
            "majorRisks", "majorHazards", "coverage", "coverageGaps", "accidentsByRegion", "doubleRise");

    static final List<String> COLOURS = List.of("RED", "ORANGE", "YELLOW", "BLUE", "undecided", "none");
    private static final String[][] COLOUR_LABELS = {{"重大风险", "major risk"}, {"较大风险", "high risk"}, {"一般风险", "moderate risk"},
            {"低风险", "low risk"}, {"未定（事实不全）", "undecided (facts missing)"}, {"无企业风险等级", "no enterprise risk level"}};
    private static final String[] MEASURES = {"insurance", "commitment", "standardization"};
    private static final String[][] MEASURE_NAMES = {{"安责险（八大高危行业）", "liability insurance (eight high-risk industries)"},
            {"安全生产承诺制（应承诺企业）", "safety commitment (where required)"}, {"安全生产标准化（持有等级者有效）", "standardization grade valid (of those held)"}};
    private static final String UNKNOWN_CODE = "（未知代码）";
    private static final String NO_CODE = "（缺少或无效的区划代码）";

    /** Reads {@code out + "findings"}, {@code "grades"} and {@code "errors"} and writes {@code out + "summary/<table>"}. */
    static void write(SparkSession spark, String out) {
        // share and rate: as summary-v1 rounds them (Math.round to 4 places), null when the denominator is 0
        spark.udf().register("safegrade_share", (UDF2<Long, Long, Double>) (part, whole) ->
                whole == null || whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0, DataTypes.DoubleType);
        // a 2-, 4- or 6-digit code's name as Regions gives it from the shipped GB/T 2260 table; null when it has none
        spark.udf().register("safegrade_region_name", (UDF1<String, String>) code ->
                code == null ? null : Regions.shipped().name(code).orElse(null), DataTypes.StringType);

        Dataset<Row> findings = spark.read().parquet(out + "findings");
        Dataset<Row> grades = spark.read().parquet(out + "grades");
        Dataset<Row> hazards = findings.where(col("ruleId").startsWith("MHC-")).groupBy("source").agg(count(lit(1)).as("mhc"));
        Column park = coalesce(col("subjectKind").equalTo("park"), lit(false));
        Dataset<Row> subjects = grades.join(hazards, grades.col("source").equalTo(hazards.col("source")), "left")
                .select(grades.col("source"), park.as("park"), col("subjectId"), col("subjectName"), col("region"), col("industry"), col("asOf"),
                        // an enterprise's colour: the decided one, undecided when graded without one, none without the grade
                        when(park, lit(null))
                                .when(not(col("riskColorGraded")), "none")
                                .when(col("riskColor").isNull(), "undecided")
                                .otherwise(col("riskColor")).as("colour"),
                        when(not(park), lit(null))
                                .when(not(col("parkRiskGraded")), "none")
                                .when(col("parkRiskClass").isNull(), "undecided")
                                .otherwise(col("parkRiskClass")).as("parkClass"),
                        coalesce(col("mhc"), lit(0L)).as("mhc"),
                        col("insuranceGraded"), col("insuranceRequired"), col("insuranceCovered"),
                        col("commitmentGraded"), col("commitmentRequired"), col("commitmentSigned"),
                        col("standardizationHeld"), col("standardizationValid"), col("majorRiskList"), col("accidents"),
                        col("openMajorHazardList"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> enterprises = subjects.where(not(col("park")));
            long errors = spark.read().parquet(out + "errors").select("source", "line").distinct().count();
            save(totals(subjects, errors), out, "totals");
            save(colours(spark, enterprises), out, "colours");
            save(subjects.where(col("park")).groupBy(col("parkClass").as("class")).agg(count(lit(1)).as("parks")).orderBy("class"), out,
                    "parkClasses");
            save(severities(spark, findings), out, "severities");
            save(rules(findings), out, "rules");
            save(industries(enterprises), out, "industries");
            save(regions(subjects), out, "regions");
            save(majorRisks(subjects), out, "majorRisks");
            save(majorHazards(findings, subjects), out, "majorHazards");
            Dataset<Row> measures = measures(subjects);
            save(coverage(spark, measures), out, "coverage");
            save(gaps(measures), out, "coverageGaps");
            // read back as text: decoding a DateType to java.sql.Date needs --add-opens on Java 17 outside spark-submit
            Row latest = subjects.agg(max(col("asOf")).cast("string")).first();
            if (!latest.isNullAt(0)) {
                // 双上升 up to the latest asOf among the reports, year to date against the same span a year before
                // (summarize's default, without --as-of, --period or --accidents)
                LocalDate day = LocalDate.parse(latest.getString(0));
                Dataset<Row> accidents = accidentsByRegion(subjects, day);
                save(accidents, out, "accidentsByRegion");
                save(accidents.where(col("bothRose").notEqual("no")), out, "doubleRise");
            }
        } finally {
            subjects.unpersist();
        }
    }

    private static void save(Dataset<Row> table, String out, String id) {
        // small tables, sorted: one partition keeps the order in the one file written
        table.coalesce(1).write().parquet(out + "summary/" + id);
    }

    private static Dataset<Row> totals(Dataset<Row> subjects, long invalidLines) {
        return subjects.agg(count(lit(1)).as("reports"), sum(when(col("park"), 0L).otherwise(1L)).as("enterprises"),
                        sum(when(col("park"), 1L).otherwise(0L)).as("parks"), min("asOf").as("asOfFrom"), max("asOf").as("asOfTo"))
                .select(coalesce(col("reports"), lit(0L)).as("reports"), coalesce(col("enterprises"), lit(0L)).as("enterprises"),
                        coalesce(col("parks"), lit(0L)).as("parks"), lit(invalidLines).as("invalidLines"), col("asOfFrom"), col("asOfTo"));
    }

    /** Every colour, counted or not, in summary-v1's order. */
    private static Dataset<Row> colours(SparkSession spark, Dataset<Row> enterprises) {
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < COLOURS.size(); i++) {
            all.add(RowFactory.create(i, COLOURS.get(i), COLOUR_LABELS[i][0], COLOUR_LABELS[i][1]));
        }
        Dataset<Row> labels = spark.createDataFrame(all, struct("i", DataTypes.IntegerType, "colour", DataTypes.StringType,
                "labelZh", DataTypes.StringType, "labelEn", DataTypes.StringType));
        Dataset<Row> counted = enterprises.groupBy("colour").agg(count(lit(1)).as("n"));
        Column n = coalesce(col("n"), lit(0L));
        Column total = sum(n).over(org.apache.spark.sql.expressions.Window.partitionBy());
        return labels.join(counted, labels.col("colour").equalTo(counted.col("colour")), "left")
                .select(col("i"), labels.col("colour"), col("labelZh"), col("labelEn"), n.as("enterprises"),
                        call_udf("safegrade_share", n, total).as("share"))
                .orderBy("i").drop("i");
    }

    /** Every severity, most serious first, with its findings and the reports that have at least one. */
    private static Dataset<Row> severities(SparkSession spark, Dataset<Row> findings) {
        List<Row> all = new ArrayList<>();
        for (Severity s : Severity.values()) {
            all.add(RowFactory.create(s.id()));
        }
        Dataset<Row> ids = spark.createDataFrame(all, struct("severity", DataTypes.StringType));
        Dataset<Row> counted = findings.groupBy("severity").agg(count(lit(1)).as("findings"), count_distinct(col("source")).as("subjects"));
        return ids.join(counted, ids.col("severity").equalTo(counted.col("severity")), "full")
                .select(coalesce(ids.col("severity"), counted.col("severity")).as("severity"),
                        coalesce(col("findings"), lit(0L)).as("findings"), coalesce(col("subjects"), lit(0L)).as("subjects"))
                .orderBy(rank(col("severity")), col("severity"));
    }

    /** One row per severity, pack and rule: by severity (most serious first), then pack and rule. */
    private static Dataset<Row> rules(Dataset<Row> findings) {
        return findings.groupBy("severity", "pack", "ruleId").agg(count(lit(1)).as("findings"), count_distinct(col("source")).as("subjects"))
                .orderBy(rank(col("severity")), col("pack"), col("ruleId"));
    }

    /** A severity's place: its order in {@link Severity}, unknown ones last. */
    private static Column rank(Column severity) {
        Column[] ids = Arrays.stream(Severity.values()).map(s -> lit(s.id())).toArray(Column[]::new);
        Column at = array_position(array(ids), severity);
        return when(at.equalTo(0), lit(99L)).otherwise(at);
    }

    /** enterprises, [parks,] the six colour counts and the 重大事故隐患 findings. */
    private static List<Column> counts(boolean withParks) {
        List<Column> c = new ArrayList<>();
        c.add(sum(when(col("park"), 0L).otherwise(1L)).as("enterprises"));
        if (withParks) {
            c.add(sum(when(col("park"), 1L).otherwise(0L)).as("parks"));
        }
        String[] keys = {"red", "orange", "yellow", "blue", "undecided", "noColour"};
        for (int i = 0; i < keys.length; i++) {
            c.add(sum(when(col("colour").equalTo(COLOURS.get(i)), 1L).otherwise(0L)).as(keys[i]));
        }
        c.add(sum("mhc").as("majorAccidentHazards"));
        return c;
    }

    private static Dataset<Row> industries(Dataset<Row> enterprises) {
        List<Column> c = counts(false);
        return enterprises.groupBy(coalesce(col("industry"), lit("(unknown)")).as("industry"))
                .agg(c.get(0), c.subList(1, c.size()).toArray(Column[]::new))
                .orderBy("industry");
    }

    /**
     * Every level of every region code, as {@link Regions#levels} gives them: a 6-digit code counts under its province
     * (2 digits), its prefecture (4) unless it ends in 0000, and itself unless it ends in 00; any other code (or none)
     * under {@code unknown}. A well-formed code the table does not name is still counted, as {@code （未知代码）}.
     */
    private static Dataset<Row> regions(Dataset<Row> subjects) {
        List<Column> c = counts(true);
        Column code = col("code");
        return subjects.withColumn("code", explode(levels(col("region"))))
                .groupBy("code").agg(c.get(0), c.subList(1, c.size()).toArray(Column[]::new))
                .select(when(code.equalTo("unknown"), "unknown").when(length(code).equalTo(2), "province")
                                .when(length(code).equalTo(4), "city").otherwise("county").as("level"),
                        code,
                        name(code).as("name"),
                        col("enterprises"), col("parks"), col("red"), col("orange"), col("yellow"), col("blue"), col("undecided"), col("noColour"),
                        col("majorAccidentHazards"))
                .orderBy("code");
    }

    /** Every RED entry of each report's 重大风险清单, by region (missing last), subject and point. */
    private static Dataset<Row> majorRisks(Dataset<Row> subjects) {
        return subjects.select(col("region"), col("subjectId"), col("subjectName"), col("industry"), explode(col("majorRiskList")).as("r"))
                .where(col("r.color").equalTo("RED"))
                .select(col("region"), call_udf("safegrade_region_name", col("region")).as("regionName"), col("subjectId"), col("subjectName"),
                        col("industry"), col("r.id").as("riskPoint"), col("r.name").as("riskPointName"), col("r.unit").as("unit"),
                        lit("RED").as("colour"))
                .orderBy(coalesce(col("region"), lit("~")), col("subjectId"), col("riskPoint"), col("riskPointName"), col("unit"), col("subjectName"),
                        col("industry"));
    }

    /**
     * The open 重大事故隐患: every {@code MHC-*} finding, with the first open register entry of its report that records
     * its rule ({@code finding+register}) or without ({@code finding}); then every open register entry no finding took
     * ({@code register}, as critical). By severity, region (missing last), subject and path.
     */
    private static Dataset<Row> majorHazards(Dataset<Row> findings, Dataset<Row> subjects) {
        Dataset<Row> entries = subjects.select(col("source").as("report"), col("region"), col("subjectId"), col("subjectName"),
                        posexplode(col("openMajorHazardList")).as(new String[] {"pos", "h"}))
                .select(col("report"), col("region"), col("subjectId"), col("subjectName"), col("pos"), col("h.id").as("id"),
                        col("h.item").as("item"), col("h.path").as("hpath"), col("h.deadline").as("deadline"), col("h.overdue").as("overdue"));
        // a finding takes the first entry (in register order) of its report whose item is its rule
        Dataset<Row> first = entries.groupBy(col("report").as("fr"), col("item").as("fi")).agg(min("pos").as("fp"));
        Dataset<Row> firstEntries = entries.join(first, col("report").equalTo(col("fr")).and(col("item").equalTo(col("fi")))
                        .and(col("pos").equalTo(col("fp"))))
                .select(col("report").as("er"), col("id").as("eid"), col("item").as("eitem"), col("hpath").as("epath"),
                        col("deadline").as("edeadline"), col("overdue").as("eoverdue"));
        Dataset<Row> mhc = findings.where(col("ruleId").startsWith("MHC-"))
                .select(col("source").as("report"), col("severity"), col("region"), col("subjectId"), col("subjectName"), col("path"), col("element"),
                        col("ruleId"), col("titleZh"), col("titleEn"), col("reference").as("citation"),
                        col("citations").getItem(0).getField("confidence").as("confidence"));
        Dataset<Row> withEntry = mhc.join(firstEntries, col("report").equalTo(col("er")).and(col("ruleId").equalTo(col("eitem"))), "left");
        Dataset<Row> fromFindings = withEntry.select(col("severity"), col("region"), col("subjectId"), col("subjectName"), col("path"),
                col("element"), col("ruleId"), col("titleZh"), col("titleEn"), col("citation"), col("confidence"), col("eid").as("registerEntry"),
                col("edeadline").as("deadline"), col("eoverdue").as("overdue"),
                when(col("er").isNull(), "finding").otherwise("finding+register").as("source"));
        // the entries some finding took (an entry equal to one taken counts as taken, as summarize compares them)
        Dataset<Row> taken = withEntry.where(col("er").isNotNull()).select("er", "eid", "eitem", "epath", "edeadline", "eoverdue").distinct();
        Dataset<Row> left = entries.join(taken, col("report").equalTo(col("er")).and(col("id").eqNullSafe(col("eid")))
                .and(col("item").eqNullSafe(col("eitem"))).and(col("hpath").eqNullSafe(col("epath")))
                .and(col("deadline").eqNullSafe(col("edeadline"))).and(col("overdue").eqNullSafe(col("eoverdue"))), "left_anti");
        Dataset<Row> fromRegister = left.select(lit("critical").as("severity"), col("region"), col("subjectId"), col("subjectName"),
                col("hpath").as("path"), col("id").as("element"), col("item").as("ruleId"), lit(null).cast("string").as("titleZh"),
                lit(null).cast("string").as("titleEn"), lit(null).cast("string").as("citation"), lit(null).cast("string").as("confidence"),
                col("id").as("registerEntry"), col("deadline"), col("overdue"), lit("register").as("source"));
        Dataset<Row> all = fromFindings.unionByName(fromRegister);
        return all.select(call_udf("safegrade_region_name", col("region")).as("regionName"), col("*"))
                .select("severity", "region", "regionName", "subjectId", "subjectName", "path", "element", "ruleId", "titleZh", "titleEn",
                        "citation", "confidence", "registerEntry", "deadline", "overdue", "source")
                .orderBy(rank(col("severity")), coalesce(col("region"), lit("~")), col("subjectId"), coalesce(col("path"), lit("null")),
                        col("source"), col("ruleId"), col("element"), col("registerEntry"));
    }

    /**
     * Per region level, the graded accidents (by the reporting enterprise's region) and their deaths in the year up to
     * {@code day} and in the same span a year before; deaths unknown are counted apart, and both rose is {@code yes}
     * or {@code no} only when every possible toll agrees, else {@code undecided}.
     */
    private static Dataset<Row> accidentsByRegion(Dataset<Row> subjects, LocalDate day) {
        LocalDate from = day.withDayOfYear(1);
        LocalDate previousFrom = from.minusYears(1);
        LocalDate previousTo = day.minusYears(1);
        Column date = col("a.date");
        Column current = date.between(lit(from), lit(day));
        Column previous = date.between(lit(previousFrom), lit(previousTo));
        Column deaths = col("a.deaths");
        Dataset<Row> accidents = subjects.select(col("region"), explode(col("accidents")).as("a"))
                .where(date.isNotNull().and(current.or(previous)))
                .withColumn("code", explode(levels(col("region"))));
        Column code = col("code");
        Dataset<Row> counted = accidents.groupBy("code").agg(
                sum(when(current, 1L).otherwise(0L)).as("accidents"),
                sum(when(current, coalesce(deaths.cast("long"), lit(0L))).otherwise(0L)).as("deaths"),
                sum(when(current.and(deaths.isNull()), 1L).otherwise(0L)).as("deathsUnknown"),
                sum(when(previous, 1L).otherwise(0L)).as("previousAccidents"),
                sum(when(previous, coalesce(deaths.cast("long"), lit(0L))).otherwise(0L)).as("previousDeaths"),
                sum(when(previous.and(deaths.isNull()), 1L).otherwise(0L)).as("previousDeathsUnknown"));
        Column deathsRose = when(col("previousDeathsUnknown").equalTo(0).and(col("deaths").gt(col("previousDeaths"))), "yes")
                .when(col("deathsUnknown").equalTo(0).and(col("deaths").leq(col("previousDeaths"))), "no")
                .otherwise("undecided");
        return counted.select(code, name(code).as("name"), col("accidents"), col("deaths"), col("deathsUnknown"), col("previousAccidents"),
                        col("previousDeaths"), col("previousDeathsUnknown"),
                        when(col("accidents").leq(col("previousAccidents")), "no").otherwise(deathsRose).as("bothRose"))
                .orderBy("code");
    }

    /** The levels a region code counts under ({@link Regions#levels}), or {@code [unknown]}. */
    private static Column levels(Column r) {
        Column wellFormed = coalesce(length(r).equalTo(6).and(r.rlike("^[0-9]{6}")), lit(false));
        Column province = substring(r, 1, 2);
        Column prefecture = substring(r, 1, 4);
        return when(not(wellFormed), array(lit("unknown")))
                .when(r.endsWith("0000"), array(province))
                .when(r.endsWith("00"), array(province, prefecture))
                .otherwise(array(province, prefecture, r));
    }

    /** A level's name: from the GB/T 2260 table, {@code （未知代码）} for a code it does not name. */
    private static Column name(Column code) {
        return when(code.equalTo("unknown"), NO_CODE).otherwise(coalesce(call_udf("safegrade_region_name", code), lit(UNKNOWN_CODE)));
    }

    /**
     * One row per report and measure it is graded on, where it is required or may be: {@code required} null when it
     * is unknown whether it is, {@code met} null when the status is unknown. 标准化 is voluntary: of the grades held,
     * the valid ones.
     */
    private static Dataset<Row> measures(Dataset<Row> subjects) {
        return subjects.selectExpr("source", "region", "subjectId", "subjectName", "industry",
                        "stack(3, 0, 'insurance', insuranceGraded, insuranceRequired, insuranceCovered,"
                                + " 1, 'commitment', commitmentGraded, commitmentRequired, commitmentSigned,"
                                + " 2, 'standardization', standardizationHeld, standardizationHeld, standardizationValid)"
                                + " as (i, measure, graded, required, met)")
                .where(col("graded").and(coalesce(col("required"), lit(true))));
    }

    /** met / required; an unknown requirement or status is undetermined, never met. */
    private static Dataset<Row> coverage(SparkSession spark, Dataset<Row> measures) {
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < MEASURES.length; i++) {
            all.add(RowFactory.create(i, MEASURES[i], MEASURE_NAMES[i][0], MEASURE_NAMES[i][1]));
        }
        Dataset<Row> names = spark.createDataFrame(all, struct("i", DataTypes.IntegerType, "measure", DataTypes.StringType,
                "nameZh", DataTypes.StringType, "nameEn", DataTypes.StringType));
        Column required = coalesce(col("required"), lit(false));
        Dataset<Row> counted = measures.groupBy(col("i").as("m"))
                .agg(sum(when(required.and(coalesce(col("met"), lit(false))), 1L).otherwise(0L)).as("met"),
                        sum(when(required, 1L).otherwise(0L)).as("required"),
                        sum(when(required.and(col("met").equalTo(false)), 1L).otherwise(0L)).as("notMet"),
                        sum(when(col("required").isNull().or(col("met").isNull()), 1L).otherwise(0L)).as("undetermined"));
        Column met = coalesce(col("met"), lit(0L));
        Column req = coalesce(col("required"), lit(0L));
        return names.join(counted, names.col("i").equalTo(counted.col("m")), "left")
                .select(col("i"), col("measure"), col("nameZh"), col("nameEn"), met.as("met"), req.as("required"),
                        call_udf("safegrade_share", met, req).as("rate"),
                        coalesce(col("notMet"), lit(0L)).as("notMet"), coalesce(col("undetermined"), lit(0L)).as("undetermined"))
                .orderBy("i").drop("i");
    }

    /** Every report a rate misses, by measure, region (missing last) and subject. */
    private static Dataset<Row> gaps(Dataset<Row> measures) {
        return measures.where(not(coalesce(col("required").and(col("met")), lit(false))))
                .select(col("i"), col("measure"),
                        when(col("required").isNull(), "required-unknown").when(col("met").isNull(), "unknown").otherwise("not-met").as("status"),
                        col("region"), call_udf("safegrade_region_name", col("region")).as("regionName"), col("subjectId"), col("subjectName"),
                        col("industry"))
                .orderBy(col("i"), coalesce(col("region"), lit("~")), col("subjectId"), col("status"), col("subjectName"), col("industry"))
                .drop("i");
    }

    private static StructType struct(Object... nameTypes) {
        StructType t = new StructType();
        for (int i = 0; i < nameTypes.length; i += 2) {
            t = t.add((String) nameTypes[i], (org.apache.spark.sql.types.DataType) nameTypes[i + 1], true);
        }
        return t;
    }
}
