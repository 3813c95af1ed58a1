package dev.safegrade.internal.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 双上升: the periods, their bounds, and deaths that are unknown. */
class DoubleRiseTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Test
    void periodsYearToDateAndMonthOnMonth() {
        assertThat(DoubleRise.periods(DAY, Summarizer.Period.YEAR, Summarizer.Compare.YOY))
                .isEqualTo(new DoubleRise.Periods(LocalDate.of(2026, 1, 1), DAY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertThat(DoubleRise.periods(DAY, Summarizer.Period.MONTH, Summarizer.Compare.YOY))
                .isEqualTo(new DoubleRise.Periods(LocalDate.of(2026, 6, 1), DAY, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)));
        assertThat(DoubleRise.periods(LocalDate.of(2026, 3, 31), Summarizer.Period.MONTH, Summarizer.Compare.MOM))
                .as("环比: the month before, to the same day or its last")
                .isEqualTo(new DoubleRise.Periods(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(DoubleRise.periods(LocalDate.of(2024, 2, 29), Summarizer.Period.YEAR, Summarizer.Compare.YOY).previousTo())
                .isEqualTo(LocalDate.of(2023, 2, 28));
    }

    /** count, known deaths, accidents with deaths unknown: this period, then the one compared with. */
    @Test
    void bothRoseOnlyWhenEveryCompletionAgrees() {
        assertThat(DoubleRise.bothRose(new long[] {2, 3, 0, 1, 2, 0})).isEqualTo("yes");
        assertThat(DoubleRise.bothRose(new long[] {2, 2, 0, 1, 2, 0})).as("equal deaths did not rise").isEqualTo("no");
        assertThat(DoubleRise.bothRose(new long[] {1, 3, 0, 1, 2, 0})).as("equal counts did not rise").isEqualTo("no");
        assertThat(DoubleRise.bothRose(new long[] {2, 2, 1, 1, 2, 0})).as("an unknown toll now could lift the deaths").isEqualTo("undecided");
        assertThat(DoubleRise.bothRose(new long[] {2, 3, 0, 1, 2, 1})).as("an unknown toll before could be higher").isEqualTo("undecided");
        assertThat(DoubleRise.bothRose(new long[] {2, 0, 0, 1, 5, 1})).as("already more deaths before than now, whatever the unknown").isEqualTo("no");
        assertThat(DoubleRise.bothRose(new long[] {1, 1, 0, 0, 0, 0})).as("from none to one").isEqualTo("yes");
    }

    @Test
    void accidentsOnTheBoundsCountInTheirPeriodAtEveryLevel(@TempDir Path tmp) throws IOException {
        try (Summarizer s = new Summarizer(Regions.shipped(), tmp)) {
            s.addAccident("610113", LocalDate.of(2026, 1, 1), 1);  // first day of the period
            s.addAccident("610113", DAY, 1);                       // last day
            s.addAccident("610113", LocalDate.of(2026, 7, 1), 9);  // after the day: not counted
            s.addAccident("610113", LocalDate.of(2025, 6, 30), 1); // last day of the span a year before
            s.addAccident("610113", LocalDate.of(2025, 7, 1), 9);  // after it: not counted
            s.addAccident("610113", LocalDate.of(2024, 12, 31), 9); // before both
            s.addAccident(null, DAY, null);
            Summary summary = s.finish(DAY, Summarizer.Period.YEAR, Summarizer.Compare.YOY);
            List<List<Object>> rows = iterate(summary.table("accidentsByRegion"));
            assertThat(rows).extracting(r -> r.get(0)).containsExactly("61", "6101", "610113", "unknown");
            assertThat(rows.get(2)).containsExactly("610113", "雁塔区", 2L, 2L, 0L, 1L, 1L, 0L, "yes");
            assertThat(rows.get(3)).containsExactly("unknown", "（缺少或无效的区划代码）", 1L, 0L, 1L, 0L, 0L, 0L, "undecided");
            assertThat(iterate(summary.table("doubleRise"))).extracting(r -> r.get(0)).containsExactly("61", "6101", "610113", "unknown");
        }
    }

    @Test
    void spilledListsComeBackSortedAndComplete(@TempDir Path tmp) throws IOException {
        try (RowSpill spill = new RowSpill(tmp, "t")) {
            for (int i = 50_000; i > 0; i--) {
                spill.add(String.format("%06d", i % 997), List.of(i, "名" + i));
            }
            spill.sort();
            long n = 0;
            String last = "";
            for (List<Object> row : spill.rows()) {
                String key = String.format("%06d", ((Number) row.get(0)).intValue() % 997);
                assertThat(key).isGreaterThanOrEqualTo(last);
                last = key;
                n++;
            }
            assertThat(n).isEqualTo(50_000);
        }
    }

    private static List<List<Object>> iterate(SummaryTable t) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        t.rows().forEach(rows::add);
        return rows;
    }
}
