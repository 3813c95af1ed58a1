package dev.safegrade.properties;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The valid fact documents the generator starts from: the examples and every golden case's facts, smallest
 * first (so that shrinking the seed index leads to smaller documents).
 */
final class Seeds {
    record Seed(String name, ObjectNode doc) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Seed> ENTERPRISES;
    static final List<Seed> PARKS;

    static {
        List<Seed> all = new ArrayList<>();
        for (Path file : files()) {
            ObjectNode doc = FactTrees.read(file);
            // Cases that rely on the caller's --as-of are left out: the properties evaluate documents as they are.
            if (doc.has("asOf") && FactTrees.valid(doc)) {
                all.add(new Seed(file.toString(), doc));
            }
        }
        all.sort(Comparator.comparingInt((Seed s) -> s.doc().toString().length()).thenComparing(Seed::name));
        ENTERPRISES = all.stream().filter(s -> FactTrees.isEnterprise(s.doc())).toList();
        PARKS = all.stream().filter(s -> !FactTrees.isEnterprise(s.doc())).toList();
    }

    private Seeds() {
    }

    static Seed named(String file) {
        return Stream.concat(ENTERPRISES.stream(), PARKS.stream()).filter(s -> s.name().equals(file)).findFirst().orElseThrow();
    }

    private static List<Path> files() {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples")); Stream<Path> members = Files.list(Path.of("examples/park-members"));
             Stream<Path> cases = Files.walk(Path.of("rules"))) {
            examples.filter(p -> p.toString().endsWith(".json")).forEach(out::add);
            members.filter(p -> p.toString().endsWith(".json")).forEach(out::add);
            cases.filter(p -> p.toString().endsWith(".facts.json")).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }
}
