package dev.safegrade.internal.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The GB/T 2260 administrative-division code table (县级以上行政区划代码) shipped as
 * {@code safegrade/regions/gbt2260.tsv}, for counting enterprises by region at every level: province {@code 61},
 * prefecture {@code 6101}, county {@code 610113}.
 *
 * <p>The table holds 6-digit codes of all three levels ({@code 610000}, {@code 610100}, {@code 610113}); its
 * leading {@code #} lines say where it comes from and as of when, and the {@code # provenance:} line is
 * {@link #source()}. It is read once, on first use of {@link #shipped()}, and is immutable afterwards (thread-safe).
 *
 * <p>How a level is named ({@link #name(String)}):
 * <ul>
 *   <li>{@code XX} is the name of the row {@code XX0000}; {@code XXYY} the name of {@code XXYY00};
 *       {@code XXYYZZ} the name of that row. A 6-digit code ending in {@code 00} is the padded form of its
 *       prefecture or province ({@code 610100} is named as {@code 6101}, {@code 610000} as {@code 61}).</li>
 *   <li>Some 4-digit levels have no row of their own but have county rows under them. The 民政部 table lists none
 *       for the districts and counties of the four 直辖市 ({@code 1101}, {@code 1201}, {@code 3101}, {@code 5001},
 *       {@code 5002}): such a level is named by its province ({@code 1101} → 北京市; {@code 5001} and {@code 5002}
 *       are both 重庆市, the code tells them apart). Nor for the county-level units directly under a province, coded
 *       {@code XX90ZZ} ({@code 429004} 仙桃市, {@code 419001} 济源市, {@code 469001} 五指山市, {@code 659001}
 *       石河子市): {@code XX90} is named as GB/T 2260 names it, 省直辖县级行政区划, or 自治区直辖县级行政区划 when the
 *       province is an 自治区.</li>
 *   <li>A code with no row and no rows under it has no name: it is unknown (not {@link #known(String)}). So has
 *       {@code XX00}, which is no prefecture (the levels of a stray {@code 610013} are {@code [61, 6100, 610013]},
 *       all but {@code 61} unnamed).</li>
 * </ul>
 *
 * <p>Nothing here throws on bad input: a malformed code (not exactly 2, 4 or 6 ASCII digits for {@code name};
 * not exactly 6 for {@code levels}; or null) has no name and no levels, so the caller counts it as unknown. A
 * well-formed 6-digit code that is not in the table (abolished, mistyped, newer than the table) still has its
 * levels, whose names may be absent.
 */
public final class Regions {
    static final String RESOURCE = "safegrade/regions/gbt2260.tsv";
    private static final String PROVENANCE = "# provenance:";

    private final SortedMap<String, String> rows;
    private final String source;

    private Regions(SortedMap<String, String> rows, String source) {
        this.rows = Collections.unmodifiableSortedMap(rows);
        this.source = source;
    }

    /** The shipped table, read on first use. */
    public static Regions shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final Regions SHIPPED = loadShipped();
    }

    private static Regions loadShipped() {
        try (InputStream in = Regions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a table in the shipped format: {@code #} comment lines (one of them {@code # provenance: …}), blank lines,
     * and {@code code<TAB>name} rows with 6-digit codes, each code once.
     *
     * @throws IllegalStateException on a malformed or repeated row, naming {@code origin} and the line
     */
    static Regions read(Reader reader, String origin) throws IOException {
        SortedMap<String, String> rows = new TreeMap<>();
        String source = null;
        BufferedReader in = new BufferedReader(reader);
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith(PROVENANCE)) {
                source = line.substring(PROVENANCE.length()).strip();
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String code = tab < 0 ? line : line.substring(0, tab);
            String name = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (!digits(code, 6) || name.isEmpty() || name.indexOf('\t') >= 0) {
                throw new IllegalStateException(origin + ":" + lineNo + ": expected a 6-digit code, a tab and a name: " + line);
            }
            if (rows.putIfAbsent(code, name) != null) {
                throw new IllegalStateException(origin + ":" + lineNo + ": code " + code + " listed twice");
            }
        }
        if (source == null) {
            throw new IllegalStateException(origin + ": no '" + PROVENANCE + "' line");
        }
        return new Regions(rows, source);
    }

    /** Where the table comes from and as of when: one line, for summaries to print. */
    public String source() {
        return source;
    }

    /** The rows of the table, 6-digit code to name, in code order. */
    public SortedMap<String, String> rows() {
        return rows;
    }

    /**
     * The name of a 2-, 4- or 6-digit code (see the class comment for levels without a row of their own); empty for
     * an unknown or malformed code, or null.
     */
    public Optional<String> name(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (digits(code, 6)) {
            if (code.endsWith("0000")) {
                return provinceName(code.substring(0, 2));
            }
            if (code.endsWith("00")) {
                return prefectureName(code.substring(0, 4));
            }
            return Optional.ofNullable(rows.get(code));
        }
        if (digits(code, 4)) {
            return prefectureName(code);
        }
        if (digits(code, 2)) {
            return provinceName(code);
        }
        return Optional.empty();
    }

    /** Whether the code (2, 4 or 6 digits) has a name. */
    public boolean known(String code) {
        return name(code).isPresent();
    }

    /**
     * The levels a 6-digit code counts under, widest first: {@code 610113} → {@code [61, 6101, 610113]},
     * {@code 610100} → {@code [61, 6101]}, {@code 610000} → {@code [61]}. The code need not be in the table.
     * Empty for anything but exactly six ASCII digits (including null).
     */
    public List<String> levels(String code6) {
        if (code6 == null || !digits(code6, 6)) {
            return List.of();
        }
        String province = code6.substring(0, 2);
        if (code6.endsWith("0000")) {
            return List.of(province);
        }
        String prefecture = code6.substring(0, 4);
        if (code6.endsWith("00")) {
            return List.of(province, prefecture);
        }
        return List.of(province, prefecture, code6);
    }

    private Optional<String> provinceName(String code2) {
        return Optional.ofNullable(rows.get(code2 + "0000"));
    }

    private Optional<String> prefectureName(String code4) {
        if (code4.endsWith("00")) {
            return Optional.empty(); // XX00 is no prefecture (XX0000 is the province)
        }
        String own = rows.get(code4 + "00");
        if (own != null) {
            return Optional.of(own);
        }
        if (!hasCountiesUnder(code4)) {
            return Optional.empty();
        }
        Optional<String> province = provinceName(code4.substring(0, 2));
        if (code4.endsWith("90")) {
            return Optional.of(province.filter(p -> p.endsWith("自治区")).isPresent() ? "自治区直辖县级行政区划" : "省直辖县级行政区划");
        }
        return province;
    }

    private boolean hasCountiesUnder(String code4) {
        // county rows of code4 sort between code4 + "01" and code4 + "99"
        return !rows.subMap(code4 + "01", code4 + "99\uFFFF").isEmpty();
    }

    private static boolean digits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
