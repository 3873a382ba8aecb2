package org.synthaudit.harness;

import java.util.Locale;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.Schema;

/**
 * A check that tables of a requested size can fit in the memory Java may use, made before they
 * are sampled, so that a mistyped row count ends in a clear message instead of running out of
 * memory. The estimate counts only the table's own columns ({@code double} values for numbers
 * and datetimes, {@code int} codes for categories, one reference per identifier cell), a lower
 * bound of what an audit needs; a table that fails it cannot be made at all.
 */
public final class Memory {
    private static final long NUMBER_BYTES = Double.BYTES;
    private static final long CODE_BYTES = Integer.BYTES;
    private static final long REFERENCE_BYTES = Long.BYTES;

    private Memory() {
    }

    /**
     * The bytes one row of a table takes in memory.
     *
     * @param schema the table's columns
     * @return the bytes per row, at least 1
     */
    public static long bytesPerRow(Schema schema) {
        long bytes = 0;
        for (ColumnSpec column : schema.columns()) {
            bytes += column.type().isNumeric() ? NUMBER_BYTES : column.type().isCoded()
                    ? CODE_BYTES : REFERENCE_BYTES;
        }
        return Math.max(1, bytes);
    }

    /**
     * Checks that some tables of a number of rows fit in {@link Runtime#maxMemory()}.
     *
     * @param what the option or key that asked for the rows, e.g. {@code --rows}
     * @param rows the rows of each table, at least 0
     * @param tables how many such tables are held at once, at least 1
     * @param schema the tables' columns
     * @throws InputException naming the option, the rows, the estimate and the memory Java may
     *     use, when the estimate is larger
     */
    public static void requireRoom(String what, long rows, int tables, Schema schema) {
        requireRoom(what, rows, tables, schema, Runtime.getRuntime().maxMemory());
    }

    /**
     * Checks that some tables fit in a given amount of memory.
     *
     * @param what the option or key that asked for the rows
     * @param rows the rows of each table, at least 0
     * @param tables how many such tables are held at once, at least 1
     * @param schema the tables' columns
     * @param available the bytes Java may use
     * @throws InputException when the estimate is larger than {@code available}
     */
    static void requireRoom(String what, long rows, int tables, Schema schema, long available) {
        long perRow = bytesPerRow(schema);
        double needed = (double) rows * tables * perRow;
        if (needed <= available) {
            return;
        }
        String count = tables == 1 ? "a synthetic table" : tables + " synthetic tables";
        throw new InputException(what + " " + rows + ": " + count + " of " + rows + " rows × "
                + schema.size() + " columns (" + perRow + " bytes per row) needs about "
                + format(needed) + " of memory, more than the " + format(available) + " Java "
                + "may use; ask for fewer rows, or give Java more memory, e.g. "
                + "JAVA_TOOL_OPTIONS=-Xmx16g");
    }

    /**
     * Writes a number of bytes in binary units.
     *
     * @param bytes the bytes, at least 0
     * @return e.g. {@code 3.9 GiB}
     */
    public static String format(double bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f bytes", value)
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
