package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import dev.safegrade.internal.model.Unit;
import dev.safegrade.internal.model.Unit.Substance;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/**
 * A "major-hazard-grading" table: how GB 18218 identifies a 重大危险源 (S = Σ q/Q at or above a bound) and grades it
 * (R = α · Σ β·q/Q, α from the people within 500 m, level 一级 = 1 … 四级 = 4 by bands of R). The bands are pack data.
 * Substances without a critical quantity Q are not listed in the standard and count for nothing.
 */
@ClassReactive
public final class MajorHazardGrading {
    public static final String KIND = "major-hazard-grading";

    private final String table;
    private final BigDecimal identifiedAtLeastS;
    private final List<Band> alpha;
    private final List<Band> levels;

    /** A band: {@code value} applies from {@code atLeast} up to the next higher band. */
    private record Band(BigDecimal atLeast, BigDecimal value) {
    }

    private MajorHazardGrading(String table, BigDecimal identifiedAtLeastS, List<Band> alpha, List<Band> levels) {
        this.table = table;
        this.identifiedAtLeastS = identifiedAtLeastS;
        this.alpha = alpha;
        this.levels = levels;
    }

    static MajorHazardGrading from(String pack, String file, JsonNode t) {
        return new MajorHazardGrading(text(pack, file, t, "id"), number(pack, file, t, "identifiedAtLeastS"),
                bands(pack, file, t, "alpha", "exposedPeopleAtLeast", "alpha"), bands(pack, file, t, "levels", "rAtLeast", "level"));
    }

    public String getTable() {
        return table;
    }

    /** The unit's S, α, R and level, as far as its facts allow. */
    public MajorHazardAssessment assess(Unit u) {
        if (!u.isSubstancesRecorded()) {
            return MajorHazardAssessment.unknown(List.of(u.missing("substances")));
        }
        BigDecimal s = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        List<String> unknownQ = new ArrayList<>();
        List<String> unknownBeta = new ArrayList<>();
        for (Substance x : u.getSubstances()) {
            if (x.getCriticalQuantityT() == null) {
                continue;
            }
            if (x.getQuantityT() == null) {
                unknownQ.add(x.missing("quantityT"));
                continue;
            }
            BigDecimal share = decimal(x.getQuantityT()).divide(decimal(x.getCriticalQuantityT()), MathContext.DECIMAL64);
            s = s.add(share);
            if (x.getBeta() == null) {
                unknownBeta.add(x.missing("beta"));
            } else {
                weighted = weighted.add(decimal(x.getBeta()).multiply(share));
            }
        }
        if (s.compareTo(identifiedAtLeastS) < 0) {
            return unknownQ.isEmpty() ? MajorHazardAssessment.notIdentified(s) : MajorHazardAssessment.unknown(unknownQ);
        }
        List<String> absent = new ArrayList<>(unknownQ);
        absent.addAll(unknownBeta);
        if (u.getExposedPeople() == null) {
            absent.add(u.missing("exposedPeople"));
        }
        if (!absent.isEmpty()) {
            return MajorHazardAssessment.identifiedUngraded(unknownQ.isEmpty() ? s : null, absent);
        }
        BigDecimal a = band(alpha, BigDecimal.valueOf(u.getExposedPeople()));
        BigDecimal r = a.multiply(weighted);
        return MajorHazardAssessment.graded(s, u.getExposedPeople(), a, r, band(levels, r).intValueExact());
    }

    private static BigDecimal band(List<Band> bands, BigDecimal x) {
        for (Band b : bands) {
            if (x.compareTo(b.atLeast()) >= 0) {
                return b.value();
            }
        }
        throw new IllegalStateException("no band of the table covers " + x);
    }

    private static BigDecimal decimal(Double d) {
        return new BigDecimal(d.toString());
    }

    private static List<Band> bands(String pack, String file, JsonNode t, String key, String boundKey, String valueKey) {
        JsonNode rows = t.get(key);
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            throw new PackException(pack, file, 0, "a " + KIND + " table needs a non-empty \"" + key + "\" list");
        }
        List<Band> bands = new ArrayList<>();
        rows.forEach(row -> bands.add(new Band(number(pack, file, row, boundKey), number(pack, file, row, valueKey))));
        bands.sort(Comparator.comparing(Band::atLeast).reversed());
        if (bands.get(bands.size() - 1).atLeast().signum() != 0) {
            throw new PackException(pack, file, 0, "the lowest band of \"" + key + "\" must start at 0");
        }
        return List.copyOf(bands);
    }

    private static BigDecimal number(String pack, String file, JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isNumber()) {
            throw new PackException(pack, file, 0, "table entry lacks the number \"" + key + "\"");
        }
        return v.decimalValue();
    }

    private static String text(String pack, String file, JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual()) {
            throw new PackException(pack, file, 0, "table entry lacks the text \"" + key + "\"");
        }
        return v.asText();
    }

    @Override
    public String toString() {
        return KIND + ":" + table;
    }
}
