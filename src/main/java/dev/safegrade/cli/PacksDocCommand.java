package dev.safegrade.cli;

import dev.safegrade.PackException;
import dev.safegrade.internal.docs.RuleDocs;
import dev.safegrade.internal.packs.Pack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safegrade packs doc [DIR] --output docs/rules}: the rule reference pages. */
@Command(name = "doc", mixinStandardHelpOptions = true,
        description = {"Write one Markdown page per rule (what it checks, the facts it reads, citations with confidence, a firing and a "
                + "passing fact snippet from its golden cases), an index per pack, and for a folder of packs an index of packs.",
                "With --check, write nothing: exit 2 when the pages in --output differ from what the packs give (stale docs)."})
final class PacksDocCommand extends StreamCommand implements Callable<Integer> {
    @Mixin
    PackDir packDir = new PackDir();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Where the pages go, e.g. docs/rules.")
    Path output;

    @Option(names = "--check", description = "Compare the pages in --output with fresh ones instead of writing them.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        List<Pack> packs;
        try {
            packs = packDir.load();
        } catch (PackException e) {
            streams.err().println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        Map<String, String> pages = RuleDocs.generate(packs, !packDir.singlePack());
        if (!check) {
            RuleDocs.write(output, pages);
            streams.out().println("wrote " + pages.size() + " pages to " + output);
            return ExitCode.OK;
        }
        int stale = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = RuleDocs.pageFile(output, page.getKey());
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
                streams.err().println("error: " + file + ": stale or missing");
                stale++;
            }
        }
        if (stale > 0) {
            streams.err().println("error: " + stale + " page(s) out of date: run safegrade packs doc "
                    + (packDir.dir == null ? "rules" : packDir.dir) + " --output " + output);
            return ExitCode.INVALID_INPUT;
        }
        streams.out().println(pages.size() + " pages up to date in " + output);
        return ExitCode.OK;
    }
}
