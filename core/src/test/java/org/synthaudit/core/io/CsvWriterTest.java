package org.synthaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

class CsvWriterTest {

    @Nested
    class Render {
        @Test
        void writesValuesAndLeavesMissingOnesEmpty() {
            Schema schema = new Schema(List.of(
                    new ColumnSpec("id", ColumnType.IDENTIFIER, Set.of(), "test", null),
                    new ColumnSpec("age", ColumnType.NUMERIC, Set.of(), "test", null),
                    new ColumnSpec("plan, tier", ColumnType.CATEGORICAL, Set.of(), "test",
                            null)));
            Dictionary dictionary = new Dictionary();
            Vocabulary plans = dictionary.vocabulary("plan, tier");
            int gold = plans.encode("gold");
            int quoted = plans.encode("say \"hi\"");
            Dataset data = Dataset.builder("synthetic", schema, dictionary, 3)
                    .numeric(1, new double[] {34, Double.NaN, 2.5})
                    .codes(2, new int[] {gold, quoted, Vocabulary.MISSING})
                    .build();

            assertEquals("id,age,\"plan, tier\"\n,34,gold\n,,\"say \"\"hi\"\"\"\n,2.5,\n",
                    CsvWriter.render(data));
        }
    }

    @Nested
    class Quote {
        @Test
        void quotesOnlyWhenNeeded() {
            assertEquals("plain", CsvWriter.quote("plain"));
            assertEquals("\" padded \"", CsvWriter.quote(" padded "));
            assertEquals("\"two\nlines\"", CsvWriter.quote("two\nlines"));
        }
    }
}
