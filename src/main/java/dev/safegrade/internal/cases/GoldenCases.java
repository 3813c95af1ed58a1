package dev.safegrade.internal.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.Waiver;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.engine.Evaluator;
import dev.safegrade.internal.engine.WaiverChecks;
import dev.safegrade.internal.engine.Waiving;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.facts.WaiversReader;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.report.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Golden cases found by convention beside each pack: {@code cases/<name>.facts.json} is evaluated with that
 * pack alone and its outcome (grades, findings, notEvaluated, notInForce) must equal
 * {@code cases/<name>.expected.json} exactly. A pack whose rules build on other packs' findings names those packs
 * in {@code cases/<name>.packs.txt} (one pack id per line, from the same folder of packs; {@code #} starts a comment):
 * the case is then evaluated with them too.
 */
public final class GoldenCases {
    public static final String FACTS_SUFFIX = ".facts.json";
    public static final String EXPECTED_SUFFIX = ".expected.json";
    public static final String PACKS_SUFFIX = ".packs.txt";
    /** Optional beside a case: waivers (waivers-v1) the case is evaluated with; its expected file then shows waived and waiverNotices. */
    public static final String WAIVERS_SUFFIX = ".waivers.json";

    /** One case's result; {@code differences} is empty when it passed. */
    public record Result(String pack, String name, Path facts, List<String> differences, ObjectNode actual) {
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    private GoldenCases() {
    }

    /** The case names of a pack folder, sorted. */
    public static List<Path> caseFiles(Path packDir) {
        Path cases = packDir.resolve("cases");
        if (!Files.isDirectory(cases)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cases)) {
            return files.filter(f -> f.getFileName().toString().endsWith(FACTS_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Result run(Pack pack, Path factsFile) {
        return run(pack, factsFile, null);
    }

    /**
     * As {@link #run(Pack, Path)}, and also evaluated with every pack of {@code together} (when not null): see
     * {@link #differencesTogether}.
     */
    public static Result run(Pack pack, Path factsFile, CompiledPacks together) {
        Result alone = runAlone(pack, factsFile);
        if (together == null || alone.actual() == null) {
            return alone;
        }
        List<String> differences = new ArrayList<>(alone.differences());
        differences.addAll(differencesTogether(together, pack, factsFile));
        return new Result(alone.pack(), alone.name(), factsFile, List.copyOf(differences), alone.actual());
    }

    private static Result runAlone(Pack pack, Path factsFile) {
        String name = factsFile.getFileName().toString();
        name = name.substring(0, name.length() - FACTS_SUFFIX.length());
        Path expectedFile = factsFile.resolveSibling(name + EXPECTED_SUFFIX);
        ObjectNode actual;
        try {
            actual = outcome(pack, factsFile);
        } catch (InvalidFactsException e) {
            return new Result(pack.id(), name, factsFile, List.of("the case's facts are invalid: " + e.getMessage()), null);
        }
        if (!Files.exists(expectedFile)) {
            return new Result(pack.id(), name, factsFile, List.of("no " + expectedFile.getFileName() + " beside the facts"), actual);
        }
        JsonNode expected;
        try {
            expected = Json.mapper().readTree(Files.readAllBytes(expectedFile)); // also inside the jar
        } catch (IOException e) {
            return new Result(pack.id(), name, factsFile, List.of(expectedFile.getFileName() + " is not JSON: " + e.getMessage()), actual);
        }
        return new Result(pack.id(), name, factsFile, OutcomeDiff.diff(expected, actual), actual);
    }

    /** The outcome of evaluating a case's facts with its pack (and the packs its packs.txt names). */
    public static ObjectNode outcome(Pack pack, Path factsFile) {
        return outcome(CompiledPacks.of(withPacks(pack, factsFile)), factsFile);
    }

    /** The outcome of evaluating a case's facts with these compiled packs. */
    public static ObjectNode outcome(CompiledPacks compiled, Path factsFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(factsFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParsedFacts parsed = FactReader.read(bytes, factsFile.getFileName().toString(), 1);
        LocalDate asOf = parsed.model().getAsOf();
        if (asOf == null) {
            throw new IllegalArgumentException(factsFile + ": a golden case states its asOf");
        }
        String profile = parsed.model().getProfile() == null ? SafeGrade.DEFAULT_PROFILE : parsed.model().getProfile();
        Report report = Evaluator.evaluate(compiled, parsed, asOf, profile, SafeGrade.version());
        return ReportJson.outcome(Waiving.apply(report, waivers(compiled, factsFile)));
    }

    /** The waivers of {@code <name>.waivers.json} beside the case, checked against the packs; none without the file. */
    private static List<Waiver> waivers(CompiledPacks compiled, Path factsFile) {
        String file = factsFile.getFileName().toString();
        Path waivers = factsFile.resolveSibling(file.substring(0, file.length() - FACTS_SUFFIX.length()) + WAIVERS_SUFFIX);
        if (!Files.exists(waivers)) {
            return List.of();
        }
        try {
            List<Waiver> list = WaiversReader.read(Files.readAllBytes(waivers), waivers.getFileName().toString());
            List<WaiverChecks.Problem> problems = WaiverChecks.check(list, compiled.rules());
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(waivers + ": waiver " + problems.get(0).index() + ": expected " + problems.get(0).expected()
                        + ", found " + problems.get(0).found());
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case's pack followed by the packs named in {@code <name>.packs.txt}, loaded from beside the pack. */
    public static List<Pack> withPacks(Pack pack, Path factsFile) {
        String file = factsFile.getFileName().toString();
        Path list = factsFile.resolveSibling(file.substring(0, file.length() - FACTS_SUFFIX.length()) + PACKS_SUFFIX);
        List<Pack> packs = new ArrayList<>(List.of(pack));
        if (!Files.exists(list)) {
            return packs;
        }
        try {
            for (String line : Files.readAllLines(list)) {
                String id = line.replaceFirst("#.*", "").trim();
                if (!id.isEmpty()) {
                    packs.add(PackLoader.load(pack.dir().resolveSibling(id), pack.origin()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packs;
    }

    /**
     * The case evaluated with every pack of {@code all} against the case evaluated with its own packs: the case's packs
     * must conclude exactly what they concluded alone (other packs add findings and grades of their own, never change
     * these, except where one of the case's packs restates another pack's conclusion: see
     * {@link #explainedByAnotherPack}), and no finding may be reported twice. Empty when both hold.
     */
    public static List<String> differencesTogether(CompiledPacks all, Pack pack, Path factsFile) {
        List<Pack> own = withPacks(pack, factsFile);
        ObjectNode alone = outcome(CompiledPacks.of(own), factsFile);
        ObjectNode together = outcome(all, factsFile);
        List<String> out = new ArrayList<>();
        repeatedFindings(together).forEach(r -> out.add("repeated finding: " + r));
        Set<String> ownIds = new HashSet<>();
        own.forEach(p -> ownIds.add(p.id()));
        ObjectNode ofOwn = Json.mapper().createObjectNode();
        ObjectNode grades = ofOwn.putObject("grades");
        alone.path("grades").fieldNames().forEachRemaining(k -> grades.set(k, together.path("grades").get(k)));
        for (String list : new String[] {"findings", "notEvaluated", "notInForce"}) {
            ArrayNode entries = ofOwn.putArray(list);
            together.path(list).forEach(e -> {
                if (ownIds.contains(e.path("pack").asText()) && !explainedByAnotherPack(e, list, alone, together, ownIds)) {
                    entries.add(e);
                }
            });
        }
        // The case's waivers name its own rules: what they waive, and which of them waive nothing, is the same together.
        ArrayNode waived = Json.mapper().createArrayNode();
        together.path("waived").forEach(e -> {
            if (ownIds.contains(e.path("pack").asText())) {
                waived.add(e);
            }
        });
        if (!waived.isEmpty()) {
            ofOwn.set("waived", waived);
        }
        if (together.has("waiverNotices")) {
            ofOwn.set("waiverNotices", together.get("waiverNotices"));
        }
        OutcomeDiff.diff(alone, ofOwn).forEach(d -> out.add("with all packs, unlike alone: " + d));
        return out;
    }

    /**
     * Whether an entry of the case's packs that they did not produce alone restates, at the same path, the conclusion of
     * another pack's rule: a register cross-check of a criteria item that fired (its evidence names the item's rule) or
     * that was undecided (the same missing facts). Anything else another pack changes is a difference.
     */
    private static boolean explainedByAnotherPack(JsonNode entry, String list, JsonNode alone, JsonNode together, Set<String> ownIds) {
        for (JsonNode a : alone.path(list)) {
            if (a.equals(entry)) {
                return false;
            }
        }
        for (JsonNode other : together.path(list)) {
            if (ownIds.contains(other.path("pack").asText()) || !other.path("path").equals(entry.path("path"))) {
                continue;
            }
            boolean restated = list.equals("findings")
                    ? entry.path("evidence").findValuesAsText("item").contains(other.path("ruleId").asText())
                    : list.equals("notEvaluated") && other.path("missing").equals(entry.path("missing"));
            if (restated) {
                return true;
            }
        }
        return false;
    }

    /** Findings reported more than once with the same rule, path and evidence, as "RULE @ path ×n". */
    public static List<String> repeatedFindings(JsonNode outcome) {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        outcome.path("findings").forEach(f -> counts.merge(
                List.of(f.path("ruleId").asText(), f.path("path").asText(), f.path("evidence")), 1, Integer::sum));
        List<String> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n > 1) {
                out.add(k.get(0) + " @ " + k.get(1) + " ×" + n);
            }
        });
        return out;
    }

    /** Runs every case of every pack given. */
    public static List<Result> runAll(List<Pack> packs) {
        List<Result> results = new ArrayList<>();
        for (Pack p : packs) {
            for (Path f : caseFiles(p.dir())) {
                results.add(run(p, f));
            }
        }
        return results;
    }
}
