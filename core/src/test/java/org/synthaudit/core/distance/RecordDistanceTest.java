package org.synthaudit.core.distance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;

class RecordDistanceTest {
    private static final double NA = Double.NaN;
    private static final double EPS = 1e-12;

    private final Schema schema = Tables.schema("id", ColumnType.IDENTIFIER,
            "age", ColumnType.NUMERIC, "income", ColumnType.NUMERIC,
            "plan", ColumnType.CATEGORICAL);
    private final Dictionary dictionary = new Dictionary();
    /** age range 40 (20..60), income range 2000 (1000..3000, one missing). */
    private final Dataset real = Tables.table("real", schema, dictionary,
            new String[] {"a", "b", "c", "d"},
            new double[] {20, 30, 60, 40},
            new double[] {1000, 3000, NA, 2000},
            new String[] {"gold", "silver", "gold", null});
    private final RecordDistance distance = RecordDistance.fit(real);

    private Dataset synthetic(double age, double income, String plan) {
        return Tables.table("synthetic", schema, dictionary, new String[] {"z"},
                new double[] {age}, new double[] {income}, new String[] {plan});
    }

    @Nested
    class Fit {
        @Test
        void takesRangesFromTheRealNonMissingValues() {
            assertEquals(40, distance.range(1));
            assertEquals(2000, distance.range(2));
        }

        @Test
        void leavesIdentifierColumnsOut() {
            assertEquals(3, distance.columnCount());
            assertEquals(List.of("age", "income", "plan"), distance.columnNames());
        }

        @Test
        void rejectsAnIdentifierColumnGivenExplicitly() {
            assertThrows(IllegalArgumentException.class,
                    () -> RecordDistance.fit(real, new int[] {0, 1}));
        }

        @Test
        void rejectsAnEmptyOrRepeatedColumnList() {
            assertThrows(IllegalArgumentException.class,
                    () -> RecordDistance.fit(real, new int[] {}));
            assertThrows(IllegalArgumentException.class,
                    () -> RecordDistance.fit(real, new int[] {1, 1}));
        }

        @Test
        void comparesOnlyTheChosenColumns() {
            RecordDistance ageOnly = RecordDistance.fit(real, new int[] {1});
            assertEquals(0.25, ageOnly.between(real, 0, real, 1), EPS);
        }
    }

    @Nested
    class Between {
        @Test
        void averagesScaledNumericDifferencesAndCategoryMismatches() {
            // (|20 - 30| / 40 + |1000 - 3000| / 2000 + 1) / 3 = (0.25 + 1 + 1) / 3
            assertEquals(0.75, distance.between(real, 0, real, 1), EPS);
        }

        @Test
        void countsExactlyOneMissingNumericValueAsOne() {
            // (|20 - 60| / 40 + one income missing + same plan) / 3 = (1 + 1 + 0) / 3
            assertEquals(2.0 / 3, distance.between(real, 0, real, 2), EPS);
        }

        @Test
        void countsBothNumericValuesMissingAsZero() {
            // (|50 - 60| / 40 + both incomes missing + same plan) / 3 = 0.25 / 3
            assertEquals(0.25 / 3, distance.between(synthetic(50, NA, "gold"), 0, real, 2), EPS);
        }

        @Test
        void countsCategoricalMissingAsZeroWhenBothAndOneWhenExactlyOne() {
            // real row 3 has no plan: (0 + 0 + 0) / 3, then (0 + 0 + 1) / 3
            assertEquals(0, distance.between(synthetic(40, 2000, null), 0, real, 3), EPS);
            assertEquals(1.0 / 3, distance.between(synthetic(40, 2000, "gold"), 0, real, 3),
                    EPS);
        }

        @Test
        void capsANumericContributionOutsideTheRealRangeAtOne() {
            // |140 - 20| / 40 = 3, capped at 1: (1 + 0 + 0) / 3
            assertEquals(1.0 / 3, distance.between(synthetic(140, 1000, "gold"), 0, real, 0),
                    EPS);
            // one value below, one above the real range: still 1 for the column
            assertEquals(1.0 / 3, distance.between(synthetic(-500, 1000, "gold"),
                    0, synthetic(900, 1000, "gold"), 0), EPS);
        }

        @Test
        void isZeroForARecordAndItselfAndForACopyWithAnotherIdentifier() {
            assertEquals(0, distance.between(real, 1, real, 1));
            Dataset copy = Tables.table("copy", schema, dictionary, new String[] {"901"},
                    new double[] {30}, new double[] {3000}, new String[] {"silver"});
            assertEquals(0, distance.between(copy, 0, real, 1));
        }

        @Test
        void isSymmetricAndInsideTheUnitIntervalOnARandomTable() {
            Schema randomSchema = Tables.randomSchema();
            Dictionary words = new Dictionary();
            Dataset base = Tables.random("real", randomSchema, words, 40, 11);
            Dataset other = Tables.random("synthetic", randomSchema, words, 40, 12);
            EncodedRows a = RecordDistance.fit(base).encode(base);
            EncodedRows b = a.distance().encode(other);
            for (int i = 0; i < 40; i++) {
                assertEquals(0, a.distance(i, a, i));
                for (int j = 0; j < 40; j++) {
                    double d = a.distance(i, b, j);
                    assertEquals(d, b.distance(j, a, i));
                    assertTrue(d >= 0 && d <= 1, "distance " + d);
                }
            }
        }

        @Test
        void scalesBySolelyTheRealRangeForCaseC18() {
            Schema one = Tables.schema("A", ColumnType.NUMERIC);
            Dictionary words = new Dictionary();
            Dataset realA = Tables.table("real", one, words, new double[] {0, 10, 3, 4, 1});
            Dataset syntheticA = Tables.table("synthetic", one, words, new double[] {5});
            RecordDistance fitted = RecordDistance.fit(realA);
            assertEquals(10, fitted.range(0));
            assertEquals(0.1, fitted.between(syntheticA, 0, realA, 3), EPS);
        }

        @Test
        void givesEqualRawDifferencesExactlyEqualDistances() {
            // real A = 3, 7, 0, 10 (range 10); |3 - 5| = |7 - 5| = 2, so both are exactly 0.2:
            // scaling each value by the range first would round them apart
            Schema one = Tables.schema("A", ColumnType.NUMERIC);
            Dictionary words = new Dictionary();
            Dataset realA = Tables.table("real", one, words, new double[] {3, 7, 0, 10});
            Dataset syntheticA = Tables.table("synthetic", one, words, new double[] {5});
            RecordDistance fitted = RecordDistance.fit(realA);
            double below = fitted.between(syntheticA, 0, realA, 0);
            double above = fitted.between(syntheticA, 0, realA, 1);
            assertEquals(0.2, below);
            assertEquals(below, above);
        }

        @Test
        void handlesARealRangeThatOverflowsADouble() {
            // range 2e308 is not a finite double; the values are halved before differencing
            Schema one = Tables.schema("A", ColumnType.NUMERIC);
            Dictionary words = new Dictionary();
            Dataset realA = Tables.table("real", one, words, new double[] {1e308, -1e308, 0});
            RecordDistance fitted = RecordDistance.fit(realA);
            assertEquals(1.0, fitted.between(realA, 0, realA, 1), EPS);
            assertEquals(0.5, fitted.between(realA, 0, realA, 2), EPS);
            assertEquals(0.0, fitted.between(realA, 2, realA, 2));
        }

        @Test
        void scalesDatetimeColumnsLikeNumericOnes() {
            Schema one = Tables.schema("visit", ColumnType.DATETIME);
            Dictionary words = new Dictionary();
            Dataset visits = Tables.table("real", one, words, new double[] {0, 86_400, 43_200});
            assertEquals(0.5, RecordDistance.fit(visits).between(visits, 0, visits, 2), EPS);
        }
    }

    @Nested
    class ZeroRange {
        private final Schema agePlan = Tables.schema("age", ColumnType.NUMERIC,
                "plan", ColumnType.CATEGORICAL);
        private final Dictionary words = new Dictionary();
        private final Dataset realC06 = Tables.table("real", agePlan, words,
                new double[] {40, 40, 40, 40},
                new String[] {"gold", "silver", "gold", "bronze"});
        private final Dataset syntheticC06 = Tables.table("synthetic", agePlan, words,
                new double[] {40, 41}, new String[] {"gold", "silver"});
        private final RecordDistance fitted = RecordDistance.fit(realC06);

        @Test
        void comparesAConstantColumnByEqualityWithoutDividingByZero() {
            assertEquals(List.of("age"), fitted.zeroRangeColumns());
            assertEquals(0, fitted.range(0));
            assertEquals(0, fitted.between(syntheticC06, 0, realC06, 0));
            assertEquals(0.5, fitted.between(syntheticC06, 1, realC06, 1), EPS);
            assertEquals(1, fitted.between(syntheticC06, 1, realC06, 0), EPS);
        }

        @Test
        void comparesAColumnWithoutRealValuesByEqualityWithMissingRule() {
            Schema one = Tables.schema("b", ColumnType.NUMERIC);
            Dictionary empty = new Dictionary();
            Dataset blank = Tables.table("real", one, empty, new double[] {NA, NA});
            Dataset other = Tables.table("synthetic", one, empty, new double[] {3});
            RecordDistance onBlank = RecordDistance.fit(blank);
            assertEquals(0, onBlank.between(blank, 0, blank, 1));
            assertEquals(1, onBlank.between(other, 0, blank, 0));
        }
    }

    @Nested
    class Encode {
        @Test
        void rejectsATableWithAnotherSchema() {
            Schema other = Tables.schema("x", ColumnType.NUMERIC);
            Dataset table = Tables.table("other", other, dictionary, new double[] {1});
            assertThrows(IllegalArgumentException.class, () -> distance.encode(table));
        }

        @Test
        void keepsRecordIdsOfAView() {
            Dataset view = real.select("view", new int[] {3, 1});
            EncodedRows rows = distance.encode(view);
            assertEquals(2, rows.rowCount());
            assertEquals(3, rows.recordId(0));
            assertEquals(1, rows.recordId(1));
            assertTrue(rows.sharesBaseWith(distance.encode(real)));
        }
    }

    @Nested
    class Describe {
        @Test
        void statesTheCapAndTheMissingRule() {
            String rule = distance.describe();
            assertTrue(rule.contains("capped at 1"), rule);
            assertTrue(rule.contains("both values missing 0, exactly one missing 1"), rule);
        }
    }
}
