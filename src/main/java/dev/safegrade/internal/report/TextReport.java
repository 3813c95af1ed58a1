package dev.safegrade.internal.report;

import dev.safegrade.Citation;
import dev.safegrade.Confidence;
import dev.safegrade.Finding;
import dev.safegrade.GradeInfo;
import dev.safegrade.Language;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.Report;
import dev.safegrade.Text;
import dev.safegrade.WaivedFinding;
import dev.safegrade.WaiverNotice;
import dev.safegrade.RiskColor;
import dev.safegrade.internal.json.PointerOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text format, for a terminal of {@link #WIDTH} columns (CJK characters count two): a header, the grades, each
 * finding as a header line (severity, colour, rule id, path) with its message wrapped beneath and ending in
 * references like {@code [1]} to the citations, listed once each in full at the end. No line is wider than the width.
 */
public final class TextReport {
    public static final int WIDTH = 100;
    private static final String INDENT = "  ";
    private static final String MESSAGE_INDENT = "    ";

    private TextReport() {
    }

    public static String render(Report r, Language lang) {
        return render(r, lang, WIDTH);
    }

    public static String render(Report r, Language lang, int width) {
        boolean zh = lang == Language.ZH;
        Out out = new Out(width);
        out.wrap((zh ? "SafeGrade 评估报告：" : "SafeGrade report: ") + r.subject().name() + " (" + r.subject().id() + ")", "", INDENT);
        out.wrap((zh ? "评估日期 " : "as of ") + r.asOf() + (zh ? " · 配置 " : " · profile ") + r.profile()
                + (zh ? " · 输入 " : " · input ") + r.input().source(), "", INDENT);
        out.wrap((zh ? "规则包：" : "packs: ") + r.packs().stream().map(p -> Wrap.whole(p.id() + " " + p.version())).collect(Collectors.joining(", ")),
                "", INDENT);

        if (!r.grades().isEmpty()) {
            out.heading(zh ? "等级" : "Grades");
            r.grades().forEach((key, value) -> {
                GradeInfo declared = Grades.declared(r, key);
                grade(out, Grades.name(key, declared, lang), Grades.describe(declared, ReportJson.value(value), lang), lang);
            });
        }

        Map<Citation, Integer> numbers = new LinkedHashMap<>();
        out.heading((zh ? "发现" : "Findings") + " (" + r.findings().size() + ")");
        if (r.findings().isEmpty()) {
            out.line(INDENT + Grades.none(zh));
        } else {
            findings(out, r.findings(), numbers, lang);
        }
        if (!r.waived().isEmpty()) {
            out.heading((zh ? "已豁免" : "Waived") + " (" + r.waived().size() + ")");
            findings(out, r.waived().stream().map(WaivedFinding::finding).toList(), numbers, lang);
            for (WaivedFinding w : r.waived()) {
                out.wrap(w.finding().ruleId() + " " + w.finding().path() + (zh ? "：" : ": ") + w.waiver().summary(lang), INDENT, MESSAGE_INDENT);
            }
        }
        if (!r.waiverNotices().isEmpty()) {
            out.heading((zh ? "未起作用的豁免" : "Waivers that waived nothing") + " (" + r.waiverNotices().size() + ")");
            for (WaiverNotice n : r.waiverNotices()) {
                out.wrap(notice(n.status(), zh) + " " + n.waiver().rule() + (zh ? "：" : ": ") + n.waiver().summary(lang), INDENT, MESSAGE_INDENT);
            }
        }
        if (!r.notEvaluated().isEmpty()) {
            out.heading((zh ? "未能评估（缺少事实）" : "Not evaluated (facts missing)") + " (" + r.notEvaluated().size() + ")");
            notEvaluated(out, r.notEvaluated(), zh);
        }
        if (!r.notInForce().isEmpty()) {
            out.heading((zh ? "评估日期时尚未施行或已废止的规则" : "Rules not in force on the as-of date") + " (" + r.notInForce().size() + ")");
            notInForce(out, r.notInForce(), lang);
        }
        if (!numbers.isEmpty()) {
            out.heading(zh ? "依据" : "Citations");
            numbers.forEach((c, n) -> {
                String ref = "[" + n + "] ";
                out.wrap(citation(c, lang), INDENT + ref, INDENT + " ".repeat(ref.length()));
            });
        }
        return out.toString();
    }

    private static String notice(WaiverNotice.Status s, boolean zh) {
        return switch (s) {
            case EXPIRED -> zh ? "[已过期]" : "[expired]";
            case NOT_YET_VALID -> zh ? "[尚未生效]" : "[not yet valid]";
            case UNMATCHED -> zh ? "[无对应发现]" : "[matches no finding]";
        };
    }

    private static void grade(Out out, String name, List<String> lines, Language lang) {
        String head = lines.get(0);
        out.wrap(name + (head.isEmpty() ? (lang == Language.ZH ? "：" : ":") : (lang == Language.ZH ? "：" : ": ") + head),
                INDENT, INDENT + "    ");
        for (String line : lines.subList(1, lines.size())) {
            String body = line.stripLeading();
            String indent = INDENT + "  " + line.substring(0, line.length() - body.length());
            out.wrap(body, indent, indent + "  ");
        }
    }

    /** A header line per finding, columns aligned; beneath it the message and its citations' numbers. */
    private static void findings(Out out, List<Finding> findings, Map<Citation, Integer> numbers, Language lang) {
        boolean zh = lang == Language.ZH;
        List<Finding> sorted = findings.stream().sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
                .thenComparing(Finding::path, PointerOrder.NATURAL)).toList();
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"严重度", "颜色", "规则", "位置"} : new String[] {"SEVERITY", "COLOUR", "RULE", "PATH"});
        for (Finding f : sorted) {
            rows.add(new String[] {f.severity().id(), color(f.color(), lang), f.ruleId(), f.path()});
        }
        List<String> headers = Table.align(rows);
        out.wrap(headers.get(0), INDENT, INDENT + "    ");
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            out.wrap(headers.get(i + 1), INDENT, INDENT + "    ");
            StringBuilder refs = new StringBuilder();
            for (Citation c : f.citations()) {
                refs.append('[').append(numbers.computeIfAbsent(c, k -> numbers.size() + 1)).append(']');
            }
            // the numbers and the marker move to the next line together
            out.wrap(f.message().in(lang) + " " + Wrap.whole(refs + marker(leastSure(f.citations()), lang)), MESSAGE_INDENT, MESSAGE_INDENT);
        }
    }

    /**
     * One entry per rule and missing facts, listing the elements it could not decide, in natural order: a missing
     * fact below its element is named relative to it ({@code substances} for {@code /enterprise/units/0/substances}).
     */
    private static void notEvaluated(Out out, List<NotEvaluated> entries, boolean zh) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, String> heads = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(NotEvaluated::ruleId).thenComparing(NotEvaluated::path, PointerOrder.NATURAL))
                .forEach(n -> {
                    if (n.missing().equals(List.of(n.path()))) { // the element itself is missing: name it once
                        String key = n.ruleId() + "\n";
                        heads.putIfAbsent(key, n.ruleId() + "  " + (zh ? "缺少 " : "missing "));
                        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n.path());
                        return;
                    }
                    String missing = n.missing().stream().map(m -> m.startsWith(n.path() + "/") ? m.substring(n.path().length() + 1) : m)
                            .collect(Collectors.joining(", "));
                    String key = n.ruleId() + "\n" + missing;
                    heads.putIfAbsent(key, n.ruleId() + "  " + (zh ? "缺少 " : "missing ") + missing + (zh ? "：" : " in "));
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n.path());
                });
        groups.forEach((key, paths) -> out.wrap(heads.get(key) + String.join(", ", paths), INDENT, INDENT + "    "));
    }

    /** Rules grouped by the dates they are in force between; each note once. */
    private static void notInForce(Out out, List<NotInForce> rules, Language lang) {
        Map<String, List<String>> byDates = new LinkedHashMap<>();
        Set<String> notes = new LinkedHashSet<>();
        for (NotInForce n : rules) {
            String dates = Wrap.whole((n.effectiveFrom() == null ? "…" : n.effectiveFrom().toString()) + " – "
                    + (n.effectiveTo() == null ? "…" : n.effectiveTo().toString()));
            byDates.computeIfAbsent(dates, k -> new ArrayList<>()).add(n.ruleId());
            if (n.note() != null) {
                notes.add(n.note().in(lang));
            }
        }
        byDates.forEach((dates, ids) -> out.wrap(dates + (lang == Language.ZH ? "：" : ": ") + String.join(", ", ids), INDENT, INDENT + "    "));
        notes.forEach(n -> out.wrap((lang == Language.ZH ? "说明：" : "note: ") + n, INDENT, INDENT + "    "));
    }

    static String color(RiskColor c, Language lang) {
        if (c == null) {
            return "-";
        }
        return lang == Language.ZH ? c.name() + " " + c.label().zh() : c.name();
    }

    /** A citation in full: the document, its 文号 where it has one, the clause, the confidence marker. */
    static String citation(Citation c, Language lang) {
        String marker = marker(c.confidence(), lang);
        return c.reference() + (marker.isEmpty() ? "" : " " + Wrap.whole(marker.strip()));
    }

    /** The least sure confidence among a finding's citations, so an unconfirmed source is never hidden. */
    private static Confidence leastSure(List<Citation> cs) {
        return cs.stream().map(Citation::confidence).max(Enum::compareTo).orElse(Confidence.CONFIRMED);
    }

    private static String marker(Confidence c, Language lang) {
        return switch (c) {
            case CONFIRMED -> "";
            case SECONDARY -> lang == Language.ZH ? " [二手来源]" : " [secondary]";
            case UNCONFIRMED -> lang == Language.ZH ? " [未经证实]" : " [UNCONFIRMED]";
        };
    }

    /** The report being written: wrapped lines and blank lines before headings. */
    private static final class Out {
        private final int width;
        private final StringBuilder b = new StringBuilder();

        Out(int width) {
            this.width = width;
        }

        void heading(String title) {
            b.append('\n');
            wrap(title, "", INDENT);
        }

        void wrap(String text, String first, String rest) {
            Wrap.lines(Text.visible(text), width, first, rest).forEach(this::line);
        }

        void line(String line) {
            b.append(Text.visible(line)).append('\n');
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
