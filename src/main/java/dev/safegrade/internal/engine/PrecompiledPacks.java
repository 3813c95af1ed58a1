package dev.safegrade.internal.engine;

import dev.safegrade.internal.packs.Pack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;

/** Finds the executable model the build made of a pack ({@link Precompiler}), if it was made from the same content. */
final class PrecompiledPacks {
    static final String INDEX_DIR = "safegrade/precompiled";

    private PrecompiledPacks() {
    }

    /** The names of the pack's model classes; empty when the pack was not precompiled or has changed since. */
    static Optional<List<String>> modelClasses(Pack pack) {
        ClassLoader loader = PrecompiledPacks.class.getClassLoader();
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(INDEX_DIR + "/" + pack.id() + ".properties")) {
            if (in == null) {
                return Optional.empty();
            }
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!pack.digest().equals(index.getProperty("digest"))) {
            return Optional.empty(); // a rule author's edited copy: compile its DRL instead
        }
        return Optional.of(List.of(index.getProperty("models", "").split(",")).stream().map(String::trim).toList());
    }

    /** Loads and instantiates model classes: only when a subject first needs the pack, since it costs start-up time. */
    static List<Model> instantiate(String pack, List<String> classes, ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        for (String name : classes) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("precompiled model " + name + " of pack " + pack + " cannot be loaded", e);
            }
        }
        return models;
    }
}
