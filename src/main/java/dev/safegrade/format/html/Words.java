package dev.safegrade.format.html;

import dev.safegrade.Language;
import java.util.Map;

/** The page's own words in Chinese and English. */
final class Words {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("enterprise", new String[] {"企业", "Enterprise"}),
            Map.entry("park", new String[] {"化工园区", "Chemical park"}),
            Map.entry("report", new String[] {"安全生产评估报告", "Work-safety assessment report"}),
            Map.entry("id", new String[] {"统一社会信用代码 / 编号", "Id"}),
            Map.entry("asOf", new String[] {"评估日期", "As of"}),
            Map.entry("profile", new String[] {"配置", "Profile"}),
            Map.entry("packs", new String[] {"规则包", "Rule packs"}),
            Map.entry("input", new String[] {"输入", "Input"}),
            Map.entry("overall", new String[] {"企业风险等级", "Overall risk colour"}),
            Map.entry("grades", new String[] {"等级", "Grades"}),
            Map.entry("findings", new String[] {"发现", "Findings"}),
            Map.entry("none", new String[] {"无。", "None."}),
            Map.entry("unconfirmedNote", new String[] {"条发现所依据的法规文本未经证实（标为“未经证实”），请核对原文后再采信。",
                    " finding(s) rest on regulation text not confirmed (marked UNCONFIRMED): check the source before relying on them."}),
            Map.entry("severity", new String[] {"严重度", "Severity"}),
            Map.entry("colour", new String[] {"颜色", "Colour"}),
            Map.entry("rule", new String[] {"规则", "Rule"}),
            Map.entry("path", new String[] {"位置", "Path"}),
            Map.entry("evidence", new String[] {"证据", "Evidence"}),
            Map.entry("citation", new String[] {"依据", "Citation"}),
            Map.entry("notEvaluated", new String[] {"未能评估（缺少事实）", "Not evaluated (facts missing)"}),
            Map.entry("waived", new String[] {"已豁免", "Waived"}),
            Map.entry("waiverNotices", new String[] {"未起作用的豁免", "Waivers that waived nothing"}),
            Map.entry("waiver", new String[] {"豁免（批准人 · 文号 · 有效期 · 理由）", "Waiver (approved by · document · valid · why)"}),
            Map.entry("message", new String[] {"说明", "Message"}),
            Map.entry("status", new String[] {"状态", "Status"}),
            Map.entry("missing", new String[] {"缺少", "Missing"}),
            Map.entry("notInForce", new String[] {"评估日期时尚未施行或已废止的规则", "Rules not in force on the as-of date"}),
            Map.entry("inForce", new String[] {"施行期间", "In force"}),
            Map.entry("note", new String[] {"说明", "Note"}),
            Map.entry("pack", new String[] {"规则包", "Pack"}),
            Map.entry("majorRiskList", new String[] {"重大风险清单", "Major risk list (重大风险清单)"}),
            Map.entry("riskPoint", new String[] {"风险点", "Risk point"}),
            Map.entry("name", new String[] {"名称", "Name"}),
            Map.entry("unit", new String[] {"单元", "Unit"}),
            Map.entry("level", new String[] {"风险等级", "Risk level"}),
            Map.entry("map", new String[] {"红橙黄蓝四色安全风险空间分布图", "Four-colour risk map (红橙黄蓝四色安全风险空间分布图)"}),
            Map.entry("mapTitle", new String[] {"四色安全风险空间分布图：风险点按其颜色绘制", "Four-colour risk map: risk points drawn in their colours"}),
            Map.entry("legend", new String[] {"图例", "Legend"}),
            Map.entry("onMap", new String[] {"图上风险点", "Risk points on the map"}),
            Map.entry("unplaced", new String[] {"无平面图坐标的风险点", "Risk points without map coordinates"}),
            Map.entry("noPositions", new String[] {"未提供事实文件，风险点位置未知，未绘制分布图。",
                    "The fact document was not given: positions unknown, no map drawn."}),
            Map.entry("noneWithPositions", new String[] {"事实文件中没有风险点给出平面图坐标（map），未绘制分布图。",
                    "No risk point in the fact document has map coordinates: no map drawn."}),
            Map.entry("members", new String[] {"园区企业风险等级", "Member enterprises' risk colours"}),
            Map.entry("undetermined", new String[] {"未定", "undetermined"}),
            Map.entry("sev.critical", new String[] {"严重", "critical"}),
            Map.entry("sev.high", new String[] {"高", "high"}),
            Map.entry("sev.medium", new String[] {"中", "medium"}),
            Map.entry("sev.low", new String[] {"低", "low"}),
            Map.entry("sev.info", new String[] {"提示", "info"}),
            Map.entry("conf.confirmed", new String[] {"已确认", "confirmed"}),
            Map.entry("conf.secondary", new String[] {"二手来源", "secondary"}),
            Map.entry("conf.unconfirmed", new String[] {"未经证实", "UNCONFIRMED"}),
            Map.entry("generated", new String[] {"由 SafeGrade 生成", "Made by SafeGrade"}));

    private Words() {
    }

    static String get(String key, Language lang) {
        String[] w = WORDS.get(key);
        if (w == null) {
            throw new IllegalArgumentException("no word for " + key);
        }
        return w[lang == Language.EN ? 1 : 0];
    }
}
