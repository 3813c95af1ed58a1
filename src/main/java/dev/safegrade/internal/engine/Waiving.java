package dev.safegrade.internal.engine;

import dev.safegrade.Finding;
import dev.safegrade.Report;
import dev.safegrade.WaivedFinding;
import dev.safegrade.Waiver;
import dev.safegrade.WaiverNotice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies waivers to a report: a finding that a waiver for its subject covers and that is in force on {@code asOf}
 * moves to {@code waived} with the waiver; a waiver for the subject that waived nothing is a notice (expired, not yet
 * valid, or unmatched). Waivers of other subjects are not this report's business.
 */
public final class Waiving {
    private Waiving() {
    }

    public static Report apply(Report r, List<Waiver> waivers) {
        String subject = r.subject().id();
        List<Waiver> mine = waivers.stream().filter(w -> w.subject().equals(subject)).toList();
        if (mine.isEmpty()) {
            return r;
        }
        List<Finding> kept = new ArrayList<>();
        List<WaivedFinding> waived = new ArrayList<>(r.waived());
        Set<Waiver> used = new HashSet<>();
        for (Finding f : r.findings()) {
            Waiver w = mine.stream().filter(x -> x.inForceOn(r.asOf()) && x.covers(subject, f)).findFirst().orElse(null);
            if (w == null) {
                kept.add(f);
            } else {
                waived.add(new WaivedFinding(f, w));
                used.add(w);
            }
        }
        List<WaiverNotice> notices = new ArrayList<>(r.waiverNotices());
        for (Waiver w : mine) {
            if (r.asOf().isAfter(w.validUntil())) {
                notices.add(new WaiverNotice(WaiverNotice.Status.EXPIRED, w));
            } else if (r.asOf().isBefore(w.validFrom())) {
                notices.add(new WaiverNotice(WaiverNotice.Status.NOT_YET_VALID, w));
            } else if (!used.contains(w)) {
                notices.add(new WaiverNotice(WaiverNotice.Status.UNMATCHED, w));
            }
        }
        return new Report(r.toolVersion(), r.subject(), r.asOf(), r.profile(), r.packs(), r.input(), r.grades(), kept, waived,
                r.notEvaluated(), r.notInForce(), notices);
    }
}
