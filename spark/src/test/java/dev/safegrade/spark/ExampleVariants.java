package dev.safegrade.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * NDJSON for the tests: the shipped example enterprises (examples/*.json and the lines of examples/batch-small.ndjson)
 * varied (a new 统一社会信用代码 with a valid check digit, region, name, headcount), with invalid lines at known places.
 */
public final class ExampleVariants {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String[] REGIONS = {"610102", "610116", "610117", "610526", "610402", "610302", "610881", "430181", "320506", "370883"};

    /** The bytes of the batch, and the numbers (from 1) of the lines that are not valid fact documents. */
    public record Batch(byte[] ndjson, TreeSet<Integer> invalidLines, int lines) {
    }

    private ExampleVariants() {
    }

    /** {@code lines} lines; about every 700th is invalid in one of six ways, and every 500th ends in CR LF. */
    public static Batch generate(Path examples, int lines, long seed) {
        List<ObjectNode> templates = templates(examples);
        SplittableRandom random = new SplittableRandom(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeSet<Integer> invalid = new TreeSet<>();
        for (int n = 1; n <= lines; n++) {
            ObjectNode doc = templates.get(random.nextInt(templates.size())).deepCopy();
            ObjectNode e = (ObjectNode) doc.get("enterprise");
            String region = REGIONS[random.nextInt(REGIONS.length)];
            e.put("id", uscc(region, random)).put("region", region).put("name", e.get("name").asText() + "（" + n + "）");
            if (e.has("employees")) {
                e.put("employees", 3 + random.nextInt(2000));
            }
            byte[] line = bytes(doc);
            if (n % 700 == 0) {
                invalid.add(n);
                switch ((n / 700) % 6) {
                    case 0 -> line = "{\"factsVersion\":1,\"enterprise\":{\"id\":".getBytes(StandardCharsets.UTF_8); // cut short
                    case 1 -> line = new byte[0]; // an empty line
                    case 2 -> line = new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'}; // not UTF-8
                    case 3 -> {
                        String id = e.get("id").asText(); // a wrong check digit
                        char last = id.charAt(17);
                        e.put("id", id.substring(0, 17) + USCC.charAt((USCC.indexOf(last) + 1) % USCC.length()));
                        line = bytes(doc);
                    }
                    case 4 -> {
                        e.put("employees", "many"); // against the schema
                        line = bytes(doc);
                    }
                    default -> line = "[1,2,3]".getBytes(StandardCharsets.UTF_8); // not an object
                }
            }
            out.writeBytes(line);
            if (n % 500 == 0) {
                out.write('\r');
            }
            out.write('\n');
        }
        return new Batch(out.toByteArray(), invalid, lines);
    }

    private static List<ObjectNode> templates(Path examples) {
        try {
            List<ObjectNode> t = new ArrayList<>();
            for (String name : List.of("hazchem-producer.json", "industrial-trade.json", "metal-smelter.json", "fireworks-producer.json")) {
                t.add((ObjectNode) JSON.readTree(examples.resolve(name).toFile()));
            }
            for (String line : Files.readAllLines(examples.resolve("batch-small.ndjson"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    t.add((ObjectNode) JSON.readTree(line));
                }
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode doc) {
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A 统一社会信用代码 (GB 32100-2015) of an enterprise registered in {@code region}, with its check digit. */
    static String uscc(String region, SplittableRandom random) {
        StringBuilder b = new StringBuilder("91").append(region);
        for (int k = 0; k < 9; k++) {
            b.append(USCC.charAt(random.nextInt(USCC.length())));
        }
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += USCC.indexOf(b.charAt(k)) * WEIGHTS[k];
        }
        int check = 31 - sum % 31;
        return b.append(USCC.charAt(check == 31 ? 0 : check)).toString();
    }
}
