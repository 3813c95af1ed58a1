package dev.safegrade;

/** Base of the exceptions SafeGrade throws for problems the caller can fix. */
public abstract class SafeGradeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected SafeGradeException(String message) {
        super(message);
    }

    protected SafeGradeException(String message, Throwable cause) {
        super(message, cause);
    }
}
