package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.io.CsvOptions;

class SyntheticCsvTest {
    @TempDir
    Path dir;

    private final Dataset train = TestTables.sixPeople();

    {
        train.dictionary().freezeReal();
    }

    private SyntheticCsv.Read read(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("s.csv"), text);
        return SyntheticCsv.read(file, train.schema(), train.dictionary(), CsvOptions.defaults(),
                "synthetic", "generator test");
    }

    @Nested
    class Read {
        @Test
        void matchesColumnsByNameInAnyOrderWithoutTheIdentifiers() throws IOException {
            SyntheticCsv.Read read = read("plan,age\nbasic,30\n,NA\n");

            Dataset table = read.table();
            assertEquals("synthetic", table.name());
            assertEquals(List.of("30", "basic"), List.of(table.format(1, 0),
                    table.format(2, 0)));
            assertTrue(table.isMissing(0, 0) && table.isMissing(1, 1) && table.isMissing(2, 1));
            assertEquals(List.of(), read.notes());
        }

        @Test
        void notesExtraColumnsRenamedHeadersAndUnseenCategoriesInThatOrder()
                throws IOException {
            SyntheticCsv.Read read = read("x,y,age ,plan\n1,2,30,diamond\n1,2,31,diamond\n");

            assertEquals(List.of("s.csv: columns 'x', 'y' not in the real data, ignored",
                    "s.csv: header 'age ' read as 'age' (trimmed)",
                    "s.csv: 2 values of 'plan' are categories the real data does not have"),
                    read.notes());
        }
    }
}
