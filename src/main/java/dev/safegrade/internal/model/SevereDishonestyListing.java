package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/** An actual listing as a 安全生产严重失信主体 (应急管理部令第11号), as the input carries it. */
@ClassReactive
public final class SevereDishonestyListing extends Element {
    private LocalDate listedOn;

    public LocalDate getListedOn() {
        return listedOn;
    }
}
