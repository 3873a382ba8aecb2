package org.synthaudit.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.TTest;

/**
 * Hand-computed values. For values 1, 2, 3 the mean is 2, the standard deviation 1 and the 95 %
 * Student t interval (df 2, t = 4.302653) is 2 ± 4.302653 / sqrt 3 = [-0.484138, 4.484138].
 */
class RepeatStatisticsTest {
    private static Estimate at(double value) {
        return Estimate.of(value, value - 0.1, value + 0.1, 0.95, "DeLong");
    }

    private static List<Estimate> repeats(double... values) {
        return java.util.Arrays.stream(values).mapToObj(RepeatStatisticsTest::at).toList();
    }

    @Nested
    class Mean {
        @Test
        void givesTheStudentTIntervalAcrossRepeats() {
            Estimate.Value mean = assertInstanceOf(Estimate.Value.class,
                    RepeatStatistics.mean(repeats(1, 2, 3), Bounds.REAL));

            assertEquals(2, mean.value(), 1e-15);
            assertEquals(-0.484138, mean.lower(), 1e-6);
            assertEquals(4.484138, mean.upper(), 1e-6);
            assertEquals("mean of 3, Student t interval 95% (df 2) across repeats",
                    mean.method());
        }

        @Test
        void cutsTheIntervalToTheFiguresRange() {
            Estimate.Value mean = (Estimate.Value) RepeatStatistics.mean(
                    repeats(0.1, 0.2, 0.3), Bounds.UNIT);

            // 0.2 ± 4.302653 * 0.1 / sqrt 3 = [-0.0484, 0.4484], cut at 0
            assertEquals(0, mean.lower());
            assertEquals(0.4484138, mean.upper(), 1e-6);
            assertEquals("mean of 3, Student t interval 95% (df 2) across repeats, cut to the "
                    + "figure's range", mean.method());
        }

        @Test
        void neverClaimsCertaintyWhenTheRepeatsAreEqual() {
            // two repeats of 0.8933 [0.847, 0.940]: s = 0, so the t interval is a point; the
            // repeats share the real data, so the mean keeps their own interval
            Estimate each = Estimate.of(0.8933, 0.847, 0.940, 0.95, "DeLong");
            Estimate.Value mean = (Estimate.Value) RepeatStatistics.mean(List.of(each, each),
                    Bounds.UNIT);

            assertEquals(0.8933, mean.value(), 1e-12);
            assertEquals(0.847, mean.lower(), 1e-12);
            assertEquals(0.940, mean.upper(), 1e-12);
            assertEquals("mean of 2, Student t interval 95% (df 1) across repeats, widened to "
                    + "the mean of the repeats' own interval ends (the repeats share the real "
                    + "data)", mean.method());
        }

        @Test
        void widensToTheMeanOfTheRepeatsOwnEndsWhenTheyAreWider() {
            // 0.5 [0.3, 0.6] and 0.52 [0.34, 0.7]: t interval 0.51 ± 12.7062 * 0.01 =
            // [0.383, 0.637]; own ends average [0.32, 0.65]
            Estimate.Value mean = (Estimate.Value) RepeatStatistics.mean(List.of(
                    Estimate.of(0.5, 0.3, 0.6, 0.95, "DeLong"),
                    Estimate.of(0.52, 0.34, 0.7, 0.95, "DeLong")), Bounds.UNIT);

            assertEquals(0.51, mean.value(), 1e-12);
            assertEquals(0.32, mean.lower(), 1e-12);
            assertEquals(0.65, mean.upper(), 1e-12);
        }

        @Test
        void keepsTheAuditsOwnIntervalWithOneRepeat() {
            Estimate only = Estimate.of(0.7, 0.6, 0.8, 0.95, "DeLong");

            assertEquals(Estimate.of(0.7, 0.6, 0.8, 0.95, "one repeat: DeLong"),
                    RepeatStatistics.mean(List.of(only), Bounds.UNIT));
        }

        @Test
        void isUndefinedWhenARepeatIsUndefinedAndSaysWhich() {
            List<Estimate> values = List.of(at(1), Estimate.undefined("single class"), at(3));

            assertEquals(Estimate.undefined("undefined in repeat 2 of 3: single class"),
                    RepeatStatistics.mean(values, Bounds.REAL));
        }

        @Test
        void namesEveryUndefinedRepeat() {
            List<Estimate> values = List.of(Estimate.undefined("a"), at(1),
                    Estimate.undefined("b"));

            assertEquals(Estimate.undefined("undefined in repeats 1, 3 of 3 (repeat 1: a)"),
                    RepeatStatistics.mean(values, Bounds.REAL));
        }
    }

    @Nested
    class PairedDifference {
        @Test
        void givesTheMeanDifferenceWithItsIntervalAndTest() {
            // differences 1, 2, 3: t = sqrt 12, df 2, p = 1 - sqrt(6 / 7) = 0.0741799
            List<Estimate> a = repeats(3, 5, 7);
            List<Estimate> b = repeats(2, 3, 4);

            Estimate.Value d = assertInstanceOf(Estimate.Value.class,
                    RepeatStatistics.meanDifference("a", a, "b", b));
            TTest.Tested test = assertInstanceOf(TTest.Tested.class,
                    RepeatStatistics.test("a", a, "b", b));

            assertEquals(2, d.value(), 1e-12);
            assertEquals(-0.484138, d.lower(), 1e-6);
            assertEquals(4.484138, d.upper(), 1e-6);
            assertEquals(0.0741799, test.pValue(), 1e-7);
            assertEquals(Math.sqrt(12), test.t(), 1e-12);
        }

        @Test
        void isUndefinedWhenTheDifferencesAreEqualInEveryRepeat() {
            // differences 0.4, 0.4: s = 0, so a t interval would be the point 0.4
            Estimate d = RepeatStatistics.meanDifference("a", repeats(0.9, 0.9), "b",
                    repeats(0.5, 0.5));

            assertEquals(Estimate.undefined("the paired differences are the same in all 2 "
                    + "pairs (0.4), so their standard deviation is 0 and they give no "
                    + "interval"), d);
        }

        @Test
        void isUndefinedWithOneRepeatNeverZero() {
            String reason = "a paired difference across repeats needs at least 2 repeats, and "
                    + "the comparison ran 1 (--repeat)";

            assertEquals(Estimate.undefined(reason), RepeatStatistics.meanDifference("a",
                    repeats(0.9), "b", repeats(0.5)));
            assertEquals(new TTest.Untestable(reason), RepeatStatistics.test("a", repeats(0.9),
                    "b", repeats(0.5)));
        }

        @Test
        void isUndefinedWhenEitherSideIsUndefinedInARepeat() {
            List<Estimate> b = List.of(at(1), Estimate.undefined("no target column"));

            assertEquals(Estimate.undefined("b: undefined in repeat 2 of 2: no target column"),
                    RepeatStatistics.meanDifference("a", repeats(1, 2), "b", b));
        }
    }
}
