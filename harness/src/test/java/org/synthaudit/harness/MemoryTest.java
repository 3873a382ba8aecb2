package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Schema;

class MemoryTest {
    private static final Schema SCHEMA = new Schema(List.of(
            new ColumnSpec("id", ColumnType.IDENTIFIER, Set.of(), "test", null),
            new ColumnSpec("age", ColumnType.NUMERIC, Set.of(), "test", null),
            new ColumnSpec("plan", ColumnType.CATEGORICAL, Set.of(), "test", null)));

    @Nested
    class BytesPerRow {
        @Test
        void countsEightBytesPerNumberOrReferenceAndFourPerCode() {
            assertEquals(8 + 8 + 4, Memory.bytesPerRow(SCHEMA));
        }
    }

    @Nested
    class RequireRoom {
        @Test
        void acceptsTablesThatFitExactly() {
            Memory.requireRoom("--rows", 50, 2, SCHEMA, 50 * 2 * 20);
        }

        @Test
        void namesTheOptionTheRowsAndTheEstimate() {
            assertEquals("generator.rows 1000: 3 synthetic tables of 1000 rows × 3 columns "
                    + "(20 bytes per row) needs about 58.6 KiB of memory, more than the "
                    + "1.0 KiB Java may use; ask for fewer rows, or give Java more memory, e.g. "
                    + "JAVA_TOOL_OPTIONS=-Xmx16g", assertThrows(InputException.class,
                            () -> Memory.requireRoom("generator.rows", 1000, 3, SCHEMA, 1024))
                            .getMessage());
        }

        @Test
        void rejectsTheLargestRowCountEvenWithATebibyte() {
            assertThrows(InputException.class, () -> Memory.requireRoom("--rows",
                    Integer.MAX_VALUE, 100, SCHEMA, 1L << 40));
        }
    }

    @Nested
    class Format {
        @Test
        void writesBinaryUnits() {
            assertEquals("512 bytes", Memory.format(512));
            assertEquals("1.5 KiB", Memory.format(1536));
            assertEquals("4.0 GiB", Memory.format(4L << 30));
        }
    }
}
