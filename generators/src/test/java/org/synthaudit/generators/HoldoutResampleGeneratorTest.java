package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Generator.FittedGenerator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;

class HoldoutResampleGeneratorTest {
    private static final Parameters NONE = Parameters.none("generator holdout-resample");

    private final Dataset people = TestTables.sixPeople();
    private final Dataset train = people.select("train", new int[] {0, 1, 2});
    private final Dataset reference = people.select("reference", new int[] {3, 4});

    private FittedGenerator fitted() {
        return new HoldoutResampleGenerator().fit(input(reference), NONE, Seeds.root(1));
    }

    private FitInput input(Dataset outside) {
        return new FitInput(train, outside, Path.of(""), CsvOptions.defaults());
    }

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Generator> registry = Registry.load("generator", Generator.class);
            assertTrue(registry.require("holdout-resample") instanceof HoldoutResampleGenerator);
        }

        @Test
        void takesNoParametersAndClaimsNoPrivacy() {
            assertEquals(List.of(), new HoldoutResampleGenerator().parameters());
            assertSame(PrivacyClaim.NONE, fitted().privacyClaim());
        }
    }

    @Nested
    class Fit {
        @Test
        void asksForAReferenceSplitWhenThereAreNoOutsideRecords() {
            Dataset empty = people.select("reference", new int[0]);

            InputException e = assertThrows(InputException.class, () -> new
                    HoldoutResampleGenerator().fit(input(empty), NONE, Seeds.root(1)));

            assertEquals("generator holdout-resample needs a reference split, the real records "
                    + "it releases instead of the training records: set split.reference > 0",
                    e.getMessage());
        }

        @Test
        void asksForAReferenceSplitWhenGivenTrainingRecordsOnly() {
            InputException e = assertThrows(InputException.class, () -> new
                    HoldoutResampleGenerator().fit(train, NONE, Seeds.root(1)));

            assertTrue(e.getMessage().endsWith("set split.reference > 0"), e.getMessage());
        }

        @Test
        void rejectsAnUnknownParameter() {
            Parameters given = new Parameters("generator holdout-resample", Map.of("rows", 3));

            InputException e = assertThrows(InputException.class, () -> new
                    HoldoutResampleGenerator().fit(input(reference), given, Seeds.root(1)));

            assertEquals("generator holdout-resample: unknown parameter 'rows'; accepted: none",
                    e.getMessage());
        }

        @Test
        void describesWhatItReleases() {
            assertEquals(List.of("Releases real records of the reference split (2 records), none "
                    + "of which is a training record: a negative control."), fitted().details());
        }
    }

    @Nested
    class Sample {
        @Test
        void releasesExactlyTheOutsideRecordsWhenAskedForTheirNumber() {
            Dataset synthetic = fitted().sample(2, Seeds.root(7));

            assertEquals(TestTables.records(reference), TestTables.records(synthetic));
        }

        @Test
        void neverReleasesATrainingRecord() {
            Dataset synthetic = fitted().sample(9, Seeds.root(7));

            for (List<String> record : TestTables.records(synthetic).keySet()) {
                assertFalse(TestTables.records(train).containsKey(record), record::toString);
            }
        }

        @Test
        void repeatsEachOutsideRecordEquallyOftenWhenAskedForMore() {
            Map<List<String>, Integer> counts = TestTables.records(fitted().sample(5,
                    Seeds.root(3)));

            assertEquals(2, counts.size());
            assertTrue(counts.values().stream().allMatch(n -> n == 2 || n == 3),
                    counts::toString);
        }

        @Test
        void leavesIdentifiersMissing() {
            Dataset synthetic = fitted().sample(2, Seeds.root(7));

            assertTrue(synthetic.isMissing(0, 0) && synthetic.isMissing(0, 1));
        }

        @Test
        void givesTheSameRowsForTheSameSeedAndOthersForAnother() {
            FittedGenerator model = new HoldoutResampleGenerator().fit(
                    input(TestTables.sixPeople()), NONE, Seeds.root(1));

            assertEquals(TestTables.rows(fitted().sample(2, Seeds.root(5))),
                    TestTables.rows(fitted().sample(2, Seeds.root(5))));
            assertNotEquals(TestTables.rows(model.sample(6, Seeds.root(5))),
                    TestTables.rows(model.sample(6, Seeds.root(6))));
        }
    }
}
