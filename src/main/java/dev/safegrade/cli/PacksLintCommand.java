package dev.safegrade.cli;

import dev.safegrade.PackException;
import dev.safegrade.internal.lint.Lint;
import dev.safegrade.internal.lint.LintCheck;
import dev.safegrade.internal.lint.LintChecks;
import dev.safegrade.internal.lint.LintProblem;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safegrade packs lint [DIR]}: the policy every pack must meet. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check the packs against the pack policy (see --list): complete manifests, well-formed unique rule ids, zh and en "
                + "texts, citations that resolve, ordered dates, band tables without gap or overlap, golden cases both ways, DRL within "
                + "the allow-list, recorded versions.",
                "Each problem is one line on stderr: FILE:LINE: message [check]. Exit 0 when there is none, 2 otherwise."})
final class PacksLintCommand extends StreamCommand implements Callable<Integer> {
    @Mixin
    PackDir packDir = new PackDir();

    @Option(names = "--list", description = "List the checks with their ids and what each requires, and exit.")
    boolean list;

    @Override
    public Integer call() {
        if (list) {
            for (LintCheck c : LintChecks.ALL) {
                streams.out().println(String.format("%-22s %s", c.id(), c.description()));
            }
            return ExitCode.OK;
        }
        List<Path> folders;
        try {
            folders = packDir.folders();
        } catch (PackException e) {
            streams.err().println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        List<LintProblem> problems = Lint.run(folders, packDir.origin(), PackLoader.shipped());
        problems.forEach(p -> streams.err().println("error: " + p.describe()));
        for (Path folder : folders) {
            String name = String.valueOf(folder.getFileName()).replaceAll("/$", "");
            String inFolder = folder.toString() + folder.getFileSystem().getSeparator();
            long n = problems.stream().filter(p -> p.file().startsWith(inFolder)).count();
            streams.out().println(name + ": " + (n == 0 ? "ok (" + LintChecks.ALL.size() + " checks)" : n + " problem" + (n == 1 ? "" : "s")));
        }
        return problems.isEmpty() ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
