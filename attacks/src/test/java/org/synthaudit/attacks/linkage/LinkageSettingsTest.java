package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.plugin.Parameters;

class LinkageSettingsTest {
    private static LinkageSettings read(Map<String, Object> values) {
        return LinkageSettings.read(new Parameters("evaluator linkage", values));
    }

    @Nested
    class Read {
        @Test
        void fillsInTheDefaults() {
            LinkageSettings settings = read(Map.of());
            assertEquals(2000, settings.targets());
            assertEquals(500, settings.sweepTargets());
            assertEquals(0, settings.known());
            assertEquals(0.5, settings.phi());
            assertEquals(0.05, settings.numericTolerance());
            assertEquals(20, settings.minGroupSize());
            assertEquals(List.of(), settings.knownColumns());
        }

        @Test
        void readsColumnListsFromYamlListsAndCommaSeparatedText() {
            assertEquals(List.of("zip", "sex"), read(Map.of("known_columns", "zip, sex"))
                    .knownColumns());
            assertEquals(List.of("zip", "sex"), read(Map.of("known_columns",
                    List.of("zip", "sex"))).knownColumns());
        }

        @Test
        void rejectsOutOfRangeValuesNamingTheParameter() {
            InputException e = assertThrows(InputException.class,
                    () -> read(Map.of("phi", 0)));
            assertEquals("evaluator linkage: parameter 'phi' must be in [0.01, 100], was 0",
                    e.getMessage());
            assertThrows(InputException.class, () -> read(Map.of("categorical_noise", 1.5)));
            assertThrows(InputException.class, () -> read(Map.of("known", 0)));
        }

        @Test
        void rejectsRepeatedColumnsAndOneLinkabilitySetAlone() {
            assertThrows(InputException.class, () -> read(Map.of("known_columns", "zip,zip")));
            InputException e = assertThrows(InputException.class,
                    () -> read(Map.of("link_columns_a", "zip")));
            assertEquals("evaluator linkage: parameter 'link_columns_a' must be given together "
                    + "with 'link_columns_b'", e.getMessage());
        }
    }

    @Nested
    class Candidates {
        @Test
        void areTheQuasiIdentifiersByDefault() {
            assertArrayEquals(new int[] {1, 2, 3, 4}, read(Map.of()).candidates(People.SCHEMA,
                    "evaluator linkage"));
        }

        @Test
        void areTheNamedColumnsWhenGiven() {
            assertArrayEquals(new int[] {3, 6}, read(Map.of("known_columns", "diagnosis, zip"))
                    .candidates(People.SCHEMA, "evaluator linkage"));
        }

        @Test
        void neverIncludeAnIdentifier() {
            InputException e = assertThrows(InputException.class, () -> read(Map.of(
                    "known_columns", "id")).candidates(People.SCHEMA, "evaluator linkage"));
            assertEquals("evaluator linkage: parameter 'known_columns' names 'id', an identifier "
                    + "column, which never takes part in matching", e.getMessage());
        }
    }
}
