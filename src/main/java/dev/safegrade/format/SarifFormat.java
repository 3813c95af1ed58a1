package dev.safegrade.format;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.ReportingDescriptorReference;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.safegrade.Citation;
import dev.safegrade.Confidence;
import dev.safegrade.FactDocument;
import dev.safegrade.Finding;
import dev.safegrade.Language;
import dev.safegrade.NotEvaluated;
import dev.safegrade.PackInfo;
import dev.safegrade.Report;
import dev.safegrade.RuleInfo;
import dev.safegrade.Severity;
import dev.safegrade.WaivedFinding;
import dev.safegrade.Waiver;
import dev.safegrade.SourcePosition;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SARIF 2.1.0 for code-scanning dashboards: one {@code run} for all the reports of a run.
 * <ul>
 * <li>{@code tool.driver.rules}: one {@code reportingDescriptor} per rule that drew a finding or could not be
 * evaluated, in the order first met (so {@code ruleIndex} is stable): title in {@code --lang} as
 * {@code shortDescription}, its citations with their confidence as {@code fullDescription} and {@code help}, the
 * default level from its severity (critical/high → error, medium → warning, low/info → note), pack and
 * confidence in {@code properties};</li>
 * <li>{@code results}: one per finding: level, message, the finding's JSON Pointer as a logical location, the fact
 * file as the artifact with the line and column of the pointer's node when the document locates it; severity,
 * colour, evidence, subject and citations in {@code properties};</li>
 * <li>{@code invocations[0].toolExecutionNotifications}: one {@code note} per not-evaluated rule and element, naming
 * the missing facts, with the rule as {@code associatedRule}.</li>
 * </ul>
 */
final class SarifFormat implements ReportFormat {
    private static final URI SCHEMA = URI.create("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    // The model leaves out values equal to the schema's defaults (@JsonInclude NON_DEFAULT); a result's level must
    // stay even when it is the default "warning", since a reader takes a missing one from the rule's default level.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).addMixIn(Result.class, KeepValues.class);

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private interface KeepValues {
    }

    @Override
    public String id() {
        return "sarif";
    }

    @Override
    public String description() {
        return "SARIF 2.1.0 for code-scanning dashboards (findings as results, not-evaluated rules as notifications)";
    }

    @Override
    public void write(List<Report> reports, RenderContext context, OutputStream out) throws IOException {
        Language lang = context.language();
        Map<String, RuleInfo> known = new LinkedHashMap<>();
        for (Report r : reports) {
            for (PackInfo p : r.packs()) {
                p.rules().forEach(rule -> known.putIfAbsent(rule.id(), rule));
            }
        }
        Map<String, ReportingDescriptor> rules = new LinkedHashMap<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Map<String, Severity> ruleSeverity = new LinkedHashMap<>();
        List<Result> results = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        for (Report r : reports) {
            for (Finding f : r.findings()) {
                descriptor(rules, ruleIndex, ruleSeverity, f.ruleId(), f.pack(), f.title().in(lang), f.severity(), f.citations(), lang);
                results.add(result(r, f, ruleIndex.get(f.ruleId()), context));
            }
            // A waived finding stays a result, suppressed on the record (SARIF's own place for an accepted finding).
            for (WaivedFinding w : r.waived()) {
                Finding f = w.finding();
                descriptor(rules, ruleIndex, ruleSeverity, f.ruleId(), f.pack(), f.title().in(lang), f.severity(), f.citations(), lang);
                results.add(result(r, f, ruleIndex.get(f.ruleId()), context).withSuppressions(new LinkedHashSet<>(List.of(suppression(w.waiver())))));
            }
        }
        for (Report r : reports) {
            for (NotEvaluated n : r.notEvaluated()) {
                RuleInfo info = known.get(n.ruleId());
                descriptor(rules, ruleIndex, ruleSeverity, n.ruleId(), n.pack(), info == null ? n.ruleId() : info.title().in(lang),
                        info == null ? null : info.severity(), info == null ? List.of() : info.citations(), lang);
                notifications.add(notification(r, n, ruleIndex.get(n.ruleId()), lang));
            }
        }
        String version = reports.isEmpty() ? null : reports.get(0).toolVersion();
        ToolComponent driver = new ToolComponent().withName("SafeGrade").withVersion(version).withRules(new LinkedHashSet<>(rules.values()));
        Invocation invocation = new Invocation().withExecutionSuccessful(true).withToolExecutionNotifications(notifications);
        Run run = new Run().withTool(new Tool().withDriver(driver)).withInvocations(List.of(invocation)).withResults(results)
                .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS);
        SarifSchema210 log = new SarifSchema210().with$schema(SCHEMA).withVersion(SarifSchema210.Version._2_1_0).withRuns(List.of(run));
        JSON.writeValue(out, log);
        out.write('\n');
    }

    private static void descriptor(Map<String, ReportingDescriptor> rules, Map<String, Integer> index, Map<String, Severity> severities, String ruleId, String pack,
                                   String title, Severity severity, List<Citation> citations, Language lang) {
        ReportingDescriptor d = rules.get(ruleId);
        if (d != null) {
            // a rule whose severity follows each finding's colour: the default is its most serious finding's
            Severity before = severities.get(ruleId);
            if (severity != null && (before == null || severity.atLeast(before) && severity != before)) {
                severities.put(ruleId, severity);
                d.setDefaultConfiguration(new ReportingConfiguration().withLevel(configurationLevel(severity)));
                d.getProperties().setAdditionalProperty("severity", severity.id());
            }
            return;
        }
        String cited = citations.stream().map(c -> citation(c, lang)).collect(Collectors.joining("\n"));
        Confidence lowest = citations.stream().map(Citation::confidence).max(Enum::compareTo).orElse(null);
        PropertyBag props = new PropertyBag().withAdditionalProperty("pack", pack);
        if (lowest != null) {
            props.setAdditionalProperty("confidence", lowest.id());
        }
        d = new ReportingDescriptor().withId(ruleId).withName(ruleId).withShortDescription(new MultiformatMessageString().withText(title))
                .withProperties(props);
        if (!cited.isEmpty()) {
            d.setFullDescription(new MultiformatMessageString().withText(cited));
            d.setHelp(new MultiformatMessageString().withText(cited));
        }
        if (severity != null) {
            d.setDefaultConfiguration(new ReportingConfiguration().withLevel(configurationLevel(severity)));
            props.setAdditionalProperty("severity", severity.id());
            severities.put(ruleId, severity);
        }
        index.put(ruleId, rules.size());
        rules.put(ruleId, d);
    }

    private static Result result(Report r, Finding f, int ruleIndex, RenderContext context) {
        Language lang = context.language();
        LogicalLocation pointer = new LogicalLocation().withFullyQualifiedName(f.path()).withKind("member");
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(new ArtifactLocation().withUri(uri(r.input().source())));
        Optional<SourcePosition> at = context.input(r).flatMap(d -> position(d, f.path()));
        at.ifPresent(p -> physical.setRegion(new Region().withStartLine(p.line()).withStartColumn(p.column())));
        Location location = new Location().withPhysicalLocation(physical).withLogicalLocations(new LinkedHashSet<>(List.of(pointer)));
        PropertyBag props = new PropertyBag()
                .withAdditionalProperty("severity", f.severity().id())
                .withAdditionalProperty("pack", f.pack())
                .withAdditionalProperty("subject", subject(r))
                .withAdditionalProperty("path", f.path())
                .withAdditionalProperty("evidence", f.evidence())
                .withAdditionalProperty("citations", f.citations().stream().map(SarifFormat::citationProperty).toList());
        if (f.color() != null) {
            props.setAdditionalProperty("color", f.color().name());
        }
        if (f.unconfirmed()) {
            props.setTags(new LinkedHashSet<>(List.of("unconfirmed-citation")));
        }
        return new Result().withRuleId(f.ruleId()).withRuleIndex(ruleIndex).withLevel(resultLevel(f.severity()))
                .withMessage(new Message().withText(f.message().in(lang))).withLocations(List.of(location)).withProperties(props);
    }

    private static Suppression suppression(Waiver w) {
        PropertyBag props = new PropertyBag().withAdditionalProperty("approvedBy", w.approvedBy())
                .withAdditionalProperty("approvalDocument", w.approvalDocument())
                .withAdditionalProperty("validFrom", w.validFrom().toString()).withAdditionalProperty("validUntil", w.validUntil().toString());
        return new Suppression().withKind(Suppression.Kind.EXTERNAL).withStatus(Suppression.Status.ACCEPTED)
                .withJustification(w.justification()).withProperties(props);
    }

    private static Notification notification(Report r, NotEvaluated n, int ruleIndex, Language lang) {
        String text = (lang == Language.ZH ? "规则 " + n.ruleId() + " 未能评估（" + n.path() + "）：缺少 "
                : "Rule " + n.ruleId() + " not evaluated at " + n.path() + ": missing ") + String.join(", ", n.missing());
        Location location = new Location()
                .withPhysicalLocation(new PhysicalLocation().withArtifactLocation(new ArtifactLocation().withUri(uri(r.input().source()))))
                .withLogicalLocations(new LinkedHashSet<>(List.of(new LogicalLocation().withFullyQualifiedName(n.path()).withKind("member"))));
        PropertyBag props = new PropertyBag().withAdditionalProperty("pack", n.pack()).withAdditionalProperty("missing", n.missing())
                .withAdditionalProperty("subject", subject(r));
        return new Notification().withLevel(Notification.Level.NOTE).withMessage(new Message().withText(text))
                .withAssociatedRule(new ReportingDescriptorReference().withId(n.ruleId()).withIndex(ruleIndex))
                .withLocations(new LinkedHashSet<>(List.of(location))).withProperties(props);
    }

    private static Map<String, Object> subject(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.subject().kind());
        m.put("id", r.subject().id());
        m.put("name", r.subject().name());
        return m;
    }

    private static Optional<SourcePosition> position(FactDocument d, String pointer) {
        return d.position(pointer);
    }

    private static Result.Level resultLevel(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> Result.Level.ERROR;
            case MEDIUM -> Result.Level.WARNING;
            default -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level configurationLevel(Severity s) {
        return ReportingConfiguration.Level.fromValue(resultLevel(s).value());
    }

    /** 《document》 文号 clause, then its confidence in brackets when below confirmed. */
    static String citation(Citation c, Language lang) {
        StringBuilder s = new StringBuilder(c.reference());
        if (c.confidence() != Confidence.CONFIRMED) {
            s.append(" [").append(c.confidence().id()).append(']');
        }
        return s.toString();
    }

    private static Map<String, Object> citationProperty(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", c.document());
        m.put("docNumber", c.docNumber());
        m.put("clause", c.clause());
        m.put("edition", c.edition());
        m.put("confidence", c.confidence().id());
        return m;
    }

    /** A relative URI reference for the source as the user named it ({@code -}: standard input). */
    static String uri(String source) {
        String s = source.replace('\\', '/');
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 && (Character.isLetterOrDigit(cp) || "-._~/!$&'()*+,;=@".indexOf(cp) >= 0)) {
                b.appendCodePoint(cp);
            } else {
                for (byte x : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", x & 0xff));
                }
            }
        }
        return b.toString();
    }
}
