package dev.safegrade.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code -o FILE} reports are written to. It is checked before anything is loaded or evaluated, so a mistyped
 * folder costs nothing, and a failure to open it is told in one line that names the path and what is wrong.
 */
final class OutputFile {
    private OutputFile() {
    }

    /** Tells on {@code err} why {@code file} cannot be written and returns false; true when it looks writable. */
    static boolean check(Path file, PrintStream err) {
        Path folder = file.getParent() != null ? file.getParent() : file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            return tell(err, file, "a folder, not a file", null);
        }
        if (folder != null && !Files.exists(folder)) {
            return tell(err, file, "the folder " + folder + " does not exist", "create it first: mkdir -p " + folder);
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return tell(err, file, folder + " is a file, not a folder", null);
        }
        if (Files.exists(file) ? !Files.isWritable(file) : folder != null && !Files.isWritable(folder)) {
            return tell(err, file, Files.exists(file) ? "the file is read-only" : "the folder " + folder + " is not writable", null);
        }
        return true;
    }

    /** Opens {@code file}, or tells on {@code err} why it cannot and returns null. */
    static OutputStream open(Path file, PrintStream err) {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            tell(err, file, reason(e), null);
            return null;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT); // "is a directory", "read-only file system", …
        }
        return "it cannot be written";
    }

    private static boolean tell(PrintStream err, Path file, String what, String hint) {
        err.println("error: -o " + file + ": " + what);
        if (hint != null) {
            err.println("hint: " + hint);
        }
        return false;
    }
}
