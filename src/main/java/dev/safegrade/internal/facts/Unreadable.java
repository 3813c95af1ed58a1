package dev.safegrade.internal.facts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a fact file could not be read, in words: the exception's class says nothing to a person. */
public final class Unreadable {
    private Unreadable() {
    }

    public static String why(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (Files.isDirectory(file)) {
            return "a folder, not a file";
        }
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "it cannot be read";
    }
}
