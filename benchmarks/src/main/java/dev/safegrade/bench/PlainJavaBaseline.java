package dev.safegrade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The same checks as a fixed subset of the packs, written by hand, to show what the rule engine costs:
 * accident grades (国务院令第493号), GB 18218 S/R/level, MHC-CHEM-2017 items 01, 02, 04 and 05, as the packs decide
 * them (only what fires is listed; undecided items are not). It reads the JSON tree directly and checks nothing
 * of the contract, so it is an upper bound on speed, not a replacement.
 */
public final class PlainJavaBaseline {
    /** A finding: rule id and JSON Pointer, comparable with the engine's. */
    public record Hit(String ruleId, String path) {
    }

    private static final Set<String> CHEM_INDUSTRIES = Set.of("hazardous-chemicals", "chemical");

    private PlainJavaBaseline() {
    }

    public static List<Hit> evaluate(JsonNode doc) {
        List<Hit> hits = new ArrayList<>();
        JsonNode e = doc.path("enterprise");
        if (e.isMissingNode()) {
            return hits;
        }
        LocalDate asOf = LocalDate.parse(doc.path("asOf").asText());
        accidents(e, hits);
        if (CHEM_INDUSTRIES.contains(e.path("industry").asText()) && !asOf.isBefore(LocalDate.of(2017, 11, 13))) {
            chem(e, asOf, hits);
        }
        return hits;
    }

    // 国务院令第493号 第三条: the highest grade any measure reaches, once no unknown measure could lift it.
    private static final double[][] ACCIDENT_BOUNDS = {{30, 100, 100_000_000}, {10, 50, 50_000_000}, {3, 10, 10_000_000}, {0, 0, 0}};
    private static final String[] ACCIDENT_RULES = {"ACC-493-ESPECIALLY-MAJOR", "ACC-493-MAJOR", "ACC-493-LARGE", "ACC-493-GENERAL"};

    private static void accidents(JsonNode e, List<Hit> hits) {
        JsonNode accidents = e.path("accidents");
        for (int i = 0; i < accidents.size(); i++) {
            JsonNode a = accidents.get(i);
            Double[] m = {num(a, "deaths"), num(a, "seriousInjuries"), num(a, "directLossYuan")};
            for (int g = 0; g < ACCIDENT_BOUNDS.length; g++) {
                if (reaches(m, ACCIDENT_BOUNDS[g]) && (g == 0 || !possiblyReaches(m, ACCIDENT_BOUNDS[g - 1]))) {
                    hits.add(new Hit(ACCIDENT_RULES[g], "/enterprise/accidents/" + i));
                    break;
                }
            }
        }
    }

    private static boolean reaches(Double[] m, double[] bounds) {
        for (int k = 0; k < m.length; k++) {
            if (m[k] != null && m[k] >= bounds[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean possiblyReaches(Double[] m, double[] bounds) {
        for (int k = 0; k < m.length; k++) {
            if (m[k] == null || m[k] >= bounds[k]) {
                return true;
            }
        }
        return false;
    }

    private static void chem(JsonNode e, LocalDate asOf, List<Hit> hits) {
        boolean producesOrTrades = false;
        for (JsonNode a : e.path("activities")) {
            String s = a.asText();
            producesOrTrades |= s.equals("production") || s.equals("trading") || s.equals("trading-with-storage");
        }
        JsonNode people = e.path("people");
        for (int i = 0; i < people.size(); i++) {
            JsonNode p = people.get(i);
            Set<String> roles = texts(p.path("roles"));
            String path = "/enterprise/people/" + i;
            if (producesOrTrades && (roles.contains("principal") || roles.contains("safety-manager"))
                    && p.has("certificates") && !holdsValid(p, "safety-competence", asOf)) {
                hits.add(new Hit("MHC-CHEM-2017-01", path));
            }
            if (roles.contains("special-operator") && p.has("certificates") && !holdsValid(p, "special-operation", asOf)) {
                hits.add(new Hit("MHC-CHEM-2017-02", path));
            }
        }
        JsonNode units = e.path("units");
        for (int i = 0; i < units.size(); i++) {
            JsonNode u = units.get(i);
            String path = "/enterprise/units/" + i;
            String kind = u.path("kind").asText();
            if (kind.equals("production-unit") && u.path("keyRegulatedProcesses").size() > 0) {
                JsonNode a = u.path("automation");
                if (isFalse(a, "controlInstalled") || isFalse(a, "esdInstalled") || isFalse(a, "inService")) {
                    hits.add(new Hit("MHC-CHEM-2017-04", path));
                }
            }
            if (kind.equals("tank-farm")) {
                Integer level = majorHazardLevel(u);
                JsonNode t = u.path("tankFarm");
                Set<String> media = texts(t.path("media"));
                boolean toxicOrLiquefied = media.contains("toxic-gas") || media.contains("liquefied-gas") || media.contains("highly-toxic-liquid");
                if (level != null && level <= 2 && (isFalse(t, "emergencyShutoff") || (toxicOrLiquefied && isFalse(t, "independentSis")))) {
                    hits.add(new Hit("MHC-CHEM-2017-05", path));
                }
            }
        }
    }

    /** GB 18218-2018: S = Σq/Q ≥ 1 identifies; R = α·Σβq/Q grades (一级 ≥ 100, 二级 ≥ 50, 三级 ≥ 10, else 四级). */
    static Integer majorHazardLevel(JsonNode unit) {
        if (!unit.has("substances")) {
            return null;
        }
        double s = 0;
        double weighted = 0;
        for (JsonNode x : unit.path("substances")) {
            Double q = num(x, "quantityT");
            Double critical = num(x, "criticalQuantityT");
            Double beta = num(x, "beta");
            if (critical == null) {
                continue;
            }
            if (q == null || beta == null) {
                return null;
            }
            s += q / critical;
            weighted += beta * q / critical;
        }
        Double people = num(unit, "exposedPeople");
        if (s < 1 || people == null) {
            return null;
        }
        double alpha = people >= 100 ? 2.0 : people >= 50 ? 1.5 : people >= 30 ? 1.2 : people >= 1 ? 1.0 : 0.5;
        double r = alpha * weighted;
        return r >= 100 ? 1 : r >= 50 ? 2 : r >= 10 ? 3 : 4;
    }

    private static boolean holdsValid(JsonNode person, String kind, LocalDate asOf) {
        for (JsonNode c : person.path("certificates")) {
            if (kind.equals(c.path("kind").asText()) && c.has("validUntil") && !LocalDate.parse(c.path("validUntil").asText()).isBefore(asOf)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFalse(JsonNode node, String key) {
        JsonNode v = node.path(key);
        return v.isBoolean() && !v.booleanValue();
    }

    private static Double num(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || !v.isNumber() ? null : v.doubleValue();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new java.util.HashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
