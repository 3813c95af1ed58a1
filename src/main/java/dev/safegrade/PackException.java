package dev.safegrade;

/**
 * A rule pack cannot be loaded: its manifest is incomplete, a file it names is missing, or its DRL does not
 * compile. The message names the pack, the file and, where Drools reports one, the line.
 */
public final class PackException extends SafeGradeException {
    private static final long serialVersionUID = 1L;
    private final String pack;
    private final String file;
    private final int line;

    public PackException(String pack, String file, int line, String message) {
        super(format(pack, file, line, message));
        this.pack = pack;
        this.file = file;
        this.line = line;
    }

    public PackException(String pack, String file, String message, Throwable cause) {
        super(format(pack, file, 0, message), cause);
        this.pack = pack;
        this.file = file;
        this.line = 0;
    }

    public String pack() {
        return pack;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    private static String format(String pack, String file, int line, String message) {
        StringBuilder b = new StringBuilder("pack ").append(pack);
        if (file != null) {
            b.append(", ").append(file);
            if (line > 0) {
                b.append(':').append(line);
            }
        }
        // The manifest and tables are input too: a control character quoted from them is shown, not sent to the terminal.
        return Text.visible(b.append(": ").append(message).toString());
    }
}
