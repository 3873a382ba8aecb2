package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Generator.FittedGenerator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;

class IdentityGeneratorTest {
    private final Dataset train = TestTables.sixPeople();
    private final FittedGenerator fitted = new IdentityGenerator().fit(train,
            Parameters.none("generator identity"), Seeds.root(1));

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Generator> registry = Registry.load("generator", Generator.class);
            assertTrue(registry.require("identity") instanceof IdentityGenerator);
        }

        @Test
        void takesNoParametersAndClaimsNoPrivacy() {
            assertEquals(List.of(), new IdentityGenerator().parameters());
            assertSame(PrivacyClaim.NONE, fitted.privacyClaim());
        }
    }

    @Nested
    class Fit {
        @Test
        void rejectsAnUnknownParameterNamingIt() {
            Parameters given = new Parameters("generator identity", Map.of("epochs", 10));
            InputException e = assertThrows(InputException.class,
                    () -> new IdentityGenerator().fit(train, given, Seeds.root(1)));
            assertEquals("generator identity: unknown parameter 'epochs'; accepted: none",
                    e.getMessage());
        }

        @Test
        void rejectsAnEmptyTrainingTable() {
            Dataset empty = train.select("train", new int[0]);
            InputException e = assertThrows(InputException.class, () -> new IdentityGenerator()
                    .fit(empty, Parameters.none("generator identity"), Seeds.root(1)));
            assertTrue(e.getMessage().contains("has no rows"), e.getMessage());
        }
    }

    @Nested
    class Sample {
        @Test
        void returnsExactlyTheTrainingRecordsWhenAskedForTheTrainingSize() {
            Dataset synthetic = fitted.sample(6, Seeds.root(7));
            assertEquals(TestTables.records(train), TestTables.records(synthetic));
        }

        @Test
        void returnsANewBaseTableNamedSyntheticWithTheTrainingSchemaAndDictionary() {
            Dataset synthetic = fitted.sample(6, Seeds.root(7));
            assertEquals("synthetic", synthetic.name());
            assertSame(train.schema(), synthetic.schema());
            assertSame(train.dictionary(), synthetic.dictionary());
            assertFalse(synthetic.sharesBaseWith(train));
        }

        @Test
        void leavesIdentifiersMissing() {
            Dataset synthetic = fitted.sample(6, Seeds.root(7));
            for (int r = 0; r < synthetic.rowCount(); r++) {
                assertTrue(synthetic.isMissing(0, r));
            }
        }

        @Test
        void learnsFromAViewOfTheTrainingTable() {
            Dataset view = train.select("train", new int[] {5, 0, 3});
            FittedGenerator onView = new IdentityGenerator().fit(view,
                    Parameters.none("generator identity"), Seeds.root(1));
            assertEquals(TestTables.records(view),
                    TestTables.records(onView.sample(3, Seeds.root(2))));
        }

        @Test
        void drawsDistinctTrainingRecordsWhenAskedForFewer() {
            Dataset distinct = train.select("train", new int[] {0, 1, 2, 3, 4});
            FittedGenerator onDistinct = new IdentityGenerator().fit(distinct,
                    Parameters.none("generator identity"), Seeds.root(1));
            Map<List<String>, Integer> sample = TestTables.records(
                    onDistinct.sample(3, Seeds.root(2)));
            Map<List<String>, Integer> all = TestTables.records(distinct);
            assertEquals(3, sample.size());
            sample.forEach((record, count) -> {
                assertEquals(1, count);
                assertTrue(all.containsKey(record), record::toString);
            });
        }

        @Test
        void repeatsEveryRecordTwoOrThreeTimesWhenAskedForTwoAndAHalfTimesTheSize() {
            Dataset distinct = train.select("train", new int[] {0, 1, 2, 3});
            FittedGenerator onDistinct = new IdentityGenerator().fit(distinct,
                    Parameters.none("generator identity"), Seeds.root(1));
            Map<List<String>, Integer> sample = TestTables.records(
                    onDistinct.sample(10, Seeds.root(2)));
            assertEquals(TestTables.records(distinct).keySet(), sample.keySet());
            sample.values().forEach(count -> assertTrue(count == 2 || count == 3));
            assertEquals(10, sample.values().stream().mapToInt(Integer::intValue).sum());
        }

        @Test
        void givesAnEmptyTableForZeroRows() {
            assertEquals(0, fitted.sample(0, Seeds.root(7)).rowCount());
        }

        @Test
        void rejectsANegativeRowCount() {
            assertThrows(IllegalArgumentException.class, () -> fitted.sample(-1, Seeds.root(7)));
        }

        @Test
        void givesTheSameRowsForTheSameSeed() {
            assertEquals(TestTables.rows(fitted.sample(6, Seeds.root(7))),
                    TestTables.rows(fitted.sample(6, Seeds.root(7))));
        }

        @Test
        void givesAnotherOrderForAnotherSeed() {
            assertNotEquals(TestTables.rows(fitted.sample(6, Seeds.root(7))),
                    TestTables.rows(fitted.sample(6, Seeds.root(8))));
        }
    }
}
