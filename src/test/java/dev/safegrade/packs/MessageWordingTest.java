package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The wording of every finding's message, over every golden case (with its own packs and with all packs together)
 * and every example: a Chinese message speaks Chinese (facts by their schema titles and labels, booleans as 是/否),
 * an English one has no Chinese but the facts' own names, counts agree with their nouns, and no placeholder is left.
 */
class MessageWordingTest {
    private static final Path RULES = Path.of("rules");
    private static final Path EXAMPLES = Path.of("examples");

    /** A word: a run of ASCII letters, digits, '_' and '-', so that ids such as D4-fall stay whole. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    /**
     * ASCII words a Chinese message may show although no fact spells them: the names of the risk scoring methods
     * (LEC, MES; LS and formula letters such as L, E, C, S, R, α are under three letters) and the furnace types
     * written so in Chinese too (AOD炉, VOD炉).
     */
    private static final Set<String> ALLOWED_IN_ZH = Set.of("LEC", "MES", "AOD", "VOD");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_.]+(\\|[^{}]*)?}");
    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
    /** The count nouns of the English messages, singular and plural. */
    private static final String[][] COUNT_NOUNS = {
        {"death", "deaths"}, {"serious injury", "serious injuries"}, {"person", "people"}, {"circuit", "circuits"},
        {"unobstructed safety exit", "unobstructed safety exits"}, {"storey", "storeys"}, {"building", "buildings"},
        {"fire compartment", "fire compartments"}, {"item", "items"}, {"row", "rows"},
    };

    @Test
    void everyMessageIsWordedInItsLanguage() throws IOException {
        Set<String> schemaWords = schemaWords();
        List<Pack> packs = PackLoader.fromDirectory(RULES);
        CompiledPacks all = CompiledPacks.of(packs);
        List<String> problems = new ArrayList<>();
        int findings = 0;
        for (Pack pack : packs) {
            for (Path facts : GoldenCases.caseFiles(pack.dir())) {
                findings += check(facts, GoldenCases.outcome(pack, facts), schemaWords, problems);
                findings += check(facts, GoldenCases.outcome(all, facts), schemaWords, problems);
            }
        }
        try (Stream<Path> files = Stream.concat(Files.list(EXAMPLES), Files.list(EXAMPLES.resolve("park-members")))) {
            for (Path example : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                findings += check(example, GoldenCases.outcome(all, example), schemaWords, problems);
            }
        }
        assertThat(findings).as("findings looked at").isGreaterThan(500);
        assertThat(problems).isEmpty();
    }

    private static int check(Path facts, JsonNode outcome, Set<String> schemaWords, List<String> problems) throws IOException {
        List<String> factStrings = new ArrayList<>();
        strings(Json.mapper().readTree(Files.readAllBytes(facts)), factStrings);
        Set<String> factWords = new HashSet<>();
        factStrings.forEach(s -> WORD.matcher(s).results().forEach(m -> factWords.add(m.group())));
        factStrings.sort(Comparator.comparingInt(String::length).reversed());
        int n = 0;
        for (JsonNode f : outcome.path("findings")) {
            n++;
            String where = facts + " " + f.path("ruleId").asText() + " @ " + f.path("path").asText() + ": ";
            String zh = f.path("message").path("zh").asText();
            String en = f.path("message").path("en").asText();
            for (String message : List.of(zh, en)) {
                if (PLACEHOLDER.matcher(message).find()) {
                    problems.add(where + "unfilled placeholder in \"" + message + "\"");
                }
            }
            Matcher words = WORD.matcher(zh);
            while (words.find()) {
                String w = words.group();
                if (!ALLOWED_IN_ZH.contains(w) && letters(w) >= 3
                        && (schemaWords.contains(w) || !factWords.contains(w) && !RULE_ID.matcher(w).matches())) {
                    problems.add(where + "zh message shows \"" + w + "\": " + zh);
                }
            }
            String enWithoutFacts = en;
            for (String s : factStrings) {
                enWithoutFacts = enWithoutFacts.replace(s, "");
            }
            if (CHINESE.matcher(enWithoutFacts).find()) {
                problems.add(where + "en message has Chinese that is not a fact's own text: " + en);
            }
            for (String[] noun : COUNT_NOUNS) {
                if (Pattern.compile("(?<![\\d.])1 " + noun[1] + "\\b").matcher(en).find()
                        || Pattern.compile("(?<![\\d.])(?!1 )\\d+(\\.\\d+)? " + noun[0] + "\\b(?!-)").matcher(en).find()) {
                    problems.add(where + "en message does not agree in number with \"" + noun[0] + "\": " + en);
                }
            }
        }
        return n;
    }

    /** The facts schema's property names and enum values, and true/false/null: JSON spellings, not Chinese. */
    private static Set<String> schemaWords() throws IOException {
        Set<String> words = new HashSet<>(Set.of("true", "false", "null"));
        collect(Json.mapper().readTree(FactsSchema.text(FactsSchema.FACTS_RESOURCE)), words);
        return words;
    }

    private static void collect(JsonNode node, Set<String> words) {
        if (node.path("properties").isObject()) {
            node.path("properties").fieldNames().forEachRemaining(words::add);
        }
        if (node.path("enum").isArray()) {
            node.path("enum").forEach(v -> {
                if (v.isTextual()) {
                    words.add(v.asText());
                }
            });
        }
        node.forEach(child -> collect(child, words));
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
    }

    private static int letters(String word) {
        return (int) word.chars().filter(Character::isLetter).count();
    }
}
