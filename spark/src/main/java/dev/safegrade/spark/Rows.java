package dev.safegrade.spark;

import dev.safegrade.Citation;
import dev.safegrade.Confidence;
import dev.safegrade.FactDocument;
import dev.safegrade.Finding;
import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.Severity;
import dev.safegrade.Subject;
import dev.safegrade.internal.batch.BatchLine;
import dev.safegrade.internal.facts.FactDocuments;
import dev.safegrade.internal.report.ReportJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** A fact document evaluated into one row: its output line, and its findings, grades or problems as table rows. */
final class Rows {
    private Rows() {
    }

    static final StructType CITATION = struct(
            "document", DataTypes.StringType, "docNumber", DataTypes.StringType, "clause", DataTypes.StringType,
            "edition", DataTypes.StringType, "confidence", DataTypes.StringType);

    /** One finding: who, which rule, how serious, where, why (its first citation) and how sure (its weakest citation). */
    static final StructType FINDING = struct(
            "source", DataTypes.StringType, "subjectKind", DataTypes.StringType, "subjectId", DataTypes.StringType,
            "subjectName", DataTypes.StringType, "region", DataTypes.StringType, "industry", DataTypes.StringType,
            "asOf", DataTypes.DateType, "pack", DataTypes.StringType, "ruleId", DataTypes.StringType,
            "severity", DataTypes.StringType, "color", DataTypes.StringType, "path", DataTypes.StringType,
            "titleZh", DataTypes.StringType, "titleEn", DataTypes.StringType,
            "messageZh", DataTypes.StringType, "messageEn", DataTypes.StringType,
            "document", DataTypes.StringType, "docNumber", DataTypes.StringType, "clause", DataTypes.StringType,
            "confidence", DataTypes.StringType, "citations", DataTypes.createArrayType(CITATION, false),
            // the first citation as reports name it (《document》 文号 clause), and the element the evidence names
            "reference", DataTypes.StringType, "element", DataTypes.StringType);

    /** One subject's grades, flattened: the columns a province summary counts by. */
    static final StructType GRADE = struct(
            "source", DataTypes.StringType, "subjectKind", DataTypes.StringType, "subjectId", DataTypes.StringType,
            "subjectName", DataTypes.StringType, "region", DataTypes.StringType, "industry", DataTypes.StringType,
            "asOf", DataTypes.DateType, "profile", DataTypes.StringType,
            "findings", DataTypes.IntegerType, "criticalFindings", DataTypes.IntegerType, "highestSeverity", DataTypes.StringType,
            "notEvaluated", DataTypes.IntegerType,
            "riskColor", DataTypes.StringType, "riskColorBest", DataTypes.StringType, "riskColorWorst", DataTypes.StringType,
            "chemRiskColor", DataTypes.StringType, "chemRiskScore", DataTypes.DoubleType,
            "standardizationGrade", DataTypes.IntegerType, "standardizationValid", DataTypes.BooleanType,
            "parkRiskClass", DataTypes.StringType, "parkRiskScore", DataTypes.DoubleType,
            "insuranceRequired", DataTypes.BooleanType, "insuranceCovered", DataTypes.BooleanType,
            "commitmentRequired", DataTypes.BooleanType, "commitmentSigned", DataTypes.BooleanType,
            "majorHazardSources", DataTypes.IntegerType, "majorHazardTopLevel", DataTypes.IntegerType,
            "openMajorHazards", DataTypes.IntegerType, "openMajorHazardsOverdue", DataTypes.IntegerType,
            // whether the grade is there at all: a grade without a decided value (facts missing) is not an absent one
            "riskColorGraded", DataTypes.BooleanType, "parkRiskGraded", DataTypes.BooleanType,
            "insuranceGraded", DataTypes.BooleanType, "commitmentGraded", DataTypes.BooleanType,
            "standardizationHeld", DataTypes.BooleanType,
            // the 重大风险清单 (grades.majorRiskList) and the graded accidents (grades.accidents), for the summary's lists
            "majorRiskList", DataTypes.createArrayType(struct("id", DataTypes.StringType, "name", DataTypes.StringType,
                    "unit", DataTypes.StringType, "color", DataTypes.StringType), false),
            "accidents", DataTypes.createArrayType(struct("date", DataTypes.DateType, "deaths", DataTypes.IntegerType), false),
            // the open 重大事故隐患 of the register (grades.openMajorHazards), in register order
            "openMajorHazardList", DataTypes.createArrayType(struct("id", DataTypes.StringType, "item", DataTypes.StringType,
                    "path", DataTypes.StringType, "deadline", DataTypes.StringType, "overdue", DataTypes.BooleanType), false));

    /** One problem of an invalid document; a document has one row per problem. */
    static final StructType ERROR = struct(
            "source", DataTypes.StringType, "line", DataTypes.LongType, "problemLine", DataTypes.IntegerType,
            "column", DataTypes.IntegerType, "pointer", DataTypes.StringType, "expected", DataTypes.StringType,
            "found", DataTypes.StringType, "message", DataTypes.StringType, "hint", DataTypes.StringType);

    /** An evaluated document: {@code output} is the line {@code evaluate --batch} writes for it. */
    static final StructType EVALUATED = new StructType(new StructField[] {
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.LongType, false),
        DataTypes.createStructField("output", DataTypes.StringType, false),
        DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING, false), true),
        DataTypes.createStructField("grade", GRADE, true),
        DataTypes.createStructField("errors", DataTypes.createArrayType(ERROR, false), true),
    });

    /** Evaluates a partition with this JVM's engine. */
    static Iterator<Row> evaluate(Engine engine, Iterator<Doc> docs) {
        SafeGrade safeGrade = engine.get();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return docs.hasNext();
            }

            @Override
            public Row next() {
                return evaluate(safeGrade, docs.next());
            }
        };
    }

    static Row evaluate(SafeGrade safeGrade, Doc doc) {
        if (doc.line() > 0) {
            // an NDJSON line (or a Parquet row): exactly what evaluate --batch makes of line LINE of SOURCE
            BatchLine out = BatchLine.evaluate(safeGrade, doc.source(), doc.bytes(), Math.toIntExact(doc.line()));
            String output = new String(out.utf8(), StandardCharsets.UTF_8);
            return out.report() != null ? reportRow(doc, output, out.report()) : errorRow(doc, output, out.problems());
        }
        // a whole JSON file: as evaluate FILE reads it
        try {
            FactDocument facts = FactDocuments.parse(doc.bytes(), doc.source(), 1);
            Report report = BatchLine.evaluate(safeGrade, facts, doc.source());
            return reportRow(doc, new String(ReportJson.compactUtf8(report), StandardCharsets.UTF_8), report);
        } catch (InvalidFactsException e) {
            return errorRow(doc, BatchLine.errorRecord(doc.source(), 1, e.problems()), e.problems());
        }
    }

    private static Row reportRow(Doc doc, String output, Report r) {
        List<Row> findings = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            findings.add(finding(r, f));
        }
        return RowFactory.create(doc.source(), doc.line(), output, findings.toArray(), grade(r), null);
    }

    private static Row errorRow(Doc doc, String output, List<InputProblem> problems) {
        List<Row> errors = new ArrayList<>(problems.size());
        for (InputProblem p : problems) {
            errors.add(RowFactory.create(doc.source(), doc.line(), p.line(), p.column(), p.pointer(), p.expected(), p.found(),
                    p.describe(), p.hint()));
        }
        return RowFactory.create(doc.source(), doc.line(), output, null, null, errors.toArray());
    }

    private static Row finding(Report r, Finding f) {
        Subject s = r.subject();
        List<Row> citations = new ArrayList<>(f.citations().size());
        Confidence weakest = Confidence.CONFIRMED;
        for (Citation c : f.citations()) {
            citations.add(RowFactory.create(c.document(), c.docNumber(), c.clause(), c.edition(), id(c.confidence())));
            if (c.confidence() != null && c.confidence().compareTo(weakest) > 0) {
                weakest = c.confidence();
            }
        }
        Citation first = f.citations().get(0);
        return RowFactory.create(r.input().source(), s.kind(), s.id(), s.name(), s.region(), s.industry(), r.asOf(),
                f.pack(), f.ruleId(), f.severity().id(), f.color() == null ? null : f.color().name(), f.path(),
                f.title().zh(), f.title().en(), f.message().zh(), f.message().en(),
                first.document(), first.docNumber(), first.clause(), weakest.id(), citations.toArray(),
                Citation.reference(first.document(), blank(first.docNumber()), blank(first.clause())), element(f.evidence()));
    }

    /** Keys of the evidence that name the element a finding is about, in the order summaries look for them. */
    private static final List<String> ELEMENT_KEYS = List.of("unit", "riskPoint", "point", "person", "hazard", "equipment", "room", "machine",
            "mine", "pond", "accident", "licence");

    private static String element(Map<String, Object> evidence) {
        for (String key : ELEMENT_KEYS) {
            Object v = evidence.get(key);
            if (v instanceof CharSequence || v instanceof Enum<?>) {
                return v.toString();
            }
        }
        return null;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static Row grade(Report r) {
        Subject s = r.subject();
        Map<String, Object> g = r.grades();
        int critical = (int) r.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).count();
        List<?> hazards = list(g.get("majorHazardSources"));
        Integer topLevel = null;
        for (Object h : hazards) {
            Object level = h instanceof Map<?, ?> m ? m.get("level") : null;
            if (level instanceof Number n && (topLevel == null || n.intValue() < topLevel)) {
                topLevel = n.intValue();
            }
        }
        List<?> open = list(g.get("openMajorHazards"));
        int overdue = (int) open.stream().filter(o -> o instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("overdue"))).count();
        return RowFactory.create(r.input().source(), s.kind(), s.id(), s.name(), s.region(), s.industry(), r.asOf(), r.profile(),
                r.findings().size(), critical, r.highestSeverity().map(Severity::id).orElse(null), r.notEvaluated().size(),
                str(g, "riskColor", "value"), str(g, "riskColor", "colorRange", "best"), str(g, "riskColor", "colorRange", "worst"),
                str(g, "chemEnterpriseRisk", "color"), dbl(g, "chemEnterpriseRisk", "score"),
                integer(g, "standardization", "grade"), bool(g, "standardization", "valid"),
                str(g, "parkRisk", "class"), dbl(g, "parkRisk", "score"),
                bool(g, "insurance", "required"), bool(g, "insurance", "covered"),
                bool(g, "commitment", "required"), bool(g, "commitment", "signed"),
                g.containsKey("majorHazardSources") ? hazards.size() : null, topLevel,
                g.containsKey("openMajorHazards") ? open.size() : null, g.containsKey("openMajorHazards") ? overdue : null,
                g.get("riskColor") != null, g.get("parkRisk") != null,
                g.get("insurance") instanceof Map<?, ?>, g.get("commitment") instanceof Map<?, ?>,
                g.containsKey("standardization"), majorRisks(g), accidents(g), openHazards(open));
    }

    private static Object[] majorRisks(Map<String, Object> g) {
        List<Row> rows = new ArrayList<>();
        for (Object o : list(g.get("majorRiskList"))) {
            if (o instanceof Map<?, ?> m) {
                rows.add(RowFactory.create(text(m.get("id")), text(m.get("name")), text(m.get("unit")), text(m.get("color"))));
            }
        }
        return rows.toArray();
    }

    private static Object[] openHazards(List<?> open) {
        List<Row> rows = new ArrayList<>();
        for (Object o : open) {
            if (o instanceof Map<?, ?> m) {
                rows.add(RowFactory.create(text(m.get("id")), text(m.get("item")), text(m.get("path")), text(m.get("deadline")),
                        m.get("overdue") instanceof Boolean b ? b : null));
            }
        }
        return rows.toArray();
    }

    /** Each graded accident's date (null when it is not a date) and deaths (null while unknown). */
    private static Object[] accidents(Map<String, Object> g) {
        List<Row> rows = new ArrayList<>();
        for (Object o : list(g.get("accidents"))) {
            if (o instanceof Map<?, ?> m) {
                java.time.LocalDate date;
                try {
                    date = m.get("date") == null ? null : java.time.LocalDate.parse(m.get("date").toString());
                } catch (java.time.format.DateTimeParseException e) {
                    date = null;
                }
                Object deaths = m.get("deaths");
                rows.add(RowFactory.create(date, deaths instanceof Integer || deaths instanceof Long ? ((Number) deaths).intValue() : null));
            }
        }
        return rows.toArray();
    }

    private static String text(Object o) {
        return o == null || o instanceof Map<?, ?> || o instanceof List<?> ? null : o.toString();
    }

    private static String id(Confidence c) {
        return c == null ? null : c.id();
    }

    private static Object at(Map<String, Object> grades, String... keys) {
        Object o = grades;
        for (String k : keys) {
            if (!(o instanceof Map<?, ?> m)) {
                return null;
            }
            o = m.get(k);
        }
        return o;
    }

    private static String str(Map<String, Object> g, String... keys) {
        Object o = at(g, keys);
        return o == null ? null : o.toString();
    }

    private static Double dbl(Map<String, Object> g, String... keys) {
        return at(g, keys) instanceof Number n ? n.doubleValue() : null;
    }

    private static Integer integer(Map<String, Object> g, String... keys) {
        return at(g, keys) instanceof Number n ? n.intValue() : null;
    }

    private static Boolean bool(Map<String, Object> g, String... keys) {
        return at(g, keys) instanceof Boolean b ? b : null;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static StructType struct(Object... nameTypes) {
        StructField[] fields = new StructField[nameTypes.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = DataTypes.createStructField((String) nameTypes[2 * i], (DataType) nameTypes[2 * i + 1], true);
        }
        return new StructType(fields);
    }
}
