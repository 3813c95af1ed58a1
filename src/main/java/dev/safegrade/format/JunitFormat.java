package dev.safegrade.format;

import dev.safegrade.Citation;
import dev.safegrade.Finding;
import dev.safegrade.Language;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.PackInfo;
import dev.safegrade.Report;
import dev.safegrade.RuleInfo;
import dev.safegrade.WaivedFinding;
import dev.safegrade.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Maven Surefire writes it (its {@code surefire-test-report-3.0.2.xsd}), for CI systems: one
 * {@code <testsuite>} per report (subject), one {@code <testcase>} per rule of the packs that applied to it
 * ({@code classname} the pack, {@code name} the rule id and title in {@code --lang}):
 * <ul>
 * <li>a rule with findings fails: one {@code <failure>} whose {@code message} is its message (or the count and the
 * first message when it drew several), {@code type} its most serious severity, and whose text gives each finding's
 * path, severity, message, evidence and citations with their confidence;</li>
 * <li>a rule whose findings a waiver accepted (and that has no other finding) is {@code <skipped>} with
 * {@code message="waived: <文号>"} and the waiver in the text;</li>
 * <li>a rule that lacked facts is {@code <skipped>} with {@code message="missing: …"} (the JSON Pointers);</li>
 * <li>a rule whose regulation edition was not in force on the as-of date is {@code <skipped>} with that reason, so
 * that it does not count as passed;</li>
 * <li>every other rule of the pack passed: it drew nothing for this subject — which includes rules whose conditions
 * (the subject's activities, a kind of risk point it has none of) did not select it.</li>
 * </ul>
 * The XSD's root is a single {@code <testsuite>}: one report is written as exactly that. Several reports (several
 * input files) are written as a {@code <testsuites>} element holding one {@code <testsuite>} each — the wrapper
 * Jenkins, GitLab and Azure DevOps read, not in the XSD; each suite inside it is valid against the XSD. {@code time}
 * is 0 (evaluation time is not a property of the report, which is the same for the same input). Characters XML 1.0
 * forbids (control characters other than tab, line feed and carriage return, unpaired surrogates, U+FFFE, U+FFFF)
 * are dropped.
 */
final class JunitFormat implements ReportFormat {
    private static final String NL = "\n";

    @Override
    public String id() {
        return "junit";
    }

    @Override
    public String description() {
        return "JUnit XML (Surefire's schema) for CI: a test suite per subject, a test case per rule";
    }

    @Override
    public void write(List<Report> reports, RenderContext context, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters(NL);
            List<Suite> suites = reports.stream().map(r -> suite(r, context.language())).toList();
            if (suites.size() == 1) {
                suite(x, suites.get(0), "");
            } else {
                x.writeStartElement("testsuites");
                attribute(x, "name", "SafeGrade");
                attribute(x, "tests", Integer.toString(suites.stream().mapToInt(s -> s.cases.size()).sum()));
                attribute(x, "failures", Integer.toString(suites.stream().mapToInt(Suite::failures).sum()));
                attribute(x, "errors", "0");
                attribute(x, "skipped", Integer.toString(suites.stream().mapToInt(Suite::skipped).sum()));
                attribute(x, "time", time());
                for (Suite s : suites) {
                    x.writeCharacters(NL + "  ");
                    suite(x, s, "  ");
                }
                x.writeCharacters(NL);
                x.writeEndElement();
            }
            x.writeCharacters(NL);
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("writing JUnit XML: " + e.getMessage(), e);
        }
    }

    /** One test case: passed when both {@code failure} and {@code skipped} are null. */
    private record Case(String classname, String name, Failure failure, String skipped, String skippedText) {
    }

    private record Failure(String message, String type, String text) {
    }

    private record Suite(Report report, List<Case> cases) {
        int failures() {
            return (int) cases.stream().filter(c -> c.failure != null).count();
        }

        int skipped() {
            return (int) cases.stream().filter(c -> c.failure == null && c.skipped != null).count();
        }
    }

    private static Suite suite(Report r, Language lang) {
        // every rule of the applicable packs, in pack then manifest order; then any rule the report names that they do not list
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, String> packOf = new LinkedHashMap<>();
        for (PackInfo p : r.packs()) {
            for (RuleInfo rule : p.rules()) {
                rules.putIfAbsent(rule.id(), rule);
                packOf.putIfAbsent(rule.id(), p.id());
            }
        }
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            findings.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
            packOf.putIfAbsent(f.ruleId(), f.pack());
        }
        Map<String, List<NotEvaluated>> notEvaluated = new LinkedHashMap<>();
        for (NotEvaluated n : r.notEvaluated()) {
            notEvaluated.computeIfAbsent(n.ruleId(), k -> new ArrayList<>()).add(n);
            packOf.putIfAbsent(n.ruleId(), n.pack());
        }
        Map<String, List<WaivedFinding>> waived = new LinkedHashMap<>();
        for (WaivedFinding w : r.waived()) {
            waived.computeIfAbsent(w.finding().ruleId(), k -> new ArrayList<>()).add(w);
            packOf.putIfAbsent(w.finding().ruleId(), w.finding().pack());
        }
        Map<String, NotInForce> notInForce = new LinkedHashMap<>();
        for (NotInForce n : r.notInForce()) {
            notInForce.putIfAbsent(n.ruleId(), n);
            packOf.putIfAbsent(n.ruleId(), n.pack());
        }
        List<Case> cases = new ArrayList<>();
        for (String ruleId : packOf.keySet()) {
            List<Finding> fs = findings.getOrDefault(ruleId, List.of());
            List<NotEvaluated> ns = notEvaluated.getOrDefault(ruleId, List.of());
            String title = rules.containsKey(ruleId) ? rules.get(ruleId).title().in(lang) : fs.isEmpty() ? null : fs.get(0).title().in(lang);
            String name = title == null ? ruleId : ruleId + " " + title;
            if (!fs.isEmpty()) {
                cases.add(new Case(packOf.get(ruleId), name, failure(fs, ns, lang), null, null));
            } else if (waived.containsKey(ruleId)) {
                // accepted on the record: neither passed nor failed
                List<WaivedFinding> ws = waived.get(ruleId);
                String text = ws.stream().map(w -> w.finding().path() + ": " + w.finding().message().in(lang) + NL + w.waiver().summary(lang))
                        .collect(Collectors.joining(NL));
                cases.add(new Case(packOf.get(ruleId), name, null, "waived: " + ws.get(0).waiver().approvalDocument(), text));
            } else if (!ns.isEmpty()) {
                String missing = ns.stream().flatMap(n -> n.missing().stream()).distinct().collect(Collectors.joining(", "));
                String text = ns.stream().map(n -> (lang == Language.ZH ? "在 " : "at ") + n.path() + (lang == Language.ZH ? " 缺少 " : ": missing ")
                        + String.join(", ", n.missing())).collect(Collectors.joining(NL));
                cases.add(new Case(packOf.get(ruleId), name, null, "missing: " + missing, text));
            } else if (notInForce.containsKey(ruleId)) {
                NotInForce n = notInForce.get(ruleId);
                String reason = "not in force on " + r.asOf() + " (in force " + (n.effectiveFrom() == null ? "…" : n.effectiveFrom()) + " – "
                        + (n.effectiveTo() == null ? "…" : n.effectiveTo()) + ")";
                cases.add(new Case(packOf.get(ruleId), name, null, reason, n.note() == null ? null : n.note().in(lang)));
            } else {
                cases.add(new Case(packOf.get(ruleId), name, null, null, null));
            }
        }
        return new Suite(r, cases);
    }

    private static Failure failure(List<Finding> fs, List<NotEvaluated> ns, Language lang) {
        Severity worst = fs.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        String message = fs.size() == 1 ? fs.get(0).message().in(lang)
                : fs.size() + (lang == Language.ZH ? " 项发现；第一项：" : " findings; the first: ") + fs.get(0).message().in(lang);
        StringBuilder text = new StringBuilder();
        for (Finding f : fs) {
            if (text.length() > 0) {
                text.append(NL);
            }
            text.append(f.path()).append(" [").append(f.severity().id()).append(f.color() == null ? "" : ", " + f.color().name()).append("] ")
                    .append(f.message().in(lang)).append(NL);
            if (!f.evidence().isEmpty()) {
                text.append("  evidence: ").append(f.evidence().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "))).append(NL);
            }
            for (Citation c : f.citations()) {
                text.append("  ").append(SarifFormat.citation(c, lang)).append(NL);
            }
        }
        for (NotEvaluated n : ns) {
            text.append(NL).append(n.path()).append(" not evaluated: missing ").append(String.join(", ", n.missing())).append(NL);
        }
        return new Failure(message, worst.id(), text.toString());
    }

    private static void suite(XMLStreamWriter x, Suite s, String indent) throws XMLStreamException {
        Report r = s.report();
        x.writeStartElement("testsuite");
        attribute(x, "name", r.subject().name() + " (" + r.subject().id() + ")");
        attribute(x, "tests", Integer.toString(s.cases().size()));
        attribute(x, "failures", Integer.toString(s.failures()));
        attribute(x, "errors", "0");
        attribute(x, "skipped", Integer.toString(s.skipped()));
        attribute(x, "time", time());
        x.writeCharacters(NL + indent + "  ");
        x.writeStartElement("properties");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("subject.kind", r.subject().kind());
        props.put("subject.id", r.subject().id());
        props.put("subject.name", r.subject().name());
        props.put("asOf", r.asOf().toString());
        props.put("profile", r.profile());
        props.put("input.source", r.input().source());
        props.put("input.digest", r.input().digest());
        props.put("packs", r.packs().stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", ")));
        props.put("safegrade.version", r.toolVersion());
        for (Map.Entry<String, String> p : props.entrySet()) {
            x.writeCharacters(NL + indent + "    ");
            x.writeEmptyElement("property");
            attribute(x, "name", p.getKey());
            attribute(x, "value", p.getValue());
        }
        x.writeCharacters(NL + indent + "  ");
        x.writeEndElement();
        for (Case c : s.cases()) {
            x.writeCharacters(NL + indent + "  ");
            if (c.failure() == null && c.skipped() == null) {
                x.writeEmptyElement("testcase");
                testcase(x, c);
                continue;
            }
            x.writeStartElement("testcase");
            testcase(x, c);
            x.writeCharacters(NL + indent + "    ");
            if (c.failure() != null) {
                x.writeStartElement("failure");
                attribute(x, "message", c.failure().message());
                attribute(x, "type", c.failure().type());
                x.writeCharacters(clean(c.failure().text()));
            } else {
                x.writeStartElement("skipped");
                attribute(x, "message", c.skipped());
                if (c.skippedText() != null) {
                    x.writeCharacters(clean(c.skippedText()));
                }
            }
            x.writeEndElement();
            x.writeCharacters(NL + indent + "  ");
            x.writeEndElement();
        }
        x.writeCharacters(NL + indent);
        x.writeEndElement();
    }

    private static void testcase(XMLStreamWriter x, Case c) throws XMLStreamException {
        attribute(x, "name", c.name());
        attribute(x, "classname", c.classname());
        attribute(x, "time", time());
    }

    private static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(name, clean(value == null ? "" : value));
    }

    private static String time() {
        return String.format(Locale.ROOT, "%.3f", 0.0);
    }

    /** The text without the characters XML 1.0 does not allow (StAX would write them raw and make the file unreadable). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF;
            if (!allowed && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (allowed && b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }
}
