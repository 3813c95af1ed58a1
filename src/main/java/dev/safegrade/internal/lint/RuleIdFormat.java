package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rule ids follow report-v1 "Rule ids": every id is upper-case words joined by '-', and an id in a family
 * the contract fixes (by its prefix) has exactly the contract's form and item range.
 */
final class RuleIdFormat extends PackCheck {
    static final Pattern GENERAL = dev.safegrade.internal.packs.PackLoader.RULE_ID; // the loader refuses any other id too

    /** Family prefix → the contract's pattern (report-v1, "Rule ids"). */
    static final Map<String, Pattern> FAMILIES = new LinkedHashMap<>();

    static {
        family("MHC-CHEM-2017-", "MHC-CHEM-2017-(0[1-9]|1[0-9]|20)");
        family("MHC-FW-2017-", "MHC-FW-2017-(0[1-9]|1[0-9]|20)");
        family("MHC-IT-2023-", "MHC-IT-2023-[0-9]{2}-[0-9]{2}");
        family("MHC-COAL-2021-", "MHC-COAL-2021-(0[4-9]|1[0-8])-[0-9]{2}");
        family("MHC-MNM-2022-", "MHC-MNM-2022-[UOT][0-9]{2}");
        // The superseded 安监总管一〔2017〕98号 after report-v1's 2022 pattern: 24 underground, 12 open-pit, 12 tailings items.
        family("MHC-MNM-2017-", "MHC-MNM-2017-(U(0[1-9]|1[0-9]|2[0-4])|[OT](0[1-9]|1[0-2]))");
        family("PARK-10H-", "PARK-10H-(0[1-9]|10)");
        family("PARK-2P-", "PARK-2P-0[12]");
        family("CHEM-DIAG-2018-RED-", "CHEM-DIAG-2018-RED-[1-4]");
        // report-v1 names 01 (not insured / lapsed) and 02 (limit below minimum); 03 is the insurance pack's 第十六条 rule.
        family("OBL-SLI-", "OBL-SLI-0[1-3]");
        family("STD-LAPSED", "STD-LAPSED");
        family("SDL-2023-", "SDL-2023-(A[1-5]|V[1-4])");
    }

    private static void family(String prefix, String pattern) {
        FAMILIES.put(prefix, Pattern.compile("^" + pattern + "$"));
    }

    @Override
    public String id() {
        return "rule-id-format";
    }

    @Override
    public String description() {
        return "rule ids match ^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$ and, in a family report-v1 fixes (MHC-CHEM-2017-, PARK-10H-, …), its exact pattern";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonNode rules = t.manifest().path("rules");
        for (int i = 0; i < rules.size(); i++) {
            JsonNode id = rules.get(i).path("id");
            if (!id.isTextual()) {
                continue;
            }
            String problem = problem(id.asText());
            if (problem != null) {
                p.inManifest(t, "/rules/" + i + "/id", problem);
            }
        }
    }

    /** Why the id is malformed, or null when it is fine. */
    static String problem(String id) {
        if (!GENERAL.matcher(id).matches()) {
            return "rule id \"" + id + "\" must be upper-case letters and digits in at least two parts joined by '-' ("
                    + GENERAL.pattern() + ")";
        }
        for (Map.Entry<String, Pattern> f : FAMILIES.entrySet()) {
            if (id.startsWith(f.getKey()) && !f.getValue().matcher(id).matches()) {
                return "rule id \"" + id + "\" is in the " + f.getKey() + " family, whose ids report-v1 fixes as "
                        + f.getValue().pattern();
            }
        }
        return null;
    }
}
