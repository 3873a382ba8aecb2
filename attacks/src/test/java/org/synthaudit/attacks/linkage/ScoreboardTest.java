package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.attacks.linkage.Scoreboard.Query;
import org.synthaudit.attacks.linkage.Scoreboard.Match;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.random.Seeds;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreboardTest {
    private static final double EPS = 1e-9;
    /** 1 / ln 4: age 30 agrees with 30, 32, 28 and 31 in the reference (support 4). */
    private static final double W_AGE = 0.7213475204444817;
    /** 1 / ln 3: sex F occurs 3 times in the reference. */
    private static final double W_SEX = 0.9102392266268373;
    /** 1 / ln 2: zip A occurs once in the reference, floored at a support of 2. */
    private static final double W_ZIP = 1.4426950408889634;
    /** 1 / ln 2: age 30 itself occurs once in the reference, floored at a support of 2. */
    private static final double E_AGE = 1.4426950408889634;

    private final HandTable table = new HandTable();
    private ForkJoinPool pool;
    private Agreement agreement;
    private Scoreboard scoreboard;
    private Query[] queries;

    @BeforeAll
    void setUp() {
        pool = new ForkJoinPool(2);
        agreement = Agreement.fit(table.real, RecordDistance.fit(table.real), 0.05);
        RarityWeights weights = RarityWeights.measure(ColumnTable.of(table.reference,
                agreement), agreement);
        scoreboard = new Scoreboard(ColumnTable.of(table.synthetic, agreement).columns(),
                agreement.tolerances(), pool);
        Knowledge knowledge = new Knowledge(new int[] {0, 1, 2}, 3, 0, 0);
        ColumnTable targets = ColumnTable.of(table.targets(), agreement);
        queries = new Query[] {knowledge.observe(targets, 0, Seeds.root(1), agreement, weights),
                knowledge.observe(targets, 1, Seeds.root(1), agreement, weights)};
    }

    @AfterAll
    void tearDown() {
        pool.shutdown();
    }

    @Nested
    class Fill {
        @Test
        void weighsEachAgreeingAttributeByItsRarity() {
            assertArrayEquals(new double[] {W_AGE, W_SEX, W_ZIP}, queries[0].weights(), EPS);
        }

        @Test
        void weighsAnExactValueByTheRarityOfThatValue() {
            assertArrayEquals(new double[] {E_AGE, W_SEX, W_ZIP}, queries[0].exactWeights(),
                    EPS);
        }

        @Test
        void scoresEveryRecordOfTheHandTable() {
            // Target r0 = (30, F, A):
            //   s0 (30, F, A): age agrees and is equal, sex, zip
            //                  0.721348 + 1.442695 + 0.910239 + 1.442695 = 4.516977
            //   s1 (31, F, B): age (|31-30| <= 2.5), sex   0.721348 + 0.910239 = 1.631587
            //   s2 (45, M, A): zip                                               1.442695
            //   s3 (29, M, C): age                                               0.721348
            //   s4 (60, F, D): sex                                               0.910239
            double[] scores = new double[5];
            scoreboard.fill(queries[0], scores);
            assertArrayEquals(new double[] {W_AGE + E_AGE + W_SEX + W_ZIP, W_AGE + W_SEX, W_ZIP,
                W_AGE, W_SEX}, scores, EPS);
            assertEquals(4.516977, scores[0], 5e-7);
            assertEquals(1.631587, scores[1], 5e-7);
        }

        @Test
        void scoresAnExactCopyAboveEveryRecordWithinTheTolerance() {
            // One numeric attribute, tolerance 2: the first record holds the target's value 10
            // (0.3 + 0.9), 10.5 and 12 agree with it (0.3), 13 does not.
            Scoreboard board = new Scoreboard(new double[][] {{10, 10.5, 12, 13}},
                    new double[] {2}, pool);
            double[] scores = new double[4];
            board.fill(new Query(new int[] {0}, new double[] {10}, new double[] {0.3},
                    new double[] {0.9}), scores);
            assertArrayEquals(new double[] {1.2, 0.3, 0.3, 0}, scores, EPS);
            Match match = Scoreboard.summarise(scores);
            assertEquals(0, match.best());
            assertTrue(match.eccentricity() > 0);
        }
    }

    @Nested
    class FillWithMissingValues {
        @Test
        void letsAMissingValueAgreeWithMissingValuesOnly() {
            Scoreboard board = new Scoreboard(new double[][] {{1, Double.NaN, 1.5, 4}},
                    new double[] {0.5}, pool);
            double[] scores = new double[4];
            board.fill(new Query(new int[] {0}, new double[] {1}, new double[] {0.3}), scores);
            assertArrayEquals(new double[] {0.3, 0, 0.3, 0}, scores);
            board.fill(new Query(new int[] {0}, new double[] {Double.NaN}, new double[] {0.3}),
                    scores);
            assertArrayEquals(new double[] {0, 0.3, 0, 0}, scores);
        }
    }

    @Nested
    class Score {
        @Test
        void acceptsAnEccentricBestRecord() {
            // Target r0: best s0 = 4.516977, second s1 = 1.631587, gap = 2.885390.
            // mean = 9.222845 / 5 = 1.844569; mean of squares = 26.495402 / 5 = 5.299080;
            // variance = 5.299080 - 1.844569^2 = 1.896645; sd = 1.377187;
            // eccentricity = 2.885390 / 1.377187 = 2.095132 >= 1.5: a confident match.
            Match match = scoreboard.score(queries)[0];
            assertEquals(0, match.best());
            assertEquals(4.516977, match.top(), 5e-7);
            assertEquals(1.631587, match.second(), 5e-7);
            assertEquals(1.377187, match.deviation(), 5e-7);
            assertEquals(2.095132, match.eccentricity(), 5e-7);
            assertTrue(match.confident(1.5));
        }

        @Test
        void abstainsWhenTheBestRecordDoesNotStandOut() {
            // Target r4 = (31, F, B): w_age = 1/ln 3 (30, 32, 31 agree), e_age = 1/ln 2 (31
            // once), w_sex = 1/ln 3, w_zip = 1/ln 2 (B twice). Scores: s0 = 1.820478,
            // s1 = 4.705869, s2 = 0, s3 = 0.910239, s4 = 0.910239; mean 1.669365,
            // sd 1.623731; eccentricity = 2.885390 / 1.623731 = 1.777012 < 1.8: the attacker
            // abstains.
            Match match = scoreboard.score(queries)[1];
            assertEquals(1, match.best());
            assertEquals(4.705869, match.top(), 5e-7);
            assertEquals(1.820478, match.second(), 5e-7);
            assertEquals(1.777012, match.eccentricity(), 5e-7);
            assertFalse(match.confident(1.8));
            assertTrue(match.confident(1.7));
        }

        @Test
        void givesATieForTheBestAnEccentricityOfZero() {
            Match match = Scoreboard.summarise(new double[] {2, 1, 2, 0});
            assertEquals(0, match.best());
            assertEquals(0, match.eccentricity());
            assertFalse(match.confident(0.01));
        }

        @Test
        void givesEqualScoresEverywhereAnEccentricityOfZero() {
            Match match = Scoreboard.summarise(new double[] {0.5, 0.5, 0.5});
            assertEquals(0, match.deviation());
            assertEquals(0, match.eccentricity());
        }

        @Test
        void givesTheSameMatchesOnOneThread() {
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                Match[] serial = new Scoreboard(ColumnTable.of(table.synthetic, agreement)
                        .columns(), agreement.tolerances(), single).score(queries);
                assertArrayEquals(serial, scoreboard.score(queries));
            } finally {
                single.shutdown();
            }
        }
    }

    @Nested
    class Construction {
        @Test
        void rejectsAReleaseOfOneRecord() {
            double[][] one = ColumnTable.of(table.synthetic.select("one", new int[] {0}),
                    agreement).columns();
            assertThrows(IllegalArgumentException.class,
                    () -> new Scoreboard(one, agreement.tolerances(), pool));
        }

        @Test
        void rejectsColumnsOfDifferentLengths() {
            assertThrows(IllegalArgumentException.class, () -> new Scoreboard(
                    new double[][] {{1, 2}, {1, 2, 3}}, new double[] {0, 0}, pool));
        }
    }
}
