package org.synthaudit.core.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Parses dates and date-times into seconds since the epoch (UTC). Without a configured pattern
 * ISO-8601 is read: {@code 2010-02-23}, {@code 2014-08-11 07:46:59} or
 * {@code 2014-08-11T07:46:59.5+02:00}; a date is its midnight, a local date-time is taken as UTC.
 *
 * <p>Inference names the format of an ISO-8601 column by the pattern its values share, such as
 * {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm:ss}, so that synthetic values are written the
 * way the real ones are; a column of dates and date-times of one shape gets the date with the
 * time as an optional section, {@code yyyy-MM-dd[ HH:mm:ss]}. Such ISO shapes are still read as
 * any ISO-8601 value, so a synthetic file written by another tool in another ISO form loads. Only
 * columns whose values take several date-time shapes keep a name, {@value #ISO_DATE_TIME} or
 * {@value #ISO_MIXED}.
 */
final class DateTimes {
    /** The format of a column whose values are all ISO-8601 dates. */
    static final String ISO_DATE = "ISO-8601 date";
    /** The format of a column whose values are all ISO-8601 date-times. */
    static final String ISO_DATE_TIME = "ISO-8601 date-time";
    /** The format of a column that mixes ISO-8601 dates and date-times. */
    static final String ISO_MIXED = "ISO-8601 date / date-time";

    /** The pattern of an ISO-8601 date. */
    static final String DATE_SHAPE = "yyyy-MM-dd";

    private static final int DATE_LENGTH = 10;
    /**
     * The DateTimeFormatter patterns that read ISO-8601 text: {@code yyyy-MM-dd}, optionally
     * followed by a time {@code HH:mm}, {@code HH:mm:ss} or {@code HH:mm:ss.S...} after a space or
     * a quoted {@code 'T'}, optionally with a zone {@code 'Z'} or {@code XXX}; the time part may
     * be optional in square brackets ({@code yyyy-MM-dd[ HH:mm:ss]}), and {@link #isIsoShape}
     * also asks that the brackets pair up, which this expression cannot say.
     */
    private static final java.util.regex.Pattern ISO_SHAPE = java.util.regex.Pattern.compile(
            "yyyy-MM-dd(\\[?( |'T')HH:mm(:ss(\\.S+)?)?('Z'|XXX)?]?)?");
    private static final double NANOS_PER_SECOND = 1e9;

    private DateTimes() {
    }

    /** Parses one cell; {@code NaN} when it does not parse. */
    @FunctionalInterface
    interface Parser {
        /**
         * Parses a cell.
         *
         * @param text a trimmed cell
         * @return seconds since 1970-01-01T00:00Z, or {@code NaN} when the text does not parse
         */
        double epochSeconds(String text);
    }

    /**
     * The parser for a column format.
     *
     * @param format one of the ISO formats above, {@code null} for ISO, or a
     *     {@link DateTimeFormatter} pattern
     * @return the parser
     * @throws IllegalArgumentException if the pattern is not valid
     */
    static Parser parser(String format) {
        if (format == null || isIso(format) || isIsoShape(format)) {
            return DateTimes::parseIso;
        }
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format, Locale.ROOT);
        return text -> parsePattern(text, formatter);
    }

    /**
     * Tells whether a format is one of the ISO-8601 formats inference assigns.
     *
     * @param format a column format
     * @return true for the ISO formats
     */
    static boolean isIso(String format) {
        return format.equals(ISO_DATE) || format.equals(ISO_DATE_TIME) || format.equals(ISO_MIXED);
    }

    /**
     * Tells whether a pattern is the shape of ISO-8601 values, as inference writes it: a date,
     * optionally followed by a time (in an optional section when the column also holds dates).
     *
     * @param format a column format
     * @return true for e.g. {@code yyyy-MM-dd}, {@code yyyy-MM-dd'T'HH:mm:ssXXX} or
     *     {@code yyyy-MM-dd[ HH:mm:ss]}
     */
    static boolean isIsoShape(String format) {
        return ISO_SHAPE.matcher(format).matches()
                && format.indexOf('[') < 0 == format.indexOf(']') < 0;
    }

    /**
     * Checks a format a configuration gives a datetime column.
     *
     * @param format a {@link DateTimeFormatter} pattern or one of the ISO-8601 names
     * @throws IllegalArgumentException if it is neither, naming what is allowed
     */
    static void check(String format) {
        if (isIso(format)) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(format, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format '" + format + "' is neither a "
                    + "java.time pattern (" + e.getMessage() + ") nor one of '" + ISO_DATE
                    + "', '" + ISO_DATE_TIME + "', '" + ISO_MIXED + "'", e);
        }
    }

    /**
     * The format inference gives a column of ISO-8601 values: the one shape they share; a date
     * with an optional time section when they are dates and date-times of one shape; else the
     * name of the ISO form.
     *
     * @param shapes the shapes of the values ({@link #shape}), at least one
     * @param values the values, for the ISO name
     * @return the format
     */
    static String inferredFormat(java.util.Set<String> shapes, String[] values) {
        if (shapes.size() == 1) {
            return shapes.iterator().next();
        }
        List<String> times = shapes.stream().filter(s -> !s.equals(DATE_SHAPE)).toList();
        if (shapes.size() == 2 && times.size() == 1) {
            return DATE_SHAPE + "[" + times.getFirst().substring(DATE_SHAPE.length()) + "]";
        }
        return isoFormat(values);
    }

    /**
     * Parses an ISO-8601 date or date-time.
     *
     * @param text a trimmed cell
     * @return seconds since the epoch, or {@code NaN}
     */
    static double parseIso(String text) {
        if (!looksLikeIsoDate(text)) {
            return Double.NaN;
        }
        try {
            if (text.length() == DATE_LENGTH) {
                return LocalDate.parse(text).toEpochDay() * 86_400.0;
            }
            String iso = text.charAt(DATE_LENGTH) == ' '
                    ? text.substring(0, DATE_LENGTH) + 'T' + text.substring(DATE_LENGTH + 1) : text;
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso,
                    OffsetDateTime::from, LocalDateTime::from);
            return seconds(parsed);
        } catch (DateTimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Describes the shape of an ISO-8601 value as a pattern, for the type reason.
     *
     * @param text a value {@link #parseIso} accepted
     * @return e.g. {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm:ss}
     */
    static String shape(String text) {
        if (text.length() == DATE_LENGTH) {
            return "yyyy-MM-dd";
        }
        StringBuilder shape = new StringBuilder("yyyy-MM-dd");
        shape.append(text.charAt(DATE_LENGTH) == 'T' ? "'T'" : " ").append("HH:mm");
        String time = text.substring(DATE_LENGTH + 1);
        if (time.length() > 5 && time.charAt(5) == ':') {
            shape.append(":ss");
        }
        int dot = time.indexOf('.');
        if (dot >= 0) {
            shape.append('.').append("S".repeat(countDigits(time, dot + 1)));
        }
        if (time.endsWith("Z")) {
            shape.append("'Z'");
        } else if (time.indexOf('+') >= 0 || time.lastIndexOf('-') >= 0) {
            shape.append("XXX");
        }
        return shape.toString();
    }

    /**
     * Tells whether an accepted ISO-8601 value is a date without a time.
     *
     * @param text a value {@link #parseIso} accepted
     * @return true for {@code yyyy-MM-dd}
     */
    static boolean isDateOnly(String text) {
        return text.length() == DATE_LENGTH;
    }

    /**
     * The ISO-8601 format that describes a column's values.
     *
     * @param values cells that {@link #parseIso} accepts, {@code null} when missing
     * @return {@link #ISO_DATE}, {@link #ISO_DATE_TIME} or, when both occur, {@link #ISO_MIXED}
     */
    static String isoFormat(String[] values) {
        boolean dates = false;
        boolean dateTimes = false;
        for (String value : values) {
            if (value != null) {
                dates |= isDateOnly(value);
                dateTimes |= !isDateOnly(value);
            }
        }
        return dates && dateTimes ? ISO_MIXED : dates ? ISO_DATE : ISO_DATE_TIME;
    }

    private static double parsePattern(String text, DateTimeFormatter formatter) {
        try {
            TemporalAccessor parsed = formatter.parseBest(text, ZonedDateTime::from,
                    OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            return seconds(parsed);
        } catch (DateTimeException e) {
            return Double.NaN;
        }
    }

    private static double seconds(TemporalAccessor parsed) {
        return switch (parsed) {
            case ZonedDateTime z -> z.toEpochSecond() + z.getNano() / NANOS_PER_SECOND;
            case OffsetDateTime o -> o.toEpochSecond() + o.getNano() / NANOS_PER_SECOND;
            case LocalDateTime l -> l.toEpochSecond(ZoneOffset.UTC) + l.getNano()
                    / NANOS_PER_SECOND;
            case LocalDate d -> d.toEpochDay() * 86_400.0;
            default -> Double.NaN;
        };
    }

    private static boolean looksLikeIsoDate(String text) {
        if (text.length() < DATE_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        if (text.length() > DATE_LENGTH && text.charAt(DATE_LENGTH) != 'T'
                && text.charAt(DATE_LENGTH) != ' ') {
            return false;
        }
        return countDigits(text, 0) == 4;
    }

    private static int countDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
