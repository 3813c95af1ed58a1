package dev.safegrade.internal.diff;

import java.util.Map;

/**
 * What a diff keeps of one report-v1 report: enough to match it, to tell what changed and why, and nothing else
 * (a batch of many reports is held as these, not as whole trees).
 *
 * @param file     the report file it was read from, as the user named it
 * @param line     the line it starts on in that file
 * @param packs    pack id → version and digest, as the report lists them
 * @param grades   grade key (see {@link GradeValues}) → its value as text, in a fixed order
 * @param findings identity ({@link FindingRef#identity()}) → finding, in report order
 */
public record ReportSummary(String file, int line, String kind, String id, String name, String asOf, Map<String, PackRef> packs,
                            String source, String digest, Map<String, String> grades, Map<String, FindingRef> findings) {
    /** The key reports are matched by. */
    public String subjectKey() {
        return kind + " " + id;
    }

    /** A pack as a report names it. */
    public record PackRef(String id, String version, String digest) {
    }
}
