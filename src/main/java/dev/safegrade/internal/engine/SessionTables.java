package dev.safegrade.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.PackException;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.tables.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The table facts a session holds. Rules match a table by its id ({@code Band( table == "gb18218-levels" )}),
 * whichever pack shipped it, so table ids are one namespace across packs, as rule ids are: a table two packs
 * ship is inserted once (inserted once per pack, every rule matching it fired once per copy), and two packs may
 * share an id only with the same rows. Source and note are the shipping pack's own citation metadata and may differ.
 */
final class SessionTables {
    /** A table: its kind and id (ids are unique per kind), the pack and file that first shipped it, its facts. */
    private record Table(String key, String pack, String file, JsonNode content, List<Object> facts) {
    }

    private final Map<String, List<Table>> byPack = new LinkedHashMap<>();
    private final Map<Set<String>, List<Object>> bySubset = new ConcurrentHashMap<>();

    SessionTables(List<Pack> packs) {
        Map<String, Table> byKey = new LinkedHashMap<>();
        for (Pack pack : packs) {
            List<Table> own = new ArrayList<>();
            pack.tables().forEach((file, json) -> {
                String id = json.path("id").asText("");
                // A table without an id cannot be named by a rule of another pack: it stays the pack's own.
                String key = json.path("kind").asText("") + ":" + (id.isEmpty() ? pack.id() + "/" + file : id);
                JsonNode content = rowsOnly(json);
                Table first = byKey.get(key);
                if (first == null) {
                    first = new Table(key, pack.id(), file, content, List.copyOf(Tables.facts(pack.id(), file, json)));
                    byKey.put(key, first);
                } else if (!first.content().equals(content)) {
                    throw new PackException(pack.id(), file, 0, "table '" + id + "' is also shipped by pack " + first.pack() + " ("
                            + first.file() + ") with other content; rules of both packs would match both tables: give one another id");
                }
                own.add(first);
            });
            byPack.put(pack.id(), own);
        }
    }

    /** The facts of the tables of these packs, each table once, in pack order. */
    List<Object> factsFor(Set<String> packIds) {
        return bySubset.computeIfAbsent(Set.copyOf(packIds), ids -> {
            Set<String> seen = new LinkedHashSet<>();
            List<Object> facts = new ArrayList<>();
            byPack.forEach((pack, tables) -> {
                if (ids.contains(pack)) {
                    tables.stream().filter(t -> seen.add(t.key())).forEach(t -> facts.addAll(t.facts()));
                }
            });
            return List.copyOf(facts);
        });
    }

    private static JsonNode rowsOnly(JsonNode table) {
        if (!(table instanceof ObjectNode o)) {
            return table;
        }
        ObjectNode copy = o.deepCopy();
        copy.remove(List.of("source", "note"));
        return copy;
    }
}
