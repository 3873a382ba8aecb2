package org.synthaudit.core.io;

import java.util.Set;
import java.util.function.Predicate;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;

/** Checks that a column's values fit a type the configuration set, and words the errors. */
final class ColumnChecks {
    /** What a boolean cell must be, for messages. */
    static final String BOOLEAN_EXPECTED = "true or false (true/false, yes/no, t/f, y/n, 1/0)";

    private ColumnChecks() {
    }

    /**
     * Builds a column whose type the configuration set, after checking every value fits it.
     *
     * @param real the real table
     * @param column the column position in the table
     * @param override the configuration's entry, with a type or a format
     * @return the column, reason {@link TypeInference#SET_IN_CONFIG}, no roles yet
     * @throws InputException if a value does not fit, naming the line, column and value, or if a
     *     format is given for a type other than datetime
     */
    static ColumnSpec forced(CsvTable real, int column, ColumnOverride override) {
        String name = real.header().get(column);
        ColumnType type = override.type() != null ? override.type() : ColumnType.DATETIME;
        String format = override.format();
        if (format != null && type != ColumnType.DATETIME) {
            throw new InputException("column '" + name + "': the configuration gives the format '"
                    + format + "', which applies only to datetime columns, but the type "
                    + type.configName());
        }

        String[] values = real.cells()[column];
        String specFormat = null;
        switch (type) {
            case NUMERIC -> requireAll(real, column, v -> !Double.isNaN(Numbers.parse(v)),
                    "a number, as the configured type numeric requires");
            case BOOLEAN -> requireAll(real, column, v -> Booleans.parse(v) != null,
                    BOOLEAN_EXPECTED + ", as the configured type boolean requires");
            case DATETIME -> {
                DateTimes.Parser parser = parser(name, format);
                requireAll(real, column, v -> !Double.isNaN(parser.epochSeconds(v)),
                        format == null ? "an ISO-8601 date or date-time; give the column a format"
                                : "a date-time in the configured format '" + format + "'");
                specFormat = format != null ? format : DateTimes.isoFormat(values);
            }
            case CATEGORICAL, IDENTIFIER -> {
                // every text fits
            }
        }
        return new ColumnSpec(name, type, Set.of(), TypeInference.SET_IN_CONFIG, specFormat);
    }

    /**
     * The parser for a datetime column's format.
     *
     * @param column the column name, for the message
     * @param format the format, {@code null} for ISO-8601
     * @return the parser
     * @throws InputException if the format is not a valid pattern
     */
    static DateTimes.Parser parser(String column, String format) {
        try {
            return DateTimes.parser(format);
        } catch (IllegalArgumentException e) {
            throw new InputException("column '" + column + "': datetime format '" + format
                    + "' is not a valid java.time pattern", e);
        }
    }

    /**
     * The error for a cell that does not fit its column.
     *
     * @param table the table
     * @param row the row
     * @param column the column name
     * @param value the cell
     * @param expected what the cell should have been, e.g. {@code "a number"}
     * @return the exception to throw
     */
    static InputException badValue(CsvTable table, int row, String column, String value,
            String expected) {
        return new InputException(table.file() + ", line " + table.lines()[row] + ", column '"
                + column + "': '" + value + "' is not " + expected);
    }

    private static void requireAll(CsvTable table, int column, Predicate<String> fits,
            String expected) {
        String[] values = table.cells()[column];
        for (int row = 0; row < values.length; row++) {
            if (values[row] != null && !fits.test(values[row])) {
                throw badValue(table, row, table.header().get(column), values[row], expected);
            }
        }
    }
}
