package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.reports.Scorecard.Score;
import org.synthaudit.reports.Scorecard.Status;

/** The scorecard's mapping, checked on values computed by hand in the comments. */
class ScorecardTest {
    private static final double EPS = 1e-9;

    private static Figure figure(String id, double value, double lower, double upper,
            Bounds bounds) {
        return new Figure(id, id, null, Estimate.of(value, lower, upper, 0.95, "test"),
                Estimate.exact(0, "baseline"), bounds, Sense.HIGHER_IS_WORSE);
    }

    private static Figure undefined(String id, String reason) {
        return new Figure(id, id, null, Estimate.undefined(reason), Estimate.exact(0, "base"),
                Bounds.UNIT, Sense.HIGHER_IS_WORSE);
    }

    /** A model score trained on synthetic data, its baseline the real-trained model's. */
    private static Figure modelScore(String id, double value, double lower, double upper,
            double real) {
        return new Figure(id, id, null, Estimate.of(value, lower, upper, 0.95, "test"),
                Estimate.of(real, real - 0.01, Math.min(1, real + 0.01), 0.95, "real"),
                Bounds.UNIT, Sense.HIGHER_IS_BETTER);
    }

    private static Finding finding(String id, Category category, Figure... figures) {
        return new Finding(id, id, category, "", figures[0].id(), List.of(figures), List.of(),
                List.of(), null);
    }

    private static Score score(Category category, Finding... findings) {
        return Scorecard.of(List.of(findings)).scores().stream()
                .filter(s -> s.category() == category).findFirst().orElseThrow();
    }

    private static void assertRange(double value, double lower, double upper, Score score) {
        assertEquals(value, score.score().value(), EPS, "value");
        assertEquals(lower, score.score().lower(), EPS, "lower");
        assertEquals(upper, score.score().upper(), EPS, "upper");
    }

    @Nested
    class Privacy {
        @Test
        void mapsAnAucToTheAdvantageOverGuessing() {
            // 2 x 0.6 - 1 = 0.2, so 100 x (1 - 0.2) = 80; at 0.65 it is 70, at 0.55 it is 90
            Score score = score(Category.PRIVACY, finding("membership.dcr", Category.PRIVACY,
                    figure("membership.dcr.auc", 0.6, 0.55, 0.65, Bounds.UNIT)));

            assertRange(80, 70, 90, score);
            assertEquals(Scorecard.Combination.LARGEST, score.combination());
        }

        @Test
        void takesTheLargestRiskAtEachEndOfTheIntervals() {
            // AUC 0.6 [0.55, 0.65] -> 0.2 [0.1, 0.3]; gain 0.1 [0.05, 0.4] -> 0.1 [0.05, 0.4];
            // value max(0.2, 0.1) = 0.2 -> 80, worst max(0.3, 0.4) -> 60, best max(0.1, 0.05)
            // -> 90
            Score score = score(Category.PRIVACY,
                    finding("membership.dcr", Category.PRIVACY,
                            figure("membership.dcr.auc", 0.6, 0.55, 0.65, Bounds.UNIT)),
                    finding("linkage", Category.PRIVACY, figure("linkage.reidentification.gain",
                            0.1, 0.05, 0.4, Bounds.SIGNED_UNIT)));

            assertRange(80, 60, 90, score);
            assertEquals("membership.dcr.auc", score.weakest().orElseThrow().figure());
        }

        @Test
        void countsANegativeGainAsNoRisk() {
            // gain -0.05 [-0.1, 0.02] -> 0 [0, 0.02] -> 100 [98, 100]
            Score score = score(Category.PRIVACY, finding("inference.cap", Category.PRIVACY,
                    figure("inference.cap.max_gain", -0.05, -0.1, 0.02, Bounds.SIGNED_UNIT)));

            assertRange(100, 98, 100, score);
        }

        @Test
        void mapsAnEpsilonLowerBoundToTheLargestAdvantageItAllows() {
            // epsilon = 2 ln 3: tanh(ln 3) = (9 - 1) / (9 + 1) = 0.8 -> 20; an infinite upper
            // end allows any advantage -> 0; lower end 0 -> tanh(0) = 0 -> 100
            double eps = 2 * Math.log(3);
            Score score = score(Category.PRIVACY, finding("membership.one-run",
                    Category.PRIVACY, figure("membership.one-run.epsilon_lower_bound", eps, 0,
                            Double.POSITIVE_INFINITY, Bounds.NON_NEGATIVE)));

            assertRange(20, 0, 100, score);
        }

        @Test
        void isNotScoredWhenEveryAttackIsUndefinedOrSkipped() {
            Score score = score(Category.PRIVACY,
                    finding("membership.dcr", Category.PRIVACY,
                            undefined("membership.dcr.auc", "no holdout records")),
                    Finding.skipped("membership.shadow", "Shadow", Category.PRIVACY,
                            "release mode"));

            assertNull(score.score());
            assertEquals("membership.dcr.auc undefined: no holdout records; evaluator "
                    + "membership.shadow was skipped: release mode", score.notScored());
            assertEquals(List.of(Status.UNDEFINED, Status.SKIPPED),
                    score.inputs().stream().map(Scorecard.Input::status).toList());
        }

        @Test
        void leavesAnUndefinedAttackOutOfAScoredScore() {
            Score score = score(Category.PRIVACY,
                    finding("membership.dcr", Category.PRIVACY,
                            figure("membership.dcr.auc", 0.6, 0.55, 0.65, Bounds.UNIT)),
                    finding("membership.one-run", Category.PRIVACY,
                            undefined("membership.one-run.epsilon_lower_bound", "no bound")));

            assertRange(80, 70, 90, score);
            assertEquals("undefined: no bound", score.inputs().get(1).reason());
        }

        @Test
        void isNotScoredWithoutAnyAttack() {
            Score score = score(Category.PRIVACY);

            assertNull(score.score());
            assertEquals("no privacy attack ran", score.notScored());
        }

        @Test
        void fallsAsTheAucRises() {
            double previous = Double.POSITIVE_INFINITY;
            for (double auc = 0.3; auc <= 1.0001; auc += 0.05) {
                double a = Math.min(1, auc);
                double value = score(Category.PRIVACY, finding("m", Category.PRIVACY,
                        figure("m.auc", a, a, a, Bounds.UNIT))).score().value();
                assertTrue(value <= previous, "AUC " + a);
                previous = value;
            }
            assertEquals(0, previous, EPS);
        }
    }

    @Nested
    class Utility {
        private Finding tstr(Figure... scores) {
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure("utility.tstr.random_forest.auc_ratio", "ratio", null,
                    Estimate.of(0.7, 0.6, 0.8, 0.95, "test"), Estimate.exact(1, "equal"),
                    Bounds.NON_NEGATIVE, Sense.HIGHER_IS_BETTER));
            figures.addAll(List.of(scores));
            figures.add(modelScore("utility.tstr.random_forest.accuracy", 0.3, 0.2, 0.4, 0.9));
            return new Finding("utility.tstr", "TSTR", Category.UTILITY, "",
                    figures.getFirst().id(), figures, List.of(), List.of(), null);
        }

        @Test
        void averagesTheSkillKeptOverChanceAcrossModels() {
            // logistic: (0.7 - 0.5) / (0.9 - 0.5) = 0.5 [0.4, 0.6] from 0.66 and 0.74;
            // forest: (0.8 - 0.5) / 0.4 = 0.75 [0.7, 0.8] from 0.78 and 0.82;
            // mean kept 0.625 -> 62.5, worst (0.4 + 0.7) / 2 -> 55, best (0.6 + 0.8) / 2 -> 70
            Score score = score(Category.UTILITY, tstr(
                    modelScore("utility.tstr.logistic_regression.auc", 0.7, 0.66, 0.74, 0.9),
                    modelScore("utility.tstr.random_forest.auc", 0.8, 0.78, 0.82, 0.9)));

            assertRange(62.5, 55, 70, score);
            assertEquals(2, score.inputs().size());
            assertEquals(Scorecard.Combination.MEAN, score.combination());
        }

        @Test
        void measuresRSquaredFromZero() {
            // (0.3 - 0) / 0.6 = 0.5 [1/3, 2/3] -> 50 [33.33, 66.67]
            Figure ratio = new Figure("utility.tstr.random_forest.r2_ratio", "ratio", null,
                    Estimate.of(0.5, 0.3, 0.7, 0.95, "test"), Estimate.exact(1, "equal"),
                    Bounds.NON_NEGATIVE, Sense.HIGHER_IS_BETTER);
            Finding finding = new Finding("utility.tstr", "TSTR", Category.UTILITY, "",
                    ratio.id(), List.of(ratio,
                            modelScore("utility.tstr.random_forest.r2", 0.3, 0.2, 0.4, 0.6)),
                    List.of(), List.of(), null);

            assertRange(50, 100.0 / 3, 200.0 / 3, score(Category.UTILITY, finding));
        }

        @Test
        void leavesOutAModelThatLearnedNothingFromRealData() {
            Score score = score(Category.UTILITY, tstr(
                    modelScore("utility.tstr.logistic_regression.auc", 0.7, 0.66, 0.74, 0.9),
                    modelScore("utility.tstr.random_forest.auc", 0.55, 0.5, 0.6, 0.5)));

            assertRange(50, 40, 60, score);
            assertEquals(Status.UNDEFINED, score.inputs().get(1).status());
            assertEquals("the model trained on real data scores 0.5, no better than guessing"
                    + " (0.5), so it has no skill to keep", score.inputs().get(1).reason());
        }

        @Test
        void capsAModelThatBeatsTheRealOneAtFullSkill() {
            // (0.95 - 0.5) / 0.4 = 1.125, clamped to 1 -> 100
            Score score = score(Category.UTILITY, tstr(
                    modelScore("utility.tstr.random_forest.auc", 0.95, 0.94, 0.96, 0.9)));

            assertRange(100, 100, 100, score);
        }

        @Test
        void isNotScoredWhenTheEvaluatorWasSkipped() {
            Score score = score(Category.UTILITY, Finding.skipped("utility.tstr", "TSTR",
                    Category.UTILITY, "no column has the role target"));

            assertNull(score.score());
            assertEquals("evaluator utility.tstr was skipped: no column has the role target",
                    score.notScored());
        }
    }

    @Nested
    class Fidelity {
        @Test
        void averagesColumnDistanceMarginalTvdAndPropensityAdvantage() {
            // 0.1 [0.05, 0.15], 0.2 [0.2, 0.3], 2 x 0.75 - 1 = 0.5 [0.4, 0.6]:
            // mean 0.8 / 3 -> 73.33, worst 1.05 / 3 = 0.35 -> 65, best 0.65 / 3 -> 78.33
            Score score = score(Category.FIDELITY,
                    finding("fidelity.columns", Category.FIDELITY, figure(
                            "fidelity.columns.mean_distance", 0.1, 0.05, 0.15, Bounds.UNIT)),
                    finding("fidelity.marginals", Category.FIDELITY, figure(
                            "fidelity.marginals.mean_tvd", 0.2, 0.2, 0.3, Bounds.UNIT)),
                    finding("fidelity.propensity", Category.FIDELITY, figure(
                            "fidelity.propensity.auc", 0.75, 0.7, 0.8, Bounds.UNIT)),
                    finding("fidelity.copies", Category.FIDELITY, figure(
                            "fidelity.copies.train_share", 1, 1, 1, Bounds.UNIT)));

            assertRange(100 * (1 - 0.8 / 3), 65, 100 * (1 - 0.65 / 3), score);
            assertEquals(3, score.inputs().size());
        }

        @Test
        void leavesOutADetectionAucWhollyBelowOneHalf() {
            // 0.18 [0.07, 0.29] on a tiny table is anti-learning, not perfect fidelity: only
            // the column distance 0.1 [0.05, 0.15] counts -> 90 (85-95), not (0.9 + 1) / 2
            Score score = score(Category.FIDELITY,
                    finding("fidelity.columns", Category.FIDELITY, figure(
                            "fidelity.columns.mean_distance", 0.1, 0.05, 0.15, Bounds.UNIT)),
                    finding("fidelity.propensity", Category.FIDELITY, figure(
                            "fidelity.propensity.auc", 0.18, 0.07, 0.29, Bounds.UNIT)));

            assertRange(90, 85, 95, score);
            Scorecard.Input auc = score.inputs().get(1);
            assertEquals(Scorecard.Status.UNDEFINED, auc.status());
            assertEquals("the detection AUC 0.18 [0.07, 0.29] lies wholly below 0.5: held-out "
                    + "anti-learning, an artefact of cross-validation on few rows, not evidence "
                    + "of fidelity", auc.reason());
        }

        @Test
        void readsADetectionAucWhoseIntervalHoldsOneHalfAsNoDifference() {
            // 0.45 [0.40, 0.52]: shortfall 0 at the point, 2 x 0.52 - 1 = 0.04 at worst
            Score score = score(Category.FIDELITY,
                    finding("fidelity.propensity", Category.FIDELITY, figure(
                            "fidelity.propensity.auc", 0.45, 0.40, 0.52, Bounds.UNIT)));
            assertRange(100, 96, 100, score);
        }
    }

    @Nested
    class Fairness {
        @Test
        void takesTheLargestWideningOfAGroupGap() {
            // race share_tvd 0.01 [0.005, 0.02]; race parity change -0.2 [-0.3, -0.1] -> 0;
            // sex odds change 0.05 [-0.02, 0.15] -> 0.05 [0, 0.15]:
            // value max 0.05 -> 95, worst max 0.15 -> 85, best max 0.005 -> 99.5
            Finding fairness = new Finding("fairness", "Fairness", Category.FAIRNESS, "",
                    "fairness.race.demographic_parity_difference_change", List.of(
                            figure("fairness.race.demographic_parity_difference_change", -0.2,
                                    -0.3, -0.1, Bounds.SIGNED_UNIT),
                            figure("fairness.race.share_tvd", 0.01, 0.005, 0.02, Bounds.UNIT),
                            figure("fairness.race.White.share", 0.86, 0.85, 0.87, Bounds.UNIT),
                            figure("fairness.sex.equalized_odds_difference_change", 0.05, -0.02,
                                    0.15, Bounds.SIGNED_UNIT)),
                    List.of(), List.of(), null);

            Score score = score(Category.FAIRNESS, fairness);

            assertRange(95, 85, 99.5, score);
            assertEquals(3, score.inputs().size());
        }
    }

    @Nested
    class Display {
        @Test
        void roundsHalfUpButShowsTheEndsOnlyForTheEndsThemselves() {
            assertEquals(List.of("72", "99", "100", "1", "0", "50"),
                    List.of(71.5, 99.6, 100.0, 0.3, 0.0, 49.5).stream()
                            .map(ReportView.ScoreView::whole).toList());
        }
    }
}
