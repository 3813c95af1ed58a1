package dev.safegrade.internal.packs;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A check the loader makes of every pack loaded from a folder to be run (the shipped packs passed them in the build):
 * found with ServiceLoader, so that the loader need not depend on where the checks live (internal.lint's table checks,
 * {@code TablesAtLoad}).
 */
public interface FolderPackCheck {
    /** @throws dev.safegrade.PackException naming the pack, the file and the line of the first problem */
    void check(Pack pack);

    /** Every registered check. */
    static List<FolderPackCheck> all() {
        return Holder.ALL;
    }

    /** Loaded once. */
    final class Holder {
        static final List<FolderPackCheck> ALL = ServiceLoader.load(FolderPackCheck.class, FolderPackCheck.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();

        private Holder() {
        }
    }
}
