package dev.safegrade.internal.facts;

import dev.safegrade.InvalidFactsException;
import dev.safegrade.internal.model.Park;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A park's member enterprises: the fact files {@code park.members[].facts} names, relative to the park file, each
 * read and checked. A problem in a member file is told at the park's pointer ({@code /park/members/2/facts}, with the
 * park file's line and column), its found naming the member file's own place of the problem, so that a reader of
 * the park file sees which entry leads to it.
 */
public final class MemberFiles {
    static final String EXPECTED = "a readable, valid fact file of a member enterprise";

    private MemberFiles() {
    }

    /**
     * @param dir     the park file's folder ({@code null} for the working directory)
     * @param ruleIds the rule ids a member may name ({@link RuleReferences}); {@code null} to leave that to evaluation
     * @throws InvalidFactsException naming every member file that is missing or invalid
     */
    public static List<ParsedFacts> read(ParsedFacts park, Path dir, Set<String> ruleIds) {
        List<Park.Member> members = park.model().getPark() == null ? List.of() : park.model().getPark().getMembers();
        List<ParsedFacts> read = new ArrayList<>();
        ProblemCollector problems = new ProblemCollector(park.source(), park.bytes(), park.firstLine());
        for (int i = 0; i < members.size(); i++) {
            String at = "/park/members/" + i + "/facts";
            Path file = dir == null ? Path.of(members.get(i).getFacts()) : dir.resolve(members.get(i).getFacts());
            try {
                ParsedFacts member = FactReader.read(Files.readAllBytes(file), file.toString(), 1);
                if (member.model().getEnterprise() == null) {
                    problems.add(at, EXPECTED, file + ": a park's fact file");
                    continue;
                }
                if (ruleIds != null) {
                    RuleReferences.check(member, ruleIds);
                }
                read.add(member);
            } catch (NoSuchFileException e) {
                problems.add(at, EXPECTED, file + ": no such file");
            } catch (IOException e) {
                problems.add(at, EXPECTED, file + ": " + (Files.isDirectory(file) ? "a folder, not a file" : e.getClass().getSimpleName() + " " + e.getMessage()));
            } catch (InvalidFactsException e) {
                e.problems().forEach(p -> problems.add(at, EXPECTED, p.describe()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(InvalidFactsException.Kind.INVALID_MEMBER, problems.problems());
        }
        return List.copyOf(read);
    }
}
