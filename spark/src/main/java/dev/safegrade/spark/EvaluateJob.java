package dev.safegrade.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Evaluates fact documents on Spark with the same packs and the same output as {@code safegrade evaluate --batch}:
 * <ul>
 *   <li>{@code OUTPUT/reports/}: text, one line per input document, in input order: its compact report-v1 JSON, or
 *       the error record {@code evaluate --batch} writes in its place — for one NDJSON file, {@code cat part-*} is
 *       byte for byte what {@code evaluate --batch FILE} writes;</li>
 *   <li>{@code OUTPUT/findings/}: Parquet, one row per finding;</li>
 *   <li>{@code OUTPUT/grades/}: Parquet, one row per report (subject) with its grades flattened;</li>
 *   <li>{@code OUTPUT/errors/}: Parquet, one row per problem of each invalid document, with its place;</li>
 *   <li>{@code OUTPUT/summary/<table>/}: Parquet, the count tables of the province summary ({@code safegrade
 *       summarize}, summary-v1) computed from the findings and grades tables ({@link Summaries}).</li>
 * </ul>
 * Every document ends in the reports or the errors: the job reads back what it wrote and fails when the input count is
 * not reports + invalid documents.
 */
public final class EvaluateJob {
    private EvaluateJob() {
    }

    static final String USAGE = """
            usage: spark-submit --class dev.safegrade.spark.EvaluateJob safegrade-spark.jar
                     --input PATH [--input PATH ...] --output DIR
                     [--format ndjson|json|parquet] [--column NAME] [--partitions N]
                     [--as-of YYYY-MM-DD] [--profile ID] [--pack ID ...] [--packs DIR --trust-packs] [--strict]
              --input       a file or a folder of files (any Hadoop path: file:, hdfs:, s3a:, ...); repeatable
              --format      ndjson: one fact document per line (the default; what evaluate --batch reads);
                            json: one fact document per file; parquet: one per row, in the string column --column
              --column      the Parquet column holding the fact document's JSON (default: facts)
              --partitions  split NDJSON input into about N partitions at least (default: 2 per core of the application)
              --output      a folder that does not exist yet: reports/, findings/, grades/, errors/ and summary/ are
                            written in it
              --as-of, --profile, --pack, --packs, --trust-packs, --strict: as for safegrade evaluate (a pack folder's
                            rules run on every executor: --packs needs --trust-packs)
            """;

    /** What the job was asked to do. */
    public record Options(List<String> inputs, String format, String column, int partitions, String output, Engine engine) {
        public Options {
            inputs = List.copyOf(inputs);
        }

        /** Parses the command line; throws IllegalArgumentException telling what is wrong. */
        public static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
            List<String> packs = new ArrayList<>();
            String format = "ndjson";
            String column = "facts";
            String output = null;
            String profile = null;
            String packDir = null;
            LocalDate asOf = null;
            int partitions = 0;
            boolean strict = false;
            boolean trustPacks = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--strict")) {
                    strict = true;
                    continue;
                }
                if (a.equals("--trust-packs")) {
                    trustPacks = true;
                    continue;
                }
                if (!a.startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException(a.startsWith("--") ? a + ": a value is missing" : "unexpected argument " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--input" -> inputs.add(v);
                    case "--output" -> output = v;
                    case "--format" -> format = v.toLowerCase(Locale.ROOT);
                    case "--column" -> column = v;
                    case "--partitions" -> partitions = positive(a, v);
                    case "--as-of" -> asOf = date(v);
                    case "--profile" -> profile = v;
                    case "--pack" -> packs.add(v);
                    case "--packs" -> packDir = v;
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (packDir != null && !trustPacks) {
                throw new IllegalArgumentException("--packs " + packDir + ": a pack folder's rules run as code on every executor; give --trust-packs too");
            }
            if (inputs.isEmpty() || output == null) {
                throw new IllegalArgumentException("--input and --output are required");
            }
            if (!List.of("ndjson", "json", "parquet").contains(format)) {
                throw new IllegalArgumentException("--format: expected ndjson, json or parquet, found \"" + format + "\"");
            }
            return new Options(inputs, format, column, partitions, output, new Engine(asOf, profile, packs, packDir, strict));
        }

        private static int positive(String option, String v) {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            throw new IllegalArgumentException(option + ": expected a number ≥ 1, found \"" + v + "\"");
        }

        private static LocalDate date(String v) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--as-of: expected YYYY-MM-DD, found \"" + v + "\"");
            }
        }
    }

    /**
     * What the job read and wrote.
     *
     * @param input        documents read
     * @param reports      reports written (= rows of the grades table)
     * @param invalid      invalid documents (error records written; each has ≥ 1 row in the errors table)
     * @param findings     rows of the findings table
     * @param outputLines  lines written under reports/ (= input)
     */
    public record Counts(long input, long reports, long invalid, long findings, long outputLines) {
        public boolean addUp() {
            return input == reports + invalid && outputLines == input;
        }
    }

    /** Thrown when what was written does not account for every document read. */
    public static final class CountsDoNotAddUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CountsDoNotAddUp(Counts c) {
            super("documents lost: " + c.input() + " read, but " + c.reports() + " reports + " + c.invalid() + " invalid, "
                    + c.outputLines() + " lines written");
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("safegrade-evaluate").getOrCreate();
        try {
            Counts c = run(spark, options);
            print(System.out, c);
        } finally {
            spark.stop();
        }
    }

    static void print(PrintStream out, Counts c) {
        out.printf(Locale.ROOT, "safegrade-spark: %d documents read: %d reports, %d invalid; %d findings%n", c.input(), c.reports(),
                c.invalid(), c.findings());
    }

    /** Reads, evaluates, writes and checks; throws {@link CountsDoNotAddUp} when a document is unaccounted for. */
    public static Counts run(SparkSession spark, Options o) {
        JavaRDD<Doc> docs = read(spark, o);
        Engine engine = o.engine();
        JavaRDD<Row> rows = docs.mapPartitions(it -> Rows.evaluate(engine, it), true);
        // A report is 10–60 KiB of JSON: the cache's default column batches of 10,000 rows would hold up to 600 MB each.
        spark.conf().set("spark.sql.inMemoryColumnarStorage.batchSize", "256");
        Dataset<Row> evaluated = spark.createDataFrame(rows, Rows.EVALUATED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = o.output().endsWith("/") ? o.output() : o.output() + "/";
            // no shuffle anywhere: partitions keep input order, so part files in name order are the input's order
            evaluated.select("output").write().text(out + "reports");
            evaluated.select(explode(col("findings")).as("f")).select("f.*").write().parquet(out + "findings");
            evaluated.where(col("grade").isNotNull()).select("grade.*").write().parquet(out + "grades");
            evaluated.select(explode(col("errors")).as("e")).select("e.*").write().parquet(out + "errors");
            long input = docs.count(); // read again, apart from the evaluation
            Counts c = new Counts(input,
                    spark.read().parquet(out + "grades").count(),
                    spark.read().parquet(out + "errors").select("source", "line").distinct().count(),
                    spark.read().parquet(out + "findings").count(),
                    spark.read().text(out + "reports").count());
            if (!c.addUp()) {
                throw new CountsDoNotAddUp(c);
            }
            Summaries.write(spark, out);
            return c;
        } finally {
            evaluated.unpersist();
        }
    }

    /** The documents of every input, in input order. */
    static JavaRDD<Doc> read(SparkSession spark, Options o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<JavaRDD<Doc>> parts = new ArrayList<>();
        for (String input : o.inputs()) {
            parts.add(switch (o.format()) {
                case "json" -> jsonFiles(jsc, input);
                case "parquet" -> parquet(spark, input, o.column());
                default -> ndjson(jsc, input, o.partitions());
            });
        }
        JavaRDD<Doc> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    /**
     * NDJSON: every file's lines, numbered from 1 within the file, split on LF only with a CR before it dropped (as
     * {@code evaluate --batch} reads them; Hadoop's default would also split on a lone CR). A line's bytes are kept
     * as they are: a line that is not UTF-8 is told as such, as the CLI tells it.
     */
    static JavaRDD<Doc> ndjson(JavaSparkContext jsc, String input, int partitions) {
        List<JavaRDD<Doc>> files = new ArrayList<>();
        boolean folder = isDirectory(jsc.hadoopConfiguration(), input);
        for (FileStatus file : files(jsc.hadoopConfiguration(), input)) {
            String source = folder ? input.replaceAll("/+$", "") + "/" + file.getPath().getName() : input;
            Configuration conf = new Configuration(jsc.hadoopConfiguration());
            conf.set("textinputformat.record.delimiter", "\n");
            int want = partitions > 0 ? partitions : 2 * jsc.defaultParallelism();
            long maxSplit = Math.max(1L << 20, (file.getLen() + want - 1) / want);
            conf.setLong(FileInputFormat.SPLIT_MAXSIZE, Math.min(maxSplit, conf.getLong(FileInputFormat.SPLIT_MAXSIZE, Long.MAX_VALUE)));
            files.add(jsc.newAPIHadoopFile(file.getPath().toString(), TextInputFormat.class, LongWritable.class, Text.class, conf)
                    .map(kv -> withoutCarriageReturn(kv._2()))
                    .zipWithIndex()
                    .map(t -> new Doc(source, t._2() + 1, t._1())));
        }
        JavaRDD<Doc> all = files.isEmpty() ? jsc.emptyRDD() : files.get(0);
        for (int i = 1; i < files.size(); i++) {
            all = all.union(files.get(i));
        }
        return all;
    }

    /** JSON: each file one document, named as {@code evaluate FILE} names it. */
    static JavaRDD<Doc> jsonFiles(JavaSparkContext jsc, String input) {
        boolean folder = isDirectory(jsc.hadoopConfiguration(), input);
        String prefix = input.replaceAll("/+$", "") + "/";
        return jsc.binaryFiles(input).map(f -> new Doc(folder ? prefix + new Path(f._1()).getName() : input, 0, f._2().toArray()));
    }

    /** Parquet: the string column {@code column} of each row, numbered from 1 in the order Spark reads the rows. */
    static JavaRDD<Doc> parquet(SparkSession spark, String input, String column) {
        return spark.read().parquet(input).select(col(column)).javaRDD()
                .map(r -> r.isNullAt(0) ? new byte[0] : r.getString(0).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .zipWithIndex()
                .map(t -> new Doc(input, t._2() + 1, t._1()));
    }

    private static byte[] withoutCarriageReturn(Text t) {
        int n = t.getLength();
        if (n > 0 && t.getBytes()[n - 1] == '\r') {
            n--;
        }
        return Arrays.copyOf(t.getBytes(), n);
    }

    private static boolean isDirectory(Configuration conf, String input) {
        try {
            Path p = new Path(input);
            return p.getFileSystem(conf).getFileStatus(p).isDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
    }

    /** The file, or the files of the folder (not hidden ones such as _SUCCESS or .crc), in name order. */
    private static List<FileStatus> files(Configuration conf, String input) {
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(p);
            if (!status.isDirectory()) {
                return List.of(status);
            }
            return Arrays.stream(fs.listStatus(p))
                    .filter(s -> s.isFile() && !s.getPath().getName().startsWith("_") && !s.getPath().getName().startsWith("."))
                    .sorted((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
    }
}
