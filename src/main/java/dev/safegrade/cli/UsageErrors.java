package dev.safegrade.cli;

import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, told in one line (what is wrong, with the option or command it concerns) and
 * a hint line: picocli's suggestion for a misspelt command or option, else where the help is.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static int tell(ParameterException e, java.io.PrintStream err) {
        String help = "see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'";
        List<String> suggestions = List.of();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            suggestions = u.getSuggestions();
            String first = u.getUnmatched().get(0);
            if (u.isUnknownOption()) {
                message = "unknown option '" + first + "'";
            } else if (!u.getCommandLine().getCommandSpec().subcommands().isEmpty() && u.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
                message = "unknown command '" + first + "'";
            }
        } else if (e.getArgSpec() != null && e.getCause() != null) {
            // A value the option's converter refused: its own words, without picocli's "Invalid value for option" frame
            // or, for a converter that threw something else, the exception's class name.
            message = name(e.getArgSpec()) + ": " + (e.getCause() instanceof TypeConversionException t ? t.getMessage()
                    : "the value \"" + e.getValue() + "\" is not valid here");
        }
        err.println("error: " + message);
        err.println("hint: " + (suggestions.isEmpty() ? help
                : "did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList()) + "? (" + help + ")"));
        return ExitCode.INVALID_INPUT;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
