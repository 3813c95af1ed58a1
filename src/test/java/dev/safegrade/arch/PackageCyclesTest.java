package dev.safegrade.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public package does not depend on the renderers, which depend on it: {@code dev.safegrade} reaches
 * {@code dev.safegrade.internal.report} through no chain of dependencies (it calls them through
 * {@code ReportRenderer}, found with ServiceLoader). Read from the compiled classes' constant pools (every type a
 * class names: in code, fields, signatures), since ArchUnit is not a dependency of the project.
 */
class PackageCyclesTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final Pattern TYPE = Pattern.compile("dev/safegrade/[A-Za-z0-9_/$]*");

    @Test
    void thePublicPackageReachesNoRenderer() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        assertThat(uses).containsKey("dev.safegrade.internal.report");
        assertThat(uses.get("dev.safegrade.internal.report")).as("the renderers read the public model").contains("dev.safegrade");
        List<String> path = path(uses, "dev.safegrade", "dev.safegrade.internal.report");
        assertThat(path).as("dev.safegrade reaches internal.report by " + path).isEmpty();
    }

    @Test
    void theOutputFormatsReadOnlyThePublicApi() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        assertThat(uses).containsKey("dev.safegrade.format").containsKey("dev.safegrade.format.html");
        // dev.safegrade.format and its subpackages (e.g. format.html, the HTML format's compiled templates) read the
        // public model and one another, nothing else of SafeGrade's
        uses.forEach((pkg, to) -> {
            if (pkg.equals("dev.safegrade.format") || pkg.startsWith("dev.safegrade.format.")) {
                assertThat(to).as(pkg + " reads the public model, nothing else of SafeGrade's")
                        .allMatch(o -> o.equals("dev.safegrade") || o.startsWith("dev.safegrade.format"));
            }
        });
        assertThat(uses.get("dev.safegrade.format")).contains("dev.safegrade");
        assertThat(uses.get("dev.safegrade.format.html")).as("a subpackage does not read back its parent").doesNotContain("dev.safegrade.format");
    }

    @Test
    void theGraphSeesADependencyThatIsThere() throws IOException {
        // the check can fail: the CLI does use the renderers
        assertThat(path(packageGraph(), "dev.safegrade.cli", "dev.safegrade.internal.report")).isNotEmpty();
    }

    /** The packages each package of the library names, itself left out. */
    static Map<String, Set<String>> packageGraph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String cls = CLASSES.relativize(f).toString().replace('\\', '/');
                if (!cls.startsWith("dev/safegrade/")) {
                    continue;
                }
                String pkg = packageOf(cls);
                Set<String> to = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (String utf8 : utf8Constants(f)) {
                    Matcher m = TYPE.matcher(utf8);
                    while (m.find()) {
                        String other = packageOf(m.group());
                        if (!other.equals(pkg)) {
                            to.add(other);
                        }
                    }
                }
            }
        }
        return uses;
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return internalName.substring(0, slash).replace('/', '.');
    }

    /** The shortest chain of packages from one to the other, or none. */
    private static List<String> path(Map<String, Set<String>> uses, String from, String to) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, null);
        while (!queue.isEmpty()) {
            String p = queue.removeFirst();
            if (p.equals(to)) {
                List<String> chain = new ArrayList<>();
                for (String at = p; at != null; at = cameFrom.get(at)) {
                    chain.add(0, at);
                }
                return chain;
            }
            for (String next : uses.getOrDefault(p, Set.of())) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, p);
                    queue.addLast(next);
                }
            }
        }
        return List.of();
    }

    /** The UTF-8 constants of a class file (class names, descriptors, signatures, strings). */
    private static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            in.readInt(); // magic
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(in.readUTF());
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // takes two entries
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException(classFile + ": constant pool tag " + tag);
                }
            }
        }
        return out;
    }
}
