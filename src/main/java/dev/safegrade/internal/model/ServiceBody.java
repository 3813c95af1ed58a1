package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;

/** A 安全评价、认证、检测、检验 body (技术服务机构): the facts of 应急管理部令第11号's listing situation on such bodies. */
@ClassReactive
public final class ServiceBody extends Element {
    private Boolean qualificationLent;
    private Boolean falseReportIssued;

    public Boolean getQualificationLent() {
        return qualificationLent;
    }

    public Boolean getFalseReportIssued() {
        return falseReportIssued;
    }
}
