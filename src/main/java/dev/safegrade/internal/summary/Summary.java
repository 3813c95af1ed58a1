package dev.safegrade.internal.summary;

import java.time.LocalDate;
import java.util.List;

/**
 * A finished province summary (summary-v1): the totals and the tables, which every output format shows.
 *
 * @param reports     reports read
 * @param enterprises of them, enterprises
 * @param parks       of them, parks
 * @param invalid     batch error records read (input lines that could not be evaluated)
 * @param asOfFrom    the earliest asOf among the reports
 * @param asOfTo      the latest asOf among the reports
 * @param riseDay     the day 双上升 compares up to (--as-of, else asOfTo); null without reports
 * @param rise        the two periods compared, or null
 * @param regionTable where the region names come from
 */
public record Summary(long reports, long enterprises, long parks, long invalid, LocalDate asOfFrom, LocalDate asOfTo, LocalDate riseDay,
                      DoubleRise.Periods rise, String regionTable, List<SummaryTable> tables) {
    public static final int VERSION = 1;

    public SummaryTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    public static String riseSource(dev.safegrade.Language language) {
        return language == dev.safegrade.Language.EN ? DoubleRise.SOURCE_EN : DoubleRise.SOURCE_ZH;
    }
}
