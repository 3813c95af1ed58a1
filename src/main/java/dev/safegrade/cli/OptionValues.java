package dev.safegrade.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for option values whose mistakes are told in plain words ("expected …, found …"), not as Java exceptions. */
final class OptionValues {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private OptionValues() {
    }

    /** {@code YYYY-MM-DD}, a day that exists. */
    static final ITypeConverter<LocalDate> DATES = text -> {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new TypeConversionException("expected a date YYYY-MM-DD, found \"" + text + "\"");
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new TypeConversionException("expected a date YYYY-MM-DD, found \"" + text + "\" (month " + month + " does not exist)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            throw new TypeConversionException("expected a date YYYY-MM-DD, found \"" + text + "\" (" + ym + " has " + ym.lengthOfMonth() + " days)");
        }
    };

    /** A whole number. */
    static final ITypeConverter<Integer> WHOLE_NUMBERS = text -> {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a whole number, found \"" + text + "\"");
        }
    };
}
