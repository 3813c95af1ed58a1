package dev.safegrade.internal.lint;

import dev.safegrade.PackException;
import dev.safegrade.internal.engine.CompiledPacks;
import java.util.List;

/**
 * The pack compiles on its own: its DRL declares the pack's package and builds against the fact model and its
 * tables, and every DRL rule named like an id is described in pack.json (helper rules have lower-case names).
 * Drools' first error is told with its file and line.
 */
final class DrlCompiles extends PackCheck {
    @Override
    public String id() {
        return "drl-compiles";
    }

    @Override
    public String description() {
        return "the DRL declares package safegrade.<pack_id>, compiles, and every upper-case DRL rule name is described in pack.json";
    }

    @Override
    void check(LintTarget t, Problems p) {
        if (t.pack() == null) {
            return; // manifest-complete tells why it does not load
        }
        try {
            CompiledPacks.of(List.of(t.pack()));
        } catch (PackException e) {
            if (e.getMessage().contains("which rules may not use")) {
                return; // compiled-code tells each refused reference
            }
            p.inFile(t, e.file(), e.line(), e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
    }
}
