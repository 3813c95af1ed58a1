package dev.safegrade.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The shipped JSON Schemas (draft 2020-12), loaded once; validation is thread-safe. */
public final class FactsSchema {
    public static final String FACTS_RESOURCE = "safegrade/schema/facts-v1.schema.json";
    public static final String REPORT_RESOURCE = "safegrade/schema/report-v1.schema.json";
    /** The schema of a rule pack's manifest ({@code pack.json}); see {@code internal.packs.PackSchema}. */
    public static final String PACK_RESOURCE = "safegrade/schema/pack.schema.json";
    /** The {@code $id} prefix of the shipped schemas: a {@code $ref} from one to another resolves inside the jar, never online. */
    private static final String ID_PREFIX = "https://safegrade.dev/schema/";

    private static final class Holder {
        static final Schema FACTS = load(FACTS_RESOURCE);
    }

    private FactsSchema() {
    }

    static List<Error> validate(JsonNode document) {
        return Holder.FACTS.validate(document);
    }

    /** The text of a shipped schema, for {@code safegrade schema}. */
    public static String text(String resource) {
        try (InputStream in = resourceStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles a shipped schema (draft 2020-12 and facts-v1's annotation keywords); its {@code $ref}s to the others resolve in the jar. */
    public static Schema load(String resource) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                // Dates are checked strictly (shape by pattern, existence by SemanticChecks); a format assertion would
                // only repeat the same problem.
                .formatAssertionsEnabled(false)
                .locale(Locale.ENGLISH)
                .build();
        // draft 2020-12 and the schema's own annotations (the Chinese words of FactVocabulary), which validate nothing
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new NonValidationKeyword(FactVocabulary.TITLE_ZH))
                .keyword(new NonValidationKeyword(FactVocabulary.ENUM_ZH))
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, b -> b.schemaRegistryConfig(config)
                .schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:safegrade/schema/")));
        try (InputStream in = resourceStream(resource)) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resourceStream(String resource) {
        InputStream in = FactsSchema.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the jar lacks " + resource);
        }
        return in;
    }
}
