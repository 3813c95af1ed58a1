package dev.safegrade.format.html;

import dev.safegrade.FactDocument;
import dev.safegrade.Language;
import dev.safegrade.Report;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTML report: one self-contained page (inline CSS and SVG, no script, no external asset) from the template
 * {@code src/main/jte/page.jte}, compiled to Java in this package at build time with HTML escaping by context.
 * Reads only the public API.
 */
public final class HtmlPage {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlPage.class.getClassLoader(), HtmlPage.class.getPackageName());

    private HtmlPage() {
    }

    /**
     * One report and the fact document it was evaluated from, when known (for the map's rectangles).
     *
     * @param document empty: the map lists the risk points without drawing them
     */
    public record Input(Report report, Optional<FactDocument> document) {
        public Input {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(document, "document");
        }
    }

    /** Writes one page holding every report, in order, in {@code language}. */
    public static void write(Language language, List<Input> inputs, OutputStream out) throws IOException {
        Utf8ByteOutput html = new Utf8ByteOutput();
        ENGINE.render("page.jte", Page.of(language, inputs), html);
        html.writeTo(out);
    }
}
