package dev.safegrade.internal.diff;

import dev.safegrade.Text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of the text and Markdown diffs in zh or en: headings, and one sentence per reason. Every value that
 * comes from a report goes through {@link #safe}: a name may hold ESC, CR or LF, which must not reach a terminal.
 */
final class Wording {
    final boolean zh;

    Wording(boolean zh) {
        this.zh = zh;
    }

    String w(String zhText, String enText) {
        return zh ? zhText : enText;
    }

    String heading(Changes.Kind kind) {
        return switch (kind) {
            case OPENED -> w("新增", "Opened");
            case CLOSED -> w("消除", "Closed");
            case CHANGED -> w("变化", "Changed");
        };
    }

    String status(Changes.SubjectDiff s) {
        return switch (s.status()) {
            case MATCHED -> "";
            case NEW -> w("新主体（仅在新报告中）", "new subject (only in NEW)");
            case GONE -> w("已不在新报告中（旧报告有 " + s.before().findings().size() + " 项发现）",
                    "gone (only in OLD, which had " + s.before().findings().size() + " findings)");
        };
    }

    String closing(Changes.FindingChange c) {
        if (c.kind() != Changes.Kind.CLOSED) {
            return "";
        }
        return c.cleared() ? w("已销号", "cleared") : w("消除但未销号（非因事实变化）", "closed, not cleared (no fact changed)");
    }

    String reason(Reason r) {
        if (r instanceof Reason.Packs p) {
            String packs = p.packs().stream().map(this::pack).collect(Collectors.joining("; "));
            return w("规则包：", "packs: ") + packs + (p.ruleId() != null ? w("，规则 ", ", rule ") + safe(p.ruleId()) : "");
        }
        if (r instanceof Reason.Facts f) {
            String list = pointers(f.pointers(), f.more());
            return switch (f.scope()) {
                case "path" -> w("事实：变更于 ", "facts: changed at ") + list;
                case "elsewhere" -> w("事实：在他处变更 ", "facts changed elsewhere: ") + list;
                case "document" -> w("事实：变更 ", "facts changed: ") + list;
                default -> w("事实：输入摘要不同；无法读取事实文件以列出变更的指针",
                        "facts: input digest differs; fact documents not available to name the pointers");
            };
        }
        if (r instanceof Reason.AsOf a) {
            return w("评估日期：", "asOf: ") + safe(a.before()) + " → " + safe(a.after())
                    + w("（仅日期变动：期限或有效期已过）", " (only the date moved: a deadline or a validity passed)");
        }
        return w("无法解释：两份报告的规则包、事实与日期均相同（不应发生）", "unexplained: packs, facts and asOf are the same in both reports (this should not happen)");
    }

    private String pack(Reason.PackChange c) {
        String id = safe(c.id());
        if (c.before() == null) {
            return id + w(" 新增 ", " added ") + version(c.after());
        }
        if (c.after() == null) {
            return id + w(" 移除（原 ", " removed (was ") + version(c.before()) + w("）", ")");
        }
        return id + " " + version(c.before()) + " → " + version(c.after());
    }

    private static String version(ReportSummary.PackRef p) {
        return safe(p.version()) + " (" + shortDigest(p.digest()) + ")";
    }

    /** sha256: and 12 hex digits: enough to tell two digests apart by eye; the JSON has them whole. */
    static String shortDigest(String digest) {
        if (digest == null) {
            return "-";
        }
        return safe(digest.length() > 19 ? digest.substring(0, 19) + "…" : digest);
    }

    private String pointers(List<String> pointers, int more) {
        String list = pointers.stream().map(Wording::safe).collect(Collectors.joining(", "));
        return more > 0 ? list + w("（另有 " + more + " 处）", " (+" + more + " more)") : list;
    }

    /** Control characters and bidi controls shown as {@code \}{@code uXXXX}, never passed on (Text.visible); null as "-". */
    static String safe(String s) {
        return s == null ? "-" : Text.visible(s);
    }
}
