package dev.safegrade.internal.summary;

import static dev.safegrade.internal.summary.SummaryTable.number;
import static dev.safegrade.internal.summary.SummaryTable.text;

import dev.safegrade.internal.summary.SummaryTable.Column;
import dev.safegrade.internal.summary.SummaryTable.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 双上升: per region (every level), accidents and deaths in the period up to a day against the period compared with
 * (the same span a year before, 同比, or the span just before, 环比). Both rose when the count rose and the deaths
 * rose; deaths that are unknown make the deaths a range, and "both rose" is decided only when every completion agrees
 * (else {@code undecided}). Meaning and rule: shared/domain/other-obligations.md §6 [S]; what follows from it (约谈
 * and the like) is set by provincial 考核 rules [U].
 */
final class DoubleRise {
    static final String SOURCE_ZH = "“双上升”指事故起数和死亡人数同比（或环比）均上升（应急管理部/安委会统计用语，二手来源 [secondary]）；"
            + "约谈、警示等后果依各省考核规定（未经证实 [unconfirmed]）";
    static final String SOURCE_EN = "双上升: accident count and deaths both rose year on year (or month on month) — a term of MEM / Work Safety "
            + "Committee statistics (secondary sources); the consequence (约谈, warnings) is set by provincial assessment rules (unconfirmed)";

    /** The two periods compared, inclusive. */
    record Periods(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo) {
    }

    private final Periods periods;
    private final Map<String, long[]> byRegion; // count, known deaths, unknown deaths — current then previous
    private final Regions regions;

    private DoubleRise(Periods periods, Map<String, long[]> byRegion, Regions regions) {
        this.periods = periods;
        this.byRegion = byRegion;
        this.regions = regions;
    }

    static Periods periods(LocalDate day, Summarizer.Period period, Summarizer.Compare compare) {
        LocalDate from = period == Summarizer.Period.YEAR ? day.withDayOfYear(1) : day.withDayOfMonth(1);
        if (compare == Summarizer.Compare.MOM && period == Summarizer.Period.MONTH) {
            return new Periods(from, day, from.minusMonths(1), day.minusMonths(1));
        }
        // A year against the year before is the same for 同比 and 环比.
        return new Periods(from, day, from.minusYears(1), day.minusYears(1));
    }

    static DoubleRise of(Map<String, long[]> accidentDays, Regions regions, LocalDate day, Summarizer.Period period, Summarizer.Compare compare) {
        Periods p = periods(day, period, compare);
        Map<String, long[]> byRegion = new TreeMap<>();
        accidentDays.forEach((key, v) -> {
            int bar = key.indexOf('|');
            LocalDate date = LocalDate.parse(key.substring(bar + 1));
            int at = within(date, p.from(), p.to()) ? 0 : within(date, p.previousFrom(), p.previousTo()) ? 3 : -1;
            if (at < 0) {
                return;
            }
            List<String> levels = regions.levels(key.substring(0, bar));
            for (String level : levels.isEmpty() ? List.of("unknown") : levels) {
                long[] r = byRegion.computeIfAbsent(level, k -> new long[6]);
                r[at] += v[0];
                r[at + 1] += v[1];
                r[at + 2] += v[2];
            }
        });
        return new DoubleRise(p, byRegion, regions);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    Periods periods() {
        return periods;
    }

    /** {@code yes}, {@code no} or {@code undecided}: whether both the count and the deaths rose. */
    static String bothRose(long[] r) {
        boolean countRose = r[0] > r[3];
        long curMin = r[1];
        long prevMin = r[4];
        boolean curOpen = r[2] > 0;
        boolean prevOpen = r[5] > 0;
        String deathsRose = !prevOpen && curMin > prevMin ? "yes" : !curOpen && curMin <= prevMin ? "no" : "undecided";
        if (!countRose || deathsRose.equals("no")) {
            return "no";
        }
        return deathsRose;
    }

    /** Every region with accidents in either period, or (onlyRising) those where both rose or may have. */
    SummaryTable table(boolean onlyRising) {
        List<List<Object>> rows = new ArrayList<>();
        byRegion.forEach((code, r) -> {
            String both = bothRose(r);
            if (onlyRising && both.equals("no")) {
                return;
            }
            rows.add(new ArrayList<>(List.of(code, code.equals("unknown") ? "（缺少或无效的区划代码）" : regions.name(code).orElse("（未知代码）"),
                    r[0], r[1], r[2], r[3], r[4], r[5], both)));
        });
        List<Column> columns = List.of(text("code", "区划代码", "code", 10), text("name", "名称", "name", 18),
                number("accidents", "事故起数", "accidents"), number("deaths", "死亡人数", "deaths"),
                number("deathsUnknown", "死亡人数未知", "toll unknown"),
                number("previousAccidents", "对比期起数", "before: accidents"), number("previousDeaths", "对比期死亡", "before: deaths"),
                number("previousDeathsUnknown", "对比期死亡未知", "before: toll unknown"),
                new Column("bothRose", "双上升", "both rose", Kind.TEXT, 10));
        String span = periods.from() + "–" + periods.to() + " / " + periods.previousFrom() + "–" + periods.previousTo();
        return onlyRising
                ? new SummaryTable("doubleRise", new String[] {"双上升地区（约谈候选）" + span, "regions where both rose (candidates for 约谈) " + span},
                        columns, rows.size(), rows)
                : new SummaryTable("accidentsByRegion", new String[] {"事故起数和死亡人数（按地区）" + span, "accidents and deaths by region " + span},
                        columns, rows.size(), rows);
    }
}
