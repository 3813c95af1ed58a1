package dev.safegrade.internal.packs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safegrade.Citation;
import dev.safegrade.Confidence;
import dev.safegrade.PackException;
import dev.safegrade.RiskColor;
import dev.safegrade.Severity;
import dev.safegrade.internal.facts.JsonSyntaxProblem;
import dev.safegrade.internal.files.ConfinedFile;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.json.JsonLocator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads packs from the jar ({@code safegrade/packs/<id>/}) or from a folder: one pack folder (it holds
 * {@code pack.json}) or a folder of pack folders.
 */
public final class PackLoader {
    public static final String MANIFEST = "pack.json";
    /**
     * The largest pack file read (the manifest, a DRL file, a table): 4 MiB. The largest shipped pack file is under
     * 200 KiB; the bound keeps a manifest that names a huge or endless file from exhausting memory.
     */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /**
     * What a rule id looks like (report-v1 "Rule ids"; lint's rule-id-format also checks the families): upper-case
     * words joined by '-'. Checked at load: an id names the rule's page in {@code packs doc}, so it must not be a path.
     */
    public static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");
    private static final String SHIPPED_ROOT = "safegrade/packs";

    private static volatile List<Pack> shipped;
    /** Jackson tokenises a number such as 1e99999999999 but cannot hold its value, and throws a bare NumberFormatException. */
    /** Jackson guesses UTF-16 or UTF-32 from a file's first bytes (NULs, say) and throws when they are not. */
    private static final String NOT_UTF8 = "the file is not UTF-8 text (pack files are JSON in UTF-8)";
    private static final String UNREADABLE_NUMBER = "a number cannot be read: its exponent has more than nine digits";

    private PackLoader() {
    }

    /** The packs shipped in the jar, loaded once. */
    public static List<Pack> shipped() {
        List<Pack> s = shipped;
        if (s == null) {
            synchronized (PackLoader.class) {
                if (shipped == null) {
                    shipped = List.copyOf(loadFolder(shippedRoot(), "classpath"));
                }
                s = shipped;
            }
        }
        return s;
    }

    /** The packs in {@code dir}: the folder itself when it holds a manifest, else each sub-folder that does. */
    public static List<Pack> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PackException("?", dir.toString(), 0, "not a folder of rule packs");
        }
        return loadFolder(dir, dir.toString());
    }

    /**
     * The packs to evaluate with: the shipped ones (unless left out), then each folder's, a folder's pack replacing a
     * shipped one of the same id; only {@code ids} when any are given, in that order.
     *
     * @throws IllegalArgumentException for an id no loaded pack has
     */
    public static List<Pack> select(boolean includeShipped, List<Path> dirs, java.util.Collection<String> ids) {
        return select(available(includeShipped, dirs), ids);
    }

    /**
     * Every pack there is to choose from: the shipped ones (unless left out), then each folder's, replacing by id. For
     * reading the packs (their rule ids, say); to evaluate with them use {@link #available(boolean, List, PackTrust)}.
     */
    public static List<Pack> available(boolean includeShipped, List<Path> dirs) {
        return available(includeShipped, dirs, null);
    }

    /**
     * As {@link #available(boolean, List)}, to run the packs' rules: each folder's packs must be trusted ({@link PackTrust})
     * and pass the checks lint makes of their tables ({@link FolderPackCheck}).
     *
     * @param trust the caller's decision; null only to read the packs, not run them
     */
    public static List<Pack> available(boolean includeShipped, List<Path> dirs, PackTrust trust) {
        Map<String, Pack> byId = new LinkedHashMap<>();
        if (includeShipped) {
            shipped().forEach(p -> byId.put(p.id(), p));
        }
        List<Pack> fromFolders = new ArrayList<>();
        dirs.forEach(dir -> fromFolders.addAll(fromDirectory(dir)));
        if (trust != null) {
            trust.check(fromFolders);
            fromFolders.forEach(p -> FolderPackCheck.all().forEach(c -> c.check(p)));
        }
        fromFolders.forEach(p -> byId.put(p.id(), p));
        return List.copyOf(byId.values());
    }

    /**
     * The packs with these ids, in that order; all of them when {@code ids} is empty.
     *
     * @throws IllegalArgumentException for an id no pack has
     */
    public static List<Pack> select(List<Pack> available, java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return available;
        }
        Map<String, Pack> byId = new LinkedHashMap<>();
        available.forEach(p -> byId.put(p.id(), p));
        List<Pack> chosen = new ArrayList<>();
        for (String id : ids) {
            Pack p = byId.get(id);
            if (p == null) {
                throw new IllegalArgumentException("unknown pack '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")");
            }
            chosen.add(p);
        }
        return List.copyOf(chosen);
    }

    /** Where the pack folders are: the jar's, or the project's folder when running from the build. */
    public static Path shippedRoot() {
        URL marker = PackLoader.class.getClassLoader().getResource(SHIPPED_ROOT + "/README.md");
        if (marker == null) {
            throw new IllegalStateException("no rule packs on the classpath (" + SHIPPED_ROOT + "/README.md is missing)");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(SHIPPED_ROOT);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the shipped rule packs at " + marker, e);
        }
    }

    private static List<Pack> loadFolder(Path dir, String origin) {
        List<Pack> packs = new ArrayList<>();
        for (Path folder : packFolders(dir)) {
            packs.add(load(folder, origin));
        }
        return packs;
    }

    /** The pack folders in {@code dir}, without loading them: the folder itself when it holds a manifest, else each sub-folder that does. */
    public static List<Path> packFolders(Path dir) {
        if (Files.exists(dir.resolve(MANIFEST))) {
            return List.of(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(child -> Files.exists(child.resolve(MANIFEST))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads and checks one pack folder: the manifest against the pack schema ({@link PackSchema}), then what a schema
     * cannot say (the id is the folder's name, {@code drlAppliesTo} names the pack's own DRL files, every citation
     * names a source, rule ids are unique).
     */
    public static Pack load(Path dir, String origin) {
        String folder = String.valueOf(dir.getFileName()).replaceAll("/$", "");
        ObjectMapper mapper = Json.mapper();
        byte[] manifestBytes = read(dir, MANIFEST, folder);
        JsonLocator locator = JsonLocator.of(manifestBytes);
        PackManifest m;
        try {
            JsonNode tree = mapper.readTree(manifestBytes);
            if (tree == null || tree.isMissingNode()) {
                throw new PackException(folder, MANIFEST, 0, "the file is empty");
            }
            checkSchema(tree, folder, locator);
            m = mapper.readValue(manifestBytes, PackManifest.class);
        } catch (JsonProcessingException e) {
            throw new PackException(folder, MANIFEST, 0, JsonSyntaxProblem.withoutContents(e, manifestBytes));
        } catch (NumberFormatException e) {
            throw new PackException(folder, MANIFEST, 0, UNREADABLE_NUMBER);
        } catch (java.io.CharConversionException e) {
            throw new PackException(folder, MANIFEST, 0, NOT_UTF8);
        } catch (IOException e) {
            throw new PackException(folder, MANIFEST, 0, "not UTF-8 text");
        }
        checkManifest(m, folder, locator);

        Map<String, byte[]> content = new TreeMap<>();
        content.put(MANIFEST, manifestBytes);
        Map<String, String> drl = new LinkedHashMap<>();
        for (String file : m.drl()) {
            byte[] bytes = read(dir, file, m.id());
            content.put(file, bytes);
            drl.put(file, new String(bytes, StandardCharsets.UTF_8));
        }
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        for (String file : m.tables()) {
            byte[] bytes = read(dir, file, m.id());
            content.put(file, bytes);
            try {
                JsonNode table = mapper.readTree(bytes);
                if (table == null || table.isMissingNode()) {
                    throw new PackException(m.id(), file, 0, "expected a JSON table, found an empty file");
                }
                tables.put(file, table);
            } catch (JsonProcessingException e) {
                throw new PackException(m.id(), file, 0, "expected a JSON table, found text that is " + JsonSyntaxProblem.withoutContents(e, bytes));
            } catch (NumberFormatException e) {
                throw new PackException(m.id(), file, 0, UNREADABLE_NUMBER);
            } catch (java.io.CharConversionException e) {
                throw new PackException(m.id(), file, 0, NOT_UTF8);
            } catch (IOException e) {
                throw new PackException(m.id(), file, 0, "expected a JSON table, found text that is not UTF-8");
            }
        }
        // Ordered maps (not Map.copyOf, whose order changes from one JVM to the next): table facts are inserted, and
        // docs written, in manifest order, so the same input gives the same output in every run.
        return new Pack(m, Collections.unmodifiableMap(drl), Collections.unmodifiableMap(tables), resolveRules(m, locator), digest(content), origin, dir);
    }

    /** The first of the manifest's schema problems in the file (all of them: {@code safegrade packs lint}). */
    private static void checkSchema(JsonNode tree, String folder, JsonLocator locator) {
        List<PackSchema.Problem> problems = PackSchema.validate(tree);
        if (problems.isEmpty()) {
            return;
        }
        PackSchema.Problem first = problems.stream().min(Comparator.comparingInt(p -> line(locator, p.pointer()))).orElseThrow();
        int more = problems.size() - 1;
        throw new PackException(folder, MANIFEST, line(locator, first.pointer()), first.message()
                + (more == 0 ? "" : " (and " + more + " more problem" + (more > 1 ? "s" : "") + ": safegrade packs lint tells them all)"));
    }

    private static int line(JsonLocator locator, String pointer) {
        JsonLocator.Location at = locator.find(pointer);
        return at == null ? 0 : at.line();
    }

    private static void checkManifest(PackManifest m, String folder, JsonLocator locator) {
        if (!m.id().equals(folder) && !folder.isEmpty()) {
            throw new PackException(m.id(), MANIFEST, line(locator, "/id"), "the pack id must equal its folder name '" + folder + "'");
        }
        Set<String> gradeKeys = new HashSet<>();
        for (int i = 0; i < m.grades().size(); i++) {
            PackManifest.Grade g = m.grades().get(i);
            String at = "/grades/" + i;
            if (!gradeKeys.add(g.key())) {
                throw new PackException(m.id(), MANIFEST, line(locator, at + "/key"), "grade " + g.key() + " is declared twice");
            }
            if (g.text() != null) {
                for (String template : List.of(g.text().zh(), g.text().en())) {
                    try {
                        dev.safegrade.internal.template.GradeTemplate.parse(template);
                    } catch (IllegalArgumentException e) {
                        throw new PackException(m.id(), MANIFEST, line(locator, at + "/text"), "grade " + g.key() + ": " + e.getMessage());
                    }
                }
            }
        }
        for (int i = 0; i < m.drlAppliesTo().size(); i++) {
            String at = "/drlAppliesTo/" + i + "/files";
            m.drlAppliesTo().get(i).files().stream().filter(f -> !m.drl().contains(f)).findFirst().ifPresent(f -> {
                throw new PackException(m.id(), MANIFEST, line(locator, at), "drlAppliesTo names " + f + ", which is not one of the pack's drl files");
            });
        }
    }

    private static Map<String, RuleMeta> resolveRules(PackManifest m, JsonLocator locator) {
        Map<String, PackManifest.Source> sources = new LinkedHashMap<>();
        for (PackManifest.Source s : m.sources()) {
            sources.put(s.id(), s);
        }
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        for (int i = 0; i < m.rules().size(); i++) {
            PackManifest.Rule r = m.rules().get(i);
            String at = "/rules/" + i;
            if (!RULE_ID.matcher(r.id()).matches()) {
                throw new PackException(m.id(), MANIFEST, line(locator, at + "/id"), "rule id \"" + r.id()
                        + "\" must be upper-case letters and digits in at least two parts joined by '-' (" + RULE_ID.pattern() + ")");
            }
            List<Citation> citations = new ArrayList<>();
            for (PackManifest.Citation c : r.citations()) {
                PackManifest.Source s = sources.get(c.source());
                if (s == null) {
                    throw new PackException(m.id(), MANIFEST, line(locator, at + "/citations/" + citations.size() + "/source"),
                            "rule " + r.id() + ": cites the unknown source '" + c.source() + "'");
                }
                Confidence confidence = leastSure(Confidence.fromId(s.confidence()),
                        c.confidence() == null ? null : Confidence.fromId(c.confidence()));
                citations.add(new Citation(s.document(), s.docNumber(), c.clause(), s.edition(), confidence));
            }
            PackManifest.Source first = sources.get(r.citations().get(0).source());
            Severity severity = "by-color".equals(r.severity()) ? null : Severity.fromId(r.severity());
            RiskColor color = r.color() == null ? null : RiskColor.valueOf(r.color());
            PackManifest.SeverityAfter after = r.severityAfter(); // complete, on a rule of fixed severity: the schema says so
            rules.put(r.id(), new RuleMeta(r.id(), m.id(), r.title(), r.message(), severity, color, List.copyOf(citations),
                    r.effectiveFrom() != null ? r.effectiveFrom() : first.effectiveFrom(),
                    r.effectiveTo() != null ? r.effectiveTo() : first.effectiveTo(),
                    after == null ? null : after.date(), after == null ? null : Severity.fromId(after.severity()), Map.copyOf(r.labels()),
                    first.before(), first.after(), m.kindOf(r)));
            if (rules.size() != i + 1) {
                throw new PackException(m.id(), MANIFEST, line(locator, at + "/id"), "rule id " + r.id() + " appears twice");
            }
        }
        return Collections.unmodifiableMap(rules);
    }

    private static Confidence leastSure(Confidence a, Confidence b) {
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Reads a file the manifest names: inside the pack folder (no absolute path, no {@code ..} out of it, no link
     * leading out), a regular file of at most {@link #MAX_FILE_BYTES}. A pack may come from anyone: its manifest must not
     * make the tool read (and tell in an error) a file elsewhere, block on a FIFO or fill memory from {@code /dev/zero}.
     */
    private static byte[] read(Path dir, String file, String pack) {
        try {
            return ConfinedFile.read(dir, null, file, MAX_FILE_BYTES);
        } catch (ConfinedFile.Refused e) {
            throw new PackException(pack, file, 0, e.outside() ? "expected a file inside the pack folder, found " + e.found()
                    : "cannot read the file: " + e.found());
        }
    }

    /** sha256 over each content file's path and bytes, in path order. */
    static String digest(Map<String, byte[]> content) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : content.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
