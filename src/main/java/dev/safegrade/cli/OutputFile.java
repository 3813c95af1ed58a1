package dev.safegrade.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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

    /** What writes an output's bytes. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Tells on {@code err} and returns false when {@code file} is one of the input files: writing it would destroy
     * the input before it is read.
     */
    static boolean notAnInput(Path file, List<String> inputs, PrintStream err) {
        for (String input : inputs) {
            if (input.equals("-")) {
                continue;
            }
            Path in = Path.of(input);
            try {
                if (file.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())
                        || Files.exists(file) && Files.exists(in) && Files.isSameFile(file, in)) {
                    return tell(err, file, "it is one of the inputs (" + input + ")", "write the reports to another file");
                }
            } catch (IOException e) {
                // cannot tell; the write itself will say what is wrong
            }
        }
        return true;
    }

    /**
     * Writes {@code file} whole or not at all: into a temporary file beside it, moved into place once complete (a file
     * that exists and is not a regular file, such as a device or a pipe, is written in place instead). A
     * failure (a full disk, a closed folder) is told on {@code err} in one line naming the path, the temporary file is
     * removed, and an existing {@code file} is left as it was.
     */
    static boolean write(Path file, Body body, PrintStream err) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return writeInPlace(file, body, err); // a device or a pipe (/dev/stdout, a FIFO): never replace it
        }
        Path folder = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(out);
            }
            permissions(tmp, file);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the message below is what matters
                }
            }
            return tell(err, file, reason(e), null);
        }
    }

    /**
     * A temporary file is created readable by its owner only; the output gets the permissions of the file it replaces,
     * or rw-r--r-- as a new file usually has.
     */
    private static void permissions(Path tmp, Path file) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(file) ? Files.getPosixFilePermissions(file)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static boolean writeInPlace(Path file, Body body, PrintStream err) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            body.writeTo(out);
            return true;
        } catch (IOException e) {
            return tell(err, file, reason(e), null);
        }
    }

    /** Tells on {@code err} and returns false when writing to standard output failed (a full disk, a closed stream). */
    static boolean written(PrintStream out, PrintStream err) {
        out.flush();
        if (out.checkError()) {
            err.println("error: standard output: could not be written (closed, or no space left)");
            return false;
        }
        return true;
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
        return e.getMessage() != null ? e.getMessage().toLowerCase(Locale.ROOT) : "it cannot be written"; // "no space left on device", …
    }

    private static boolean tell(PrintStream err, Path file, String what, String hint) {
        err.println("error: -o " + file + ": " + what);
        if (hint != null) {
            err.println("hint: " + hint);
        }
        return false;
    }
}
