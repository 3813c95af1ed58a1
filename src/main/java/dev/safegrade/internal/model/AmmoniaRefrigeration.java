package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;

/** A unit cooled by ammonia refrigeration (液氨制冷), with its quick-freezing equipment if any. */
@ClassReactive
public final class AmmoniaRefrigeration extends Element {
    private String roomUse;
    private Boolean directEvaporationCooling;
    private QuickFreezer quickFreezer;

    @Override
    void locateChildren() {
        if (quickFreezer != null) {
            quickFreezer.locate(getPath() + "/quickFreezer", -1);
        }
    }

    public String getRoomUse() { return roomUse; }
    public Boolean getDirectEvaporationCooling() { return directEvaporationCooling; }
    public QuickFreezer getQuickFreezer() { return quickFreezer; }

    /** Quick-freezing equipment (速冻设备) in the unit. */
    @ClassReactive
    public static final class QuickFreezer extends Element {
        private Boolean separateRoom;
        private Integer workersInRoom;
        public Boolean getSeparateRoom() { return separateRoom; }
        public Integer getWorkersInRoom() { return workersInRoom; }
    }
}
