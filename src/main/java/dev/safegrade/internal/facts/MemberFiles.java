package dev.safegrade.internal.facts;

import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.internal.files.ConfinedFile;
import dev.safegrade.internal.model.Park;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A park's member enterprises: the fact files {@code park.members[].facts} names, relative to the park file, each
 * read and checked. A problem in a member file is told at the park's pointer ({@code /park/members/2/facts}, with the
 * park file's line and column), its found naming the member file's own place of the problem, so that a reader of
 * the park file sees which entry leads to it.
 *
 * <p>A park file may come from anyone, and names files to read: each must lie in the park file's folder (or the wider
 * folder the user gives, {@code --members-root}), links followed, be a regular file of at most {@link #MAX_BYTES}, and
 * a problem in it is told by its place and what was expected there, never by what the file holds (a secret a park file
 * points at must not come back in an error message or an error record).
 */
public final class MemberFiles {
    static final String EXPECTED = "a readable, valid fact file of a member enterprise";
    /**
     * The largest member fact file read: 64 MiB. The largest real enterprise documents are a few MiB; the bound keeps a
     * park that names a huge or endless file (a log, {@code /dev/zero} through a link) from exhausting memory.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private MemberFiles() {
    }

    /**
     * @param dir     the park file's folder ({@code null} for the working directory)
     * @param ruleIds the rule ids a member may name ({@link RuleReferences}); {@code null} to leave that to evaluation
     * @throws InvalidFactsException naming every member file that is missing or invalid
     */
    public static List<ParsedFacts> read(ParsedFacts park, Path dir, Set<String> ruleIds) {
        return read(park, dir, null, ruleIds);
    }

    /**
     * @param dir     the park file's folder, which member paths are relative to ({@code null} for the working directory)
     * @param root    the folder every member file must lie in ({@code null}: {@code dir})
     * @param ruleIds the rule ids a member may name ({@link RuleReferences}); {@code null} to leave that to evaluation
     * @throws InvalidFactsException naming every member file that is missing, out of bounds or invalid
     */
    public static List<ParsedFacts> read(ParsedFacts park, Path dir, Path root, Set<String> ruleIds) {
        List<Park.Member> members = park.model().getPark() == null ? List.of() : park.model().getPark().getMembers();
        List<ParsedFacts> read = new ArrayList<>();
        ProblemCollector problems = new ProblemCollector(park.source(), park.bytes(), park.firstLine());
        Path bound = root != null ? root : dir;
        String inside = "a fact file inside " + (bound == null || bound.toString().isEmpty() ? "the working directory" : bound.toString());
        for (int i = 0; i < members.size(); i++) {
            String at = "/park/members/" + i + "/facts";
            String given = members.get(i).getFacts();
            String file = given;
            try {
                file = (dir == null ? Path.of(given) : dir.resolve(given)).toString();
            } catch (java.nio.file.InvalidPathException e) {
                // told by ConfinedFile below, by the path as given
            }
            try {
                byte[] bytes = ConfinedFile.read(dir, root, given, MAX_BYTES);
                ParsedFacts member = FactReader.read(bytes, file, 1);
                if (member.model().getEnterprise() == null) {
                    problems.add(at, EXPECTED, file + ": a park's fact file");
                    continue;
                }
                if (ruleIds != null) {
                    RuleReferences.check(member, ruleIds);
                }
                read.add(member);
            } catch (ConfinedFile.Refused e) {
                if (e.outside()) {
                    problems.add(at, inside, e.found());
                } else {
                    problems.add(at, EXPECTED, file + ": " + e.found());
                }
            } catch (InvalidFactsException e) {
                e.problems().forEach(p -> problems.add(at, EXPECTED, withoutContents(p, e.kind())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(InvalidFactsException.Kind.INVALID_MEMBER, problems.problems());
        }
        return List.copyOf(read);
    }

    /**
     * A member file's problem as the park's found. Until the file has shown itself a fact document (JSON, UTF-8, an
     * object with {@code "factsVersion": 1} and an enterprise or a park) it is told by its place and what was expected
     * there only: its found would quote whatever the park file pointed at (the first token of a key file). Past that,
     * a problem's found is a fact value of the member's own document, what its author needs to correct it.
     */
    private static String withoutContents(InputProblem p, InvalidFactsException.Kind kind) {
        boolean envelope = p.pointer() == null || p.pointer().isEmpty() || p.pointer().equals("/factsVersion");
        if (kind != InvalidFactsException.Kind.NOT_JSON && kind != InvalidFactsException.Kind.NOT_UTF8 && !envelope) {
            return p.describe();
        }
        StringBuilder b = new StringBuilder(p.source());
        if (p.line() > 0) {
            b.append(':').append(p.line());
            if (p.column() > 0) {
                b.append(':').append(p.column());
            }
        }
        b.append(": ");
        if (kind == InvalidFactsException.Kind.NOT_JSON) {
            return b.append("not valid JSON (expected ").append(p.expected()).append(")").toString();
        }
        if (kind == InvalidFactsException.Kind.NOT_UTF8) {
            return b.append("not UTF-8 text").toString();
        }
        if (p.pointer() != null) {
            b.append(p.pointer().isEmpty() ? "(document)" : p.pointer()).append(": ");
        }
        return b.append("expected ").append(p.expected()).toString();
    }
}
