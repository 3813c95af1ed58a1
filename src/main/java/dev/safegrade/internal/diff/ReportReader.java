package dev.safegrade.internal.diff;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.safegrade.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one side of a diff: a report file ({@code evaluate -o}, pretty JSON) or a batch ({@code evaluate --batch},
 * NDJSON) alike, as a sequence of root JSON values read one at a time. Batch error records (the lines that could not
 * be evaluated) are skipped and counted. Only the {@link ReportSummary} of each report is kept.
 */
public final class ReportReader {
    private ReportReader() {
    }

    /** One side: its reports in file order and how many error records it had. */
    public record Side(String file, List<ReportSummary> reports, int errorRecords) {
    }

    /**
     * @param stdin read when {@code file} is {@code -}
     * @throws DiffInputException when the file cannot be read, is not JSON, or holds a value that is not a report
     */
    public static Side read(String file, InputStream stdin) {
        return read(file, stdin, new java.util.HashMap<>());
    }

    /**
     * @param pool equal values already read (strings, findings, pack lists), shared across both sides: the reports
     *             of a batch repeat the same rules, titles, paths and packs, and one copy of each is kept
     */
    public static Side read(String file, InputStream stdin, Map<Object, Object> pool) {
        List<ReportSummary> reports = new ArrayList<>();
        int errors = 0;
        try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file));
             JsonParser parser = Json.mapper().getFactory().createParser(in);
             MappingIterator<JsonNode> values = Json.mapper().readerFor(JsonNode.class).readValues(parser)) {
            while (values.hasNextValue()) {
                JsonLocation at = parser.currentTokenLocation();
                JsonNode value = values.nextValue();
                if (value.isObject() && value.has("errors") && value.has("errorVersion")) {
                    errors++;
                    continue;
                }
                reports.add(summary(file, at, value, pool));
            }
        } catch (NoSuchFileException e) {
            throw new DiffInputException(file, 0, 0, "a report file (evaluate -o) or a batch (evaluate --batch)", "no such file");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DiffInputException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "report-v1 JSON (one report, or one per line)", "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DiffInputException(file, 0, 0, "a readable report file", String.valueOf(e.getMessage()));
        }
        return new Side(file, reports, errors);
    }

    @SuppressWarnings("unchecked")
    private static <T> T shared(Map<Object, Object> pool, T value) {
        return value == null ? null : (T) pool.computeIfAbsent(value, v -> v);
    }

    private static Map<String, String> grades(Map<String, String> grades, Map<Object, Object> pool) {
        Map<String, String> out = new LinkedHashMap<>();
        grades.forEach((k, v) -> out.put(shared(pool, k), shared(pool, v)));
        return shared(pool, out);
    }

    private static ReportSummary summary(String file, JsonLocation at, JsonNode r, Map<Object, Object> pool) {
        long line = at.getLineNr();
        long column = at.getColumnNr();
        if (!r.isObject()) {
            throw new DiffInputException(file, line, column, "a report-v1 report (an object with reportVersion and subject)",
                    r.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (r.has("factsVersion") && !r.has("reportVersion")) {
            throw new DiffInputException(file, line, column, "a report-v1 report (an object with reportVersion and subject)",
                    "a fact document (factsVersion)", "evaluate it first: safegrade evaluate " + file + " -o FILE");
        }
        if (!r.has("reportVersion") || !r.has("subject")) {
            List<String> keys = new ArrayList<>();
            r.fieldNames().forEachRemaining(keys::add);
            throw new DiffInputException(file, line, column, "a report-v1 report (an object with reportVersion and subject)",
                    keys.isEmpty() ? "an empty object" : "an object with the keys " + String.join(", ", keys.subList(0, Math.min(8, keys.size()))));
        }
        if (r.path("reportVersion").asInt() != 1) {
            throw new DiffInputException(file, line, column, "reportVersion 1", r.path("reportVersion").toString());
        }
        JsonNode subject = r.path("subject");
        if (!subject.path("kind").isTextual() || !subject.path("id").isTextual()) {
            throw new DiffInputException(file, line, column, "a subject with kind and id", subject.toString());
        }
        Map<String, ReportSummary.PackRef> packs = new LinkedHashMap<>();
        for (JsonNode p : r.path("packs")) {
            String id = p.path("id").asText();
            packs.put(id, shared(pool, new ReportSummary.PackRef(id, p.path("version").asText(null), p.path("digest").asText(null))));
        }
        Map<String, FindingRef> findings = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = r.path("findings").elements(); it.hasNext(); ) {
            JsonNode f = it.next();
            String ruleId = f.path("ruleId").asText();
            String path = f.path("path").asText("");
            int occurrence = seen.merge(ruleId + " " + path, 1, Integer::sum);
            FindingRef ref = new FindingRef(shared(pool, ruleId), shared(pool, path), occurrence, shared(pool, f.path("pack").asText(null)),
                    shared(pool, f.path("severity").asText(null)), shared(pool, f.path("color").asText(null)),
                    shared(pool, f.path("title").path("zh").asText(null)), shared(pool, f.path("title").path("en").asText(null)));
            findings.put(shared(pool, ref.identity()), shared(pool, ref));
        }
        return new ReportSummary(file, (int) line, subject.path("kind").asText(), subject.path("id").asText(), subject.path("name").asText(null),
                shared(pool, r.path("asOf").asText(null)), shared(pool, packs), r.path("input").path("source").asText(null),
                r.path("input").path("digest").asText(null), grades(GradeValues.of(r.path("grades")), pool), findings);
    }
}
