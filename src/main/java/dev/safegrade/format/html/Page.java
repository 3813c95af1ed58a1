package dev.safegrade.format.html;

import dev.safegrade.Citation;
import dev.safegrade.Confidence;
import dev.safegrade.FactDocument;
import dev.safegrade.Finding;
import dev.safegrade.GradeLine;
import dev.safegrade.Language;
import dev.safegrade.MapShape;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.Report;
import dev.safegrade.RiskColor;
import dev.safegrade.RiskPointGrade;
import dev.safegrade.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the template shows, worked out beforehand: the template only lays it out (and escapes every value). */
record Page(Language lang, List<ReportView> reports) {
    static Page of(Language lang, List<HtmlPage.Input> inputs) {
        return new Page(lang, inputs.stream().map(i -> ReportView.of(i.report(), i.document(), lang)).toList());
    }

    /** A word of the page in its language. */
    String t(String key) {
        return Words.get(key, lang);
    }

    String htmlLang() {
        return lang == Language.EN ? "en" : "zh-CN";
    }

    String title() {
        return "SafeGrade — " + reports.stream().map(r -> r.report().subject().name()).collect(Collectors.joining(" · "));
    }

    /** The fill of a colour on the map and in swatches (accessible against its label colour). */
    static String fill(String color) {
        return switch (color) {
            case "RED" -> "#d32f2f";
            case "ORANGE" -> "#f57c00";
            case "YELLOW" -> "#fbc02d";
            case "BLUE" -> "#1976d2";
            default -> "#9e9e9e";
        };
    }

    /** The colour of text drawn on {@link #fill}: white on red and blue, black on orange, yellow and grey. */
    static String ink(String color) {
        return color.equals("RED") || color.equals("BLUE") ? "#ffffff" : "#000000";
    }

    static String colorLabel(String color, Language lang) {
        try {
            return RiskColor.valueOf(color).label().in(lang);
        } catch (IllegalArgumentException e) {
            return Words.get("undetermined", lang);
        }
    }

    /** One report. */
    record ReportView(Report report, String kind, String packs, List<GradeLine> grades, String overallColor,
                      String overallLabel, List<FindingView> findings, String summary, int unconfirmed,
                      List<NotEvaluatedView> notEvaluated, List<NotInForceView> notInForce, List<RiskRow> majorRisks,
                      boolean hasMajorRiskList, Optional<MapView> map, List<RiskRow> members) {
        static ReportView of(Report r, Optional<FactDocument> doc, Language lang) {
            boolean zh = lang == Language.ZH;
            String kind = Words.get(r.subject().kind(), lang);
            String packs = r.packs().stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", "));
            String overall = r.riskColor().flatMap(c -> c.value()).map(Enum::name).orElse("");
            List<FindingView> findings = r.findings().stream().map(f -> FindingView.of(f, lang)).toList();
            Map<Severity, Long> bySeverity = new LinkedHashMap<>();
            for (Finding f : r.findings()) {
                bySeverity.merge(f.severity(), 1L, Long::sum);
            }
            String summary = bySeverity.entrySet().stream()
                    .map(e -> Words.get("sev." + e.getKey().id(), lang) + " " + e.getValue())
                    .collect(Collectors.joining(zh ? "，" : ", "));
            int unconfirmed = (int) r.findings().stream().filter(f -> f.unconfirmed()).count();
            List<NotEvaluatedView> ne = r.notEvaluated().stream().map(NotEvaluatedView::of).toList();
            List<NotInForceView> nif = r.notInForce().stream().map(n -> NotInForceView.of(n, lang)).toList();
            Optional<Object> list = r.grade("majorRiskList");
            List<RiskRow> majorRisks = list.map(l -> rows(l, "color", lang)).orElse(List.of());
            List<RiskRow> members = r.grade("parkMembers").map(p -> p instanceof Map<?, ?> m ? rows(m.get("members"), "riskColor", lang)
                    : List.<RiskRow>of()).orElse(List.of());
            return new ReportView(r, kind, packs, r.gradeLines(lang), overall, overall.isEmpty() ? "" : colorLabel(overall, lang),
                    findings, summary, unconfirmed, ne, nif, majorRisks, list.isPresent(), MapView.of(r, doc, lang), members);
        }

        /** The entries of a grade list of objects with id, name, unit and a colour key. */
        private static List<RiskRow> rows(Object list, String colorKey, Language lang) {
            List<RiskRow> rows = new ArrayList<>();
            if (list instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Map<?, ?> m) {
                        String color = m.get(colorKey) == null ? "NONE" : m.get(colorKey).toString();
                        rows.add(new RiskRow(str(m.get("id")), str(m.get("name")), str(m.get("unit")), color,
                                colorLabel(color, lang)));
                    }
                }
            }
            return rows;
        }
    }

    /** An entry of the 重大风险清单 or of a park's members: its colour and the words for it. */
    record RiskRow(String id, String name, String unit, String color, String label) {
    }

    record FindingView(Finding f, String severity, String color, String colorLabel, String title, String message,
                       List<Row> evidence, List<CitationView> citations, String confidence) {
        static FindingView of(Finding f, Language lang) {
            String color = f.color() == null ? "" : f.color().name();
            List<Row> evidence = f.evidence().entrySet().stream().map(e -> new Row(e.getKey(), value(e.getValue()))).toList();
            List<CitationView> cites = f.citations().stream().map(c -> CitationView.of(c, lang)).toList();
            String confidence = f.unconfirmed() ? "unconfirmed"
                    : f.citations().stream().anyMatch(c -> c.confidence() == Confidence.SECONDARY) ? "secondary" : "confirmed";
            return new FindingView(f, Words.get("sev." + f.severity().id(), lang), color,
                    color.isEmpty() ? "" : Page.colorLabel(color, lang), f.title().in(lang), f.message().in(lang), evidence, cites, confidence);
        }
    }

    record Row(String key, String value) {
    }

    record CitationView(String text, String confidence, String badge) {
        static CitationView of(Citation c, Language lang) {
            StringBuilder s = new StringBuilder(c.reference());
            if (c.edition() != null && !c.edition().isBlank()) {
                s.append(" (").append(c.edition()).append(')');
            }
            return new CitationView(s.toString(), c.confidence().id(), Words.get("conf." + c.confidence().id(), lang));
        }
    }

    record NotEvaluatedView(String ruleId, String pack, String path, String missing) {
        static NotEvaluatedView of(NotEvaluated n) {
            return new NotEvaluatedView(n.ruleId(), n.pack(), n.path(), String.join(", ", n.missing()));
        }
    }

    record NotInForceView(String ruleId, String pack, String from, String to, String note) {
        static NotInForceView of(NotInForce n, Language lang) {
            return new NotInForceView(n.ruleId(), n.pack(), n.effectiveFrom() == null ? "…" : n.effectiveFrom().toString(),
                    n.effectiveTo() == null ? "…" : n.effectiveTo().toString(), n.note() == null ? "" : n.note().in(lang));
        }
    }

    /**
     * The four-colour map: the plan's view box (the rectangles' bounds and a margin), a shape per placed risk point,
     * the points without a place, and the legend with each colour's count.
     */
    record MapView(String viewBox, Box frame, List<Shape> shapes, List<RiskRow> placed, List<RiskRow> unplaced,
                   List<Legend> legend, boolean positionsKnown) {
        static Optional<MapView> of(Report r, Optional<FactDocument> doc, Language lang) {
            Map<String, String> colors = new LinkedHashMap<>();
            for (RiskPointGrade g : r.riskPoints()) {
                colors.put(g.id(), g.color().map(Enum::name).orElse("NONE"));
            }
            List<MapShape> shapes = doc.map(FactDocument::mapShapes).orElse(List.of());
            if (colors.isEmpty() && shapes.stream().noneMatch(s -> s.rect().isPresent())) {
                return Optional.empty();
            }
            List<MapShape> placedShapes = shapes.stream().filter(s -> s.rect().isPresent()).toList();
            List<RiskRow> placed = new ArrayList<>();
            List<RiskRow> unplaced = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (MapShape s : shapes) {
                String c = colors.getOrDefault(s.id(), "NONE");
                RiskRow row = new RiskRow(s.id(), s.name(), s.unit().orElse(""), c, colorLabel(c, lang));
                (s.rect().isPresent() ? placed : unplaced).add(row);
                counts.merge(c, 1, Integer::sum);
                seen.add(s.id());
            }
            for (var e : colors.entrySet()) { // graded but not in the document given (or no document given)
                if (seen.add(e.getKey())) {
                    unplaced.add(new RiskRow(e.getKey(), e.getKey(), "", e.getValue(), colorLabel(e.getValue(), lang)));
                    counts.merge(e.getValue(), 1, Integer::sum);
                }
            }
            List<Legend> legend = new ArrayList<>();
            for (String c : List.of("RED", "ORANGE", "YELLOW", "BLUE")) {
                legend.add(new Legend(c, fill(c), colorLabel(c, lang), counts.getOrDefault(c, 0)));
            }
            if (counts.containsKey("NONE")) {
                legend.add(new Legend("NONE", fill("NONE"), colorLabel("NONE", lang), counts.get("NONE")));
            }
            if (placedShapes.isEmpty()) {
                return Optional.of(new MapView("", null, List.of(), placed, unplaced, legend, doc.isPresent()));
            }
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (MapShape s : placedShapes) {
                MapShape.Rect b = s.rect().orElseThrow();
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.x() + b.width());
                maxY = Math.max(maxY, b.y() + b.height());
            }
            double w = Math.max(maxX - minX, 1), h = Math.max(maxY - minY, 1);
            double pad = Math.max(w, h) * 0.05;
            double base = Math.max(w, h) / 36;
            String viewBox = num(minX - pad) + " " + num(minY - pad) + " " + num(w + 2 * pad) + " " + num(h + 2 * pad);
            Box frame = new Box(num(minX - pad / 2), num(minY - pad / 2), num(w + pad), num(h + pad));
            List<Shape> drawn = new ArrayList<>();
            for (MapShape s : placedShapes) {
                MapShape.Rect b = s.rect().orElseThrow();
                String c = colors.getOrDefault(s.id(), "NONE");
                double idSize = Math.min(base, Math.min(b.height() * 0.5, b.width() / (Math.max(2, s.id().length()) * 0.62)));
                double nameSize = Math.min(base * 0.8, b.width() * 0.92 / Math.max(1, s.name().length()));
                boolean withName = !s.name().equals(s.id()) && nameSize >= base * 0.45 && b.height() >= idSize + nameSize * 1.6;
                double cx = b.x() + b.width() / 2, cy = b.y() + b.height() / 2;
                drawn.add(new Shape(s.id(), s.name(), c, fill(c), ink(c), num(b.x()), num(b.y()), num(b.width()), num(b.height()),
                        num(cx), num(withName ? cy - nameSize * 0.6 : cy), num(idSize), withName, num(cy + idSize * 0.7),
                        num(nameSize), s.id() + " " + s.name() + " — " + colorLabel(c, lang)));
            }
            return Optional.of(new MapView(viewBox, frame, drawn, placed, unplaced, legend, true));
        }
    }

    /** A risk point drawn on the plan; numbers already written for SVG. */
    record Shape(String id, String name, String color, String fill, String ink, String x, String y, String width, String height,
                 String cx, String idY, String idSize, boolean withName, String nameY, String nameSize, String tooltip) {
    }

    /** The plan's frame, drawn behind the shapes. */
    record Box(String x, String y, String width, String height) {
    }

    record Legend(String color, String fill, String label, int count) {
    }

    /** A number for an SVG attribute: at most two decimals, no exponent, no trailing zeros. */
    static String num(double v) {
        BigDecimal d = BigDecimal.valueOf(Math.round(v * 100) / 100.0).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(Page::value).collect(Collectors.joining(", "));
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + value(e.getValue())).collect(Collectors.joining("; "));
        }
        return v.toString();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
