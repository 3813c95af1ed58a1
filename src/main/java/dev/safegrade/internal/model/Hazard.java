package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/** An entry of the hidden-danger register (隐患台账). */
@ClassReactive
public final class Hazard extends Element {
    private String id;
    private String description;
    private String grade;
    private String item;
    private LocalDate foundOn;
    private LocalDate deadline;
    private LocalDate rectifiedOn;

    public String getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public String getGrade() {
        return grade;
    }

    public String getItem() {
        return item;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getRectifiedOn() {
        return rectifiedOn;
    }

    /** In the register on {@code day} (found on or before it) and not yet rectified then. */
    public boolean recordedAndOpenOn(LocalDate day) {
        return foundOn != null && !foundOn.isAfter(day) && openOn(day);
    }

    /**
     * A 重大事故隐患 entry still open on {@code day} after its deadline (the deadline is the last day allowed). One
     * definition for the register's check and the 标准化 revocation trigger.
     */
    public boolean majorOverdueOn(LocalDate day) {
        return "major".equals(grade) && recordedAndOpenOn(day) && deadline != null && deadline.isBefore(day);
    }

    /** Still open on {@code day}: not rectified, or rectified only after it. */
    public boolean openOn(LocalDate day) {
        return rectifiedOn == null || rectifiedOn.isAfter(day);
    }
}
