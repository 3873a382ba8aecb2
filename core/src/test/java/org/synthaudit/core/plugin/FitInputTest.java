package org.synthaudit.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.io.CsvOptions;

class FitInputTest {
    private static final Schema SCHEMA = new Schema(List.of(new ColumnSpec("x",
            ColumnType.NUMERIC, Set.of(), "test", null)));
    private static final Dataset REAL = Dataset.builder("real", SCHEMA, new Dictionary(), 10)
            .numeric(0, IntStream.range(0, 10).asDoubleStream().toArray()).build();

    private static List<Integer> ids(Dataset table) {
        return IntStream.range(0, table.rowCount()).mapToObj(table::recordId).toList();
    }

    @Nested
    class Construct {
        @Test
        void removesTrainingRecordsFromTheOutsideRecords() {
            Dataset train = REAL.select("train", new int[] {0, 1, 2, 3});
            Dataset outside = REAL.select("reference", new int[] {3, 4, 5, 1});

            FitInput input = new FitInput(train, outside, Path.of(""), CsvOptions.defaults());

            assertEquals(List.of(4, 5), ids(input.outside()));
            assertEquals("reference", input.outside().name());
        }

        @Test
        void keepsOutsideRecordsOfAnotherBaseTable() {
            Dataset other = Dataset.builder("other", SCHEMA, new Dictionary(), 3)
                    .numeric(0, new double[] {1, 2, 3}).build();

            FitInput input = new FitInput(REAL, other, Path.of(""), CsvOptions.defaults());

            assertEquals(3, input.outside().rowCount());
        }

        @Test
        void rejectsOutsideRecordsOfAnotherSchema() {
            Schema schema = new Schema(List.of(new ColumnSpec("y", ColumnType.NUMERIC,
                    Set.of(), "test", null)));
            Dataset other = Dataset.builder("other", schema, new Dictionary(), 1)
                    .numeric(0, new double[] {1}).build();

            assertThrows(IllegalArgumentException.class, () -> new FitInput(REAL, other,
                    Path.of(""), CsvOptions.defaults()));
        }
    }

    @Nested
    class Of {
        @Test
        void hasNoOutsideRecordsAndTheWorkingFolder() {
            FitInput input = FitInput.of(REAL);

            assertEquals(0, input.outside().rowCount());
            assertEquals(Path.of(""), input.folder());
            assertEquals(CsvOptions.defaults(), input.csv());
        }
    }

    @Nested
    class WithTrain {
        @Test
        void keepsTheSurroundingsAndRemovesTheNewTrainingRecords() {
            FitInput input = new FitInput(REAL.select("train", new int[] {0, 1}),
                    REAL.select("reference", new int[] {5, 6, 7, 8}), Path.of("cfg"),
                    CsvOptions.defaults());

            FitInput shadow = input.withTrain(REAL.select("shadow", new int[] {6, 8, 9}));

            assertEquals(List.of(5, 7), ids(shadow.outside()));
            assertEquals(Path.of("cfg"), shadow.folder());
        }
    }
}
