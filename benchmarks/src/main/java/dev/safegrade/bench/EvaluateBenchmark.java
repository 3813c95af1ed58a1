package dev.safegrade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safegrade.FactDocument;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation of a typical hazardous-chemicals enterprise (all packs), parsing included or not, against the
 * plain-Java baseline; and a batch of 1,000 generated documents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {
    private SafeGrade allPacks;
    private SafeGrade subset;
    private String typicalJson;
    private FactDocument typical;
    private JsonNode typicalTree;
    private List<String> batch;
    private final ObjectMapper mapper = new ObjectMapper();
    /** The generator's mix: {@code generic} or {@code province} (the default; {@code -p mix=generic} for the first generator). */
    @Param({"province"})
    public String mix;

    @Setup
    public void setUp() throws IOException {
        allPacks = SafeGrade.builder().build();
        subset = SafeGrade.builder().packs("accident-grading", "major-hazard-chem").build();
        FactGenerator generator = new FactGenerator(1);
        String found = null;
        for (long i = 0; found == null; i++) { // the first hazardous-chemicals producer: units, substances, people, points
            JsonNode doc = generator.next(i);
            if ("hazardous-chemicals".equals(doc.path("enterprise").path("industry").asText())) {
                found = doc.toString();
            }
        }
        typicalJson = found;
        typical = FactDocument.parse(typicalJson, "typical");
        typicalTree = mapper.readTree(typicalJson);
        StringWriter w = new StringWriter();
        (mix.equals("province") ? new ProvinceGenerator(42, LocalDate.of(2026, 11, 30)) : new FactGenerator(42)).write(1000, w);
        batch = w.toString().lines().toList();
    }

    @Benchmark
    public Report evaluateTypicalAllPacks() {
        return allPacks.evaluate(typical);
    }

    @Benchmark
    public Report parseAndEvaluateTypicalAllPacks() {
        return allPacks.evaluate(FactDocument.parse(typicalJson, "typical"));
    }

    @Benchmark
    public FactDocument parseAndValidateTypical() {
        return FactDocument.parse(typicalJson, "typical");
    }

    @Benchmark
    public Report evaluateTypicalSubset() {
        return subset.evaluate(typical);
    }

    @Benchmark
    public List<PlainJavaBaseline.Hit> baselineTypicalSubset() {
        return PlainJavaBaseline.evaluate(typicalTree);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int batchOf1000AllPacks() {
        int findings = 0;
        for (String line : batch) {
            findings += allPacks.evaluate(FactDocument.parse(line, "b")).findings().size();
        }
        return findings;
    }
}
