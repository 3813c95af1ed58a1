package dev.safegrade.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shipped output formats, by id. */
public final class ReportFormats {
    private static final Map<String, ReportFormat> ALL = new LinkedHashMap<>();

    static {
        for (ReportFormat f : List.of(new JsonFormat(), new TextFormat(), new MarkdownFormat(), new HtmlFormat(), new SarifFormat(),
                new JunitFormat())) {
            ALL.put(f.id(), f);
        }
    }

    private ReportFormats() {
    }

    /** Every format, in the order {@code --help} lists them. */
    public static List<ReportFormat> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<ReportFormat> byId(String id) {
        return Optional.ofNullable(ALL.get(id));
    }
}
