package dev.safegrade.internal.explain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The javadoc summaries (first sentences) of the public static methods DRL may call, so that a rule page and
 * {@code explain} can say in one line what {@code Items.observed} or {@code Tri.isFalse} does. Javadoc is not
 * kept in class files: the build runs {@link #main} over the sources of the packages DRL calls into and ships
 * the result as the resource {@value #RESOURCE} ({@code type.method<TAB>summary} lines, the first overload's).
 */
public final class JavaSummaries {
    static final String RESOURCE = "safegrade/java-summaries.tsv";
    private static final Pattern METHOD = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public\\s+static\\s+(?:final\\s+)?(?:<[^>]+>\\s*)?[\\w.<>\\[\\], ?]+?\\s+(\\w+)\\s*\\(",
            Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static volatile Map<String, String> loaded;

    private JavaSummaries() {
    }

    /** The summary of {@code type.method}; empty when not known. */
    public static String of(String type, String method) {
        if (type == null) {
            return "";
        }
        Map<String, String> all = loaded;
        if (all == null) {
            all = load();
            loaded = all;
        }
        return all.getOrDefault(type + "." + method, "");
    }

    private static Map<String, String> load() {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = JavaSummaries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The summaries of the public static methods in the Java sources under {@code folders}, by {@code type.method}. */
    static Map<String, String> extract(Path... folders) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher pkg = PACKAGE.matcher(source);
                    if (!pkg.find()) {
                        continue;
                    }
                    String type = pkg.group(1) + "." + file.getFileName().toString().replace(".java", "");
                    Matcher m = METHOD.matcher(source);
                    while (m.find()) {
                        out.putIfAbsent(type + "." + m.group(2), firstSentence(m.group(1)));
                    }
                }
            }
        }
        return out;
    }

    /** The first sentence of a javadoc comment's text, inline tags reduced to their text, on one line. */
    static String firstSentence(String javadoc) {
        StringBuilder text = new StringBuilder();
        for (String line : javadoc.split("\n")) {
            String l = line.trim();
            if (l.startsWith("*")) {
                l = l.substring(1).trim();
            }
            if (l.startsWith("@")) {
                break;
            }
            text.append(l).append(' ');
        }
        String s = text.toString().replaceAll("\\{@(?:code|link|linkplain|literal|value)\\s+([^{}]*(?:\\{[^{}]*\\}[^{}]*)*)\\}", "$1")
                .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
        Matcher end = Pattern.compile("(?<!e\\.g)(?<!i\\.e)\\.(\\s|$)").matcher(s);
        return end.find() ? s.substring(0, end.start() + 1) : s;
    }

    /** Writes the resource: {@code main(outputDirectory, sourceFolder…)}; run by the build. */
    public static void main(String[] args) throws IOException {
        Path[] folders = new Path[args.length - 1];
        for (int i = 1; i < args.length; i++) {
            folders[i - 1] = Path.of(args[i]);
        }
        StringBuilder b = new StringBuilder();
        extract(folders).forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
    }
}
