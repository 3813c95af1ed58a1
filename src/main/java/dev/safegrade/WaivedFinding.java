package dev.safegrade;

import java.util.Objects;

/** A finding a waiver accepted on {@code asOf}: reported under {@code waived}, not among the findings. */
public record WaivedFinding(Finding finding, Waiver waiver) {
    public WaivedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(waiver, "waiver");
    }
}
