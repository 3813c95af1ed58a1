import dev.safegrade.Finding;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.Severity;
import java.nio.file.Path;

/**
 * Embedding SafeGrade: build once (the rules compile once and are shared), evaluate many documents from any
 * number of threads, read the report as objects or as report-v1 JSON.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        SafeGrade safeGrade = SafeGrade.builder()
                .profile("national")        // optional: overrides each document's profile
                .build();                   // all shipped packs; .packs("accident-grading") picks some

        Path file = Path.of(args.length > 0 ? args[0] : "examples/hazchem-producer.json");
        try {
            Report report = safeGrade.evaluate(file);
            System.out.println(report.subject().name() + " as of " + report.asOf() + ": " + report.findings().size() + " findings");
            for (Finding f : report.findings()) {
                if (f.severity().atLeast(Severity.INFO)) {
                    System.out.println("  " + f.severity().id() + " " + f.ruleId() + " " + f.path() + " — " + f.message().en()
                            + " [" + f.citations().get(0).docNumber() + " " + f.citations().get(0).clause() + "]");
                }
            }
            report.grade("accidents").ifPresent(g -> System.out.println("  accidents: " + g));
            String json = report.toJson(); // exactly report-v1
            System.out.println("  report-v1 JSON: " + json.length() + " characters");
        } catch (InvalidFactsException e) {
            // kind(): which step refused it (UNREADABLE, NOT_UTF8, NOT_JSON, NOT_FACTS_V1, …); each problem has the file,
            // line/column, JSON Pointer, and what was expected and found.
            System.err.println("not evaluated (" + e.kind() + "):");
            e.problems().forEach(p -> System.err.println(p.describe()));
        }
    }
}
