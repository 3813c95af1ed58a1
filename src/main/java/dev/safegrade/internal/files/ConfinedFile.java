package dev.safegrade.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file that a document names by a relative path (a park's {@code members[].facts}, a pack manifest's
 * {@code drl} and {@code tables}): the path must stay inside a given folder, lexically (no absolute path, no
 * {@code ..} out of it) and once links are followed (its real path inside the folder's real path), and name a regular
 * file (not a FIFO that would block, not {@code /dev/zero}, not a folder) of at most a given size, read no further than
 * that size even when it grows meanwhile. A refusal says what the path is, never what the file holds.
 */
public final class ConfinedFile {
    private ConfinedFile() {
    }

    /** Why a path was refused or its file could not be read, in words that name the path and nothing the file holds. */
    public static final class Refused extends Exception {
        private final boolean outside;

        Refused(String found, boolean outside) {
            super(found, null, false, false);
            this.outside = outside;
        }

        /** What was found instead of a readable file (e.g. "an absolute path /etc/passwd"). */
        public String found() {
            return getMessage();
        }

        /** Whether the path leaves the folder (rather than naming something in it that cannot be read). */
        public boolean outside() {
            return outside;
        }
    }

    /**
     * @param dir      the folder {@code relative} is resolved against ({@code null}: the working directory)
     * @param root     the folder the file must lie in ({@code null}: {@code dir}); {@code dir} itself need not lie in it
     * @param relative the path as the document gives it
     * @param maxBytes the largest file read
     * @throws Refused for a path out of {@code root}, a file that is not a regular file, is larger than {@code maxBytes}
     *                 or cannot be read
     */
    public static byte[] read(Path dir, Path root, String relative, long maxBytes) throws Refused {
        Path base = dir == null ? Path.of("") : dir;
        Path bound = root == null ? base : root;
        if (relative.isEmpty()) {
            throw new Refused("an empty path", false);
        }
        Path given;
        try {
            given = base.getFileSystem().getPath(relative);
        } catch (java.nio.file.InvalidPathException e) {
            throw new Refused("a path this system cannot name (a NUL character, …)", false);
        }
        if (given.isAbsolute() || given.getRoot() != null || relative.startsWith("/") || relative.startsWith("\\")) {
            throw new Refused("an absolute path " + relative, true);
        }
        Path file = base.resolve(given);
        Path lexicalBound = bound.toAbsolutePath().normalize();
        if (!file.toAbsolutePath().normalize().startsWith(lexicalBound)) {
            throw new Refused("a path leaving the folder (" + relative + ")", true);
        }
        Path real;
        try {
            real = file.toRealPath();
            Path realBound = bound.toAbsolutePath().toRealPath();
            if (!real.startsWith(realBound)) {
                throw new Refused("a link to a file outside the folder (" + relative + ")", true);
            }
        } catch (NoSuchFileException e) {
            throw new Refused("no such file", false);
        } catch (IOException e) {
            throw new Refused(why(e), false);
        }
        boolean local = real.getFileSystem() == FileSystems.getDefault();
        try {
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                throw new Refused("a folder, not a file", false);
            }
            if (!attributes.isRegularFile()) {
                throw new Refused("a special file (FIFO, device or socket), not a regular file", false);
            }
            if (attributes.size() > maxBytes) {
                throw new Refused("a file larger than " + size(maxBytes), false);
            }
            // The real path has no link left to follow: opening it without following one closes the gap between the
            // check and the read (a link swapped in meanwhile is refused by the system).
            try (InputStream in = local ? Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS) : Files.newInputStream(real)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new Refused("a file larger than " + size(maxBytes), false);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new Refused(why(e), false);
        }
    }

    /** Whether {@code relative} names something in {@code dir} as given, without throwing for a path the system cannot name. */
    public static boolean exists(Path dir, String relative) {
        try {
            return Files.exists(dir.resolve(relative));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Whether {@code relative} names a regular file in {@code dir} as given, without throwing for a path the system cannot name. */
    public static boolean isRegularFile(Path dir, String relative) {
        try {
            return Files.isRegularFile(dir.resolve(relative));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "a file that cannot be read";
    }

    /** {@code 64 MiB}, or the number of bytes when it is not a whole number of MiB. */
    public static String size(long bytes) {
        long mib = 1024L * 1024;
        return bytes % mib == 0 ? bytes / mib + " MiB" : bytes + " bytes";
    }
}
