package dev.safegrade.internal.packs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.safegrade.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code pack.json}: what a pack is, the documents it cites, its files and the metadata of every rule.
 * The rule logic lives in the DRL files; everything a reader or a report needs about a rule lives here.
 * What a manifest may hold is stated by its JSON Schema ({@link PackSchema}), which the loader applies before binding
 * it to these records: a component here is a property there (PackSchemaTest keeps them the same).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PackManifest(
        String id,
        String version,
        Text title,
        Text description,
        AppliesTo appliesTo,
        List<String> profiles,
        List<Source> sources,
        List<String> drl,
        List<DrlAppliesTo> drlAppliesTo,
        List<String> tables,
        List<Rule> rules,
        Coverage coverage,
        String ruleKind,
        List<Grade> grades) {

    public List<Grade> grades() {
        return grades == null ? List.of() : grades;
    }

    /** The kind of a rule: its own {@code kind}, else the pack's {@code ruleKind}; null when neither says. */
    public String kindOf(Rule rule) {
        return rule.kind() != null ? rule.kind() : ruleKind;
    }

    public List<String> profiles() {
        return profiles == null ? List.of() : profiles;
    }

    public List<DrlAppliesTo> drlAppliesTo() {
        return drlAppliesTo == null ? List.of() : drlAppliesTo;
    }

    public List<String> tables() {
        return tables == null ? List.of() : tables;
    }

    public AppliesTo appliesTo() {
        return appliesTo == null ? new AppliesTo(List.of("enterprise", "park"), null, null) : appliesTo;
    }

    /**
     * Which subjects the pack's rules can apply to; a pack that does not apply adds nothing to the report.
     *
     * @param subjects   {@code enterprise} and/or {@code park}
     * @param industries enterprise industries (facts-v1 enum); null = all
     * @param activities at least one of these activities; null = any
     */
    public record AppliesTo(List<String> subjects, List<String> industries, List<String> activities) {
    }

    /**
     * DRL files of the pack that apply to fewer subjects than the pack does (e.g. the 2018 diagnosis of hazardous-
     * chemicals producers inside the four-colour pack). A subject they do not apply to is evaluated without their
     * rules: same report, since their rules would not fire, but no cost for rules that cannot.
     */
    public record DrlAppliesTo(List<String> files, AppliesTo appliesTo) {
    }

    /**
     * A source document. {@code effectiveFrom}/{@code effectiveTo} bound the edition (inclusive); rules citing it
     * apply only when {@code asOf} lies within. {@code before}/{@code after} say what applied before or after this
     * edition as far as the reference tells (e.g. "the 2017 edition is not covered"); reports show them with the
     * rules not in force.
     */
    public record Source(String id, String document, String docNumber, String edition, String issuer,
                         LocalDate issuedOn, LocalDate effectiveFrom, LocalDate effectiveTo, String confidence,
                         String reference, String note, Text before, Text after) {
    }

    /**
     * One rule's metadata. {@code severity} is a contract severity or {@code by-color} (risk levels).
     * {@code effectiveFrom}/{@code effectiveTo} default to those of the first cited source.
     * {@code severityAfter}, when given, replaces {@code severity} once {@code asOf} is after its date (a deadline).
     * {@code labels} give the zh/en wording of coded evidence values that messages show.
     */
    public record Rule(String id, Text title, Text message, String severity, String color, List<Citation> citations,
                       LocalDate effectiveFrom, LocalDate effectiveTo, List<String> reads, SeverityAfter severityAfter,
                       Map<String, Text> labels, String reports, String kind) {
        /** {@code reports: "not-evaluated"}: a rule whose only output is telling that facts are missing. */
        public static final String NOT_EVALUATED_ONLY = "not-evaluated";

        /** Whether golden cases show this rule by its findings (the default) or by its notEvaluated entries. */
        public boolean reportsOnlyNotEvaluated() {
            return NOT_EVALUATED_ONLY.equals(reports);
        }

        public List<String> reads() {
            return reads == null ? List.of() : reads;
        }

        /** Labels of coded evidence values (e.g. the situations an item names), shown in messages. */
        public Map<String, Text> labels() {
            return labels == null ? Map.of() : labels;
        }
    }

    /**
     * A severity that applies from the day after {@code date}: {@code date} is the last day of the rule's own
     * severity (e.g. the deadline of an obligation, after which a shortfall is overdue).
     */
    public record SeverityAfter(LocalDate date, String severity) {
    }

    /** A citation of a rule: the source id, the clause, and a confidence when the clause is less sure than the source. */
    public record Citation(String source, String clause, String confidence) {
    }

    /**
     * A grade the pack's rules conclude ({@code out.grade}/{@code out.gradeItem} under {@code key}): where it stands
     * among all packs' grades ({@code order}, lowest first), its name, and the template the text report shows it by
     * ({@code text}, zh/en; none: shown as a generic outline) with the wording of its coded values ({@code labels}).
     */
    public record Grade(String key, Integer order, Text name, Text text, Map<String, Text> labels) {
        public Map<String, Text> labels() {
            return labels == null ? Map.of() : labels;
        }
    }

    /** The minimum share of rules that must fire in the pack's golden cases. */
    public record Coverage(Double minRuleShare) {
    }
}
