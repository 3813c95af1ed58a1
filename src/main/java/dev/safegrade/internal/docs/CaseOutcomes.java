package dev.safegrade.internal.docs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.packs.Pack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A pack's golden cases as the pages show them: the facts and the committed expected outcome of each. */
record CaseOutcomes(String name, JsonNode facts, JsonNode expected) {

    static List<CaseOutcomes> of(Pack pack) {
        List<CaseOutcomes> out = new ArrayList<>();
        for (Path factsFile : GoldenCases.caseFiles(pack.dir())) {
            String name = factsFile.getFileName().toString();
            name = name.substring(0, name.length() - GoldenCases.FACTS_SUFFIX.length());
            Path expected = factsFile.resolveSibling(name + GoldenCases.EXPECTED_SUFFIX);
            if (Files.exists(expected)) {
                out.add(new CaseOutcomes(name, read(factsFile), read(expected)));
            }
        }
        return out;
    }

    boolean fires(String ruleId) {
        for (JsonNode f : expected.path("findings")) {
            if (f.path("ruleId").asText().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode read(Path file) {
        try {
            return Json.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
