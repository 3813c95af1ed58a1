package dev.safegrade.internal.lint;

import dev.safegrade.PackException;
import dev.safegrade.internal.engine.CompiledPacks;

/**
 * The pack's rules compiled to the executable model reference only what the allow-list allows: the check the loader
 * makes of every pack folder before running it (CodeCheck: bytecode, not text), each refused reference told with its
 * file, line and rule. drl-allow-list reads the text; this reads what the text compiles to.
 */
final class CompiledCode extends PackCheck {
    @Override
    public String id() {
        return "compiled-code";
    }

    @Override
    public String description() {
        return "the compiled rules (bytecode of the executable model) reference only the allow-list the loader enforces: no file, network, "
                + "process, reflection, class loading, thread, clock or randomness";
    }

    @Override
    void check(LintTarget t, Problems p) {
        if (t.pack() == null) {
            return; // manifest-complete tells why it does not load
        }
        try {
            CompiledPacks.codeProblems(t.pack()).forEach(c -> p.inFile(t, c.file(), c.line(), c.message()));
        } catch (PackException e) {
            // drl-compiles tells why the DRL does not compile
        }
    }
}
