package dev.safegrade;

import java.util.ServiceLoader;

/** The library's {@link ReportRenderer}, loaded once on first use: the provider in the library's own packages. */
final class Renderers {
    static final ReportRenderer LIBRARY = ServiceLoader.load(ReportRenderer.class, ReportRenderer.class.getClassLoader()).stream()
            .filter(p -> p.type().getName().startsWith("dev.safegrade.internal."))
            .findFirst().map(ServiceLoader.Provider::get)
            .orElseThrow(() -> new IllegalStateException("no report renderer on the class path (META-INF/services/"
                    + ReportRenderer.class.getName() + ")"));

    private Renderers() {
    }
}
