package dev.safegrade.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.Language;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shipped format renders every example (the park with its members) in both languages, and each output names
 * the subject: no format is left untried on an example. The formats' own tests check their content and schemas.
 */
class EveryFormatEveryExampleTest {
    @TestFactory
    Stream<DynamicTest> everyFormatRendersEveryExample() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path example : SarifFormatTest.examples()) {
            for (ReportFormat format : ReportFormats.all()) {
                for (Language lang : Language.values()) {
                    tests.add(DynamicTest.dynamicTest(format.id() + " " + lang + " " + example, () -> {
                        SarifFormatTest.Run run = SarifFormatTest.evaluate(lang, example);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        format.write(run.reports(), run.context(), out);
                        String text = out.toString(StandardCharsets.UTF_8);
                        assertThat(text).as(format.id()).contains(run.reports().get(0).subject().id());
                    }));
                }
            }
        }
        return tests.stream();
    }
}
