package dev.safegrade;

import java.util.Objects;
import java.util.Optional;

/**
 * An element of a fact document that the four-colour map (红橙黄蓝四色安全风险空间分布图) can draw: today the
 * enterprise's risk points, whose {@code map} rectangle places them on the plant plan. The colour is not here (it is
 * a conclusion, {@link Report#riskPoints()}); this is the fact of where the element is.
 *
 * @param kind what it is: {@code riskPoint} (the only kind facts-v1 places on the plan)
 * @param id   its id in the document
 * @param name its name; the id when the document gives none
 * @param unit the id of the unit it belongs to, when given
 * @param rect where it is on the plan; empty when the document gives no {@code map}
 */
public record MapShape(String kind, String id, String name, Optional<String> unit, Optional<Rect> rect) {
    public MapShape {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rect, "rect");
    }

    /** A rectangle in plant-plan coordinates: left, top (y grows downwards), width and height. */
    public record Rect(double x, double y, double width, double height) {
    }
}
