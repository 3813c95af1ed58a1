package dev.safegrade.cli;

import dev.safegrade.SafeGrade;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code safegrade}: evaluate fact files, validate them, work with packs, explain rules, print the schemas. */
@Command(name = "safegrade", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Evaluates Chinese enterprises and chemical parks against work-safety regulations with cited, versioned rule packs.",
        subcommands = {EvaluateCommand.class, ValidateCommand.class, SummarizeCommand.class, PacksCommand.class, ExplainCommand.class, SchemaCommand.class, DiffCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated; no finding at or above --fail-on", "1:unexpected internal error",
                "2:usage error or invalid input (that input was not evaluated)", "4:findings at or above --fail-on"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Prefetch.startFor(args);
        // Drools logs through slf4j-simple in the CLI; only warnings matter to a user, on stderr.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // A DRL compile error is told once, by safegrade, with pack, file and line; Drools would log it again.
        System.setProperty("org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl.KieProject", "off");
        // Compiling a pack folder to the executable model: its property-reactivity advice is not for users (facts are @ClassReactive).
        System.setProperty("org.slf4j.simpleLogger.log.org.drools.model.codegen", "error");
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, new Streams(System.in, out, err, Progress.stderrIsTerminal()));
        out.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code; the in-process entry point for tests. */
    static int run(String[] args, Streams streams) {
        CommandLine cli = new CommandLine(new Main(), new Factory(streams));
        cli.registerConverter(java.time.LocalDate.class, OptionValues.DATES);
        cli.registerConverter(Integer.class, OptionValues.WHOLE_NUMBERS);
        cli.registerConverter(int.class, OptionValues.WHOLE_NUMBERS);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(streams.err(), StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((e, badArgs) -> UsageErrors.tell(e, streams.err()));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            streams.err().println("safegrade: internal error: " + e);
            e.printStackTrace(streams.err());
            return ExitCode.INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        streams.out().flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"safegrade " + SafeGrade.version()};
        }
    }

    /** Hands every command the streams of this run. */
    private record Factory(Streams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (StreamCommand.class.isAssignableFrom(cls)) {
                K k = CommandLine.defaultFactory().create(cls);
                ((StreamCommand) k).streams = streams;
                return k;
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
