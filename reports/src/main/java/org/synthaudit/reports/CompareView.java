package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.compare.Comparison;
import org.synthaudit.core.compare.Comparison.Contender;
import org.synthaudit.core.compare.Comparison.Difference;
import org.synthaudit.core.compare.Comparison.FigureInfo;
import org.synthaudit.core.compare.Comparison.FigureSummary;
import org.synthaudit.core.compare.Comparison.RepeatOutcome;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.TTest;
import org.synthaudit.reports.ReportView.Entry;
import org.synthaudit.reports.ReportView.EstimateView;
import org.synthaudit.reports.ReportView.ProvenanceView;

/**
 * What the comparison page shows, as text ready to print: numbers are formatted, nothing is
 * computed. The leaderboard and the chart are built from the same {@link Contender} fields
 * ({@link Contender#paretoOptimal()}, the means of the two axis figures), so they agree by
 * construction. Every string is data and is escaped by the template; the only markup is the
 * chart's SVG, drawn by {@link Charts}.
 *
 * @param title the document title
 * @param heading the page heading
 * @param repeats the number of repeats, e.g. {@code 3 repeats}
 * @param front the labels of the Pareto front, joined, or a sentence saying there is none
 * @param privacy the privacy figure of the chart
 * @param utility the utility figure of the chart
 * @param leaderboard one row per generator, in leaderboard order
 * @param chart the privacy-against-utility chart
 * @param generators the generator labels in leaderboard order, the header of the figure table
 * @param figures one row per compared figure
 * @param differences the paired differences, grouped by figure
 * @param seeds the seeds of each repeat
 * @param audits one row per audit: generator, repeat, verdict, rules, time
 * @param provenance what a reader needs to rerun the comparison
 */
record CompareView(String title, String heading, String repeats, String front, AxisView privacy,
        AxisView utility, List<BoardRow> leaderboard, ChartView chart, List<String> generators,
        List<FigureRow> figures, List<DifferenceGroup> differences, List<SeedRow> seeds,
        List<AuditRow> audits, ProvenanceView provenance) {

    /**
     * Builds the view of a comparison.
     *
     * @param comparison the comparison
     * @return the view
     */
    static CompareView of(Comparison comparison) {
        List<Contender> contenders = comparison.contenders();
        String heading = "Comparison of " + contenders.size() + " generators"
                + comparison.provenance().inputs().stream().filter(i -> i.role().equals("real"))
                        .findFirst().map(i -> " on " + i.path()).orElse("");
        int r = comparison.repeats().size();
        List<String> front = comparison.paretoFront();
        AxisView privacy = AxisView.of(comparison.figure(comparison.privacyAxis()));
        AxisView utility = AxisView.of(comparison.figure(comparison.utilityAxis()));
        return new CompareView(heading + " · synthaudit", heading,
                r + (r == 1 ? " repeat" : " repeats"),
                front.isEmpty() ? "no generator could be placed" : String.join(", ", front),
                privacy, utility,
                leaderboard(comparison),
                ChartView.of(comparison, privacy, utility),
                contenders.stream().map(Contender::label).toList(),
                comparison.figures().stream().map(f -> FigureRow.of(f, contenders)).toList(),
                DifferenceGroup.all(comparison),
                comparison.repeats().stream().map(s -> new SeedRow(Integer.toString(s.number()),
                        Long.toString(s.seed()), Long.toString(s.splitSeed()),
                        Long.toString(s.generatorSeed()))).toList(),
                AuditRow.all(comparison),
                ProvenanceView.of(comparison.provenance()));
    }

    private static List<BoardRow> leaderboard(Comparison comparison) {
        List<BoardRow> rows = new ArrayList<>();
        for (int i = 0; i < comparison.contenders().size(); i++) {
            rows.add(BoardRow.of(i + 1, comparison.contenders().get(i), comparison));
        }
        return rows;
    }

    /** The words for a figure's sense, or {@code null} for a neutral figure. */
    private static String senseText(Sense sense) {
        return switch (sense) {
            case HIGHER_IS_WORSE -> "higher is worse";
            case HIGHER_IS_BETTER -> "higher is better";
            case NEUTRAL -> null;
        };
    }

    /**
     * A figure of the chart.
     *
     * @param id the figure id
     * @param label its label
     * @param sense how to read it
     */
    record AxisView(String id, String label, String sense) {
        static AxisView of(FigureInfo figure) {
            return new AxisView(figure.id(), figure.label(), senseText(figure.sense()));
        }

        /** The axis in the caption: label, id and direction. */
        String describe() {
            return label + " (" + id + (sense == null ? "" : ", " + sense) + ")";
        }
    }

    /**
     * One figure of one generator.
     *
     * @param estimate the mean with its interval, or undefined
     * @param rank e.g. {@code rank 1 of 4}, or {@code null} without a rank
     */
    record Cell(EstimateView estimate, String rank) {
        static Cell of(FigureSummary summary, int of, Bounds bounds) {
            return new Cell(FindingFigures.estimateText(summary.mean(), bounds),
                    summary.rank() == null ? null : "rank " + summary.rank() + " of " + of);
        }
    }

    /**
     * A policy verdict of one repeat as a badge.
     *
     * @param text e.g. {@code FAIL}
     * @param css the badge's CSS modifier
     * @param repeat the repeat's number
     * @param rules the rules that did not pass, e.g. {@code failed: membership-dcr-auc}, or
     *     {@code null} when all passed
     */
    record VerdictBadge(String text, String css, String repeat, String rules) {
        static VerdictBadge of(RepeatOutcome outcome) {
            Map<String, RuleStatus> rules = outcome.rulesNotPassed();
            List<String> parts = new ArrayList<>();
            for (RuleStatus status : List.of(RuleStatus.FAILED, RuleStatus.WARNED,
                    RuleStatus.INCONCLUSIVE, RuleStatus.UNDEFINED)) {
                List<String> ids = rules.entrySet().stream().filter(e -> e.getValue() == status)
                        .map(Map.Entry::getKey).toList();
                if (!ids.isEmpty()) {
                    parts.add(Names.of(status) + ": " + String.join(", ", ids));
                }
            }
            boolean pass = outcome.verdict() == Verdict.PASS;
            return new VerdictBadge(outcome.verdict().name(), pass ? "passed" : "failed",
                    Integer.toString(outcome.repeat()),
                    parts.isEmpty() ? null : String.join("; ", parts));
        }
    }

    /**
     * One generator in the leaderboard.
     *
     * @param position its place, from 1
     * @param label how the user listed it
     * @param generatorId the generator id
     * @param parameters its parameters
     * @param privacyClaim its differential-privacy claim
     * @param pareto whether it is on the Pareto front
     * @param unplaced why it is not in the chart, or {@code null}
     * @param privacy its privacy figure
     * @param utility its utility figure
     * @param verdicts the verdict of each repeat
     */
    record BoardRow(String position, String label, String generatorId, List<Entry> parameters,
            String privacyClaim, boolean pareto, String unplaced, Cell privacy, Cell utility,
            List<VerdictBadge> verdicts) {
        static BoardRow of(int position, Contender c, Comparison comparison) {
            int n = comparison.contenders().size();
            return new BoardRow(Integer.toString(position), c.label(), c.generatorId(),
                    c.parameters().entrySet().stream().map(e -> new Entry(e.getKey(),
                            String.valueOf(e.getValue()))).toList(),
                    c.privacyClaim(), c.paretoOptimal(), c.unplaced(),
                    Cell.of(c.figure(comparison.privacyAxis()), n,
                            comparison.figure(comparison.privacyAxis()).bounds()),
                    Cell.of(c.figure(comparison.utilityAxis()), n,
                            comparison.figure(comparison.utilityAxis()).bounds()),
                    c.outcomes().stream().map(VerdictBadge::of).toList());
        }
    }

    /**
     * The drawn chart.
     *
     * @param svg the SVG element, or {@code null} when no generator could be placed
     * @param caption how to read it, naming the Pareto front and any generator left out
     */
    record ChartView(String svg, String caption) {
        static ChartView of(Comparison comparison, AxisView privacy, AxisView utility) {
            List<Charts.Point> points = new ArrayList<>();
            List<String> left = new ArrayList<>();
            for (Contender c : comparison.contenders()) {
                if (c.unplaced() != null) {
                    left.add(c.label() + " (" + c.unplaced() + ")");
                    continue;
                }
                Estimate.Value x = (Estimate.Value) c.figure(comparison.privacyAxis()).mean();
                Estimate.Value y = (Estimate.Value) c.figure(comparison.utilityAxis()).mean();
                points.add(new Charts.Point(c.label(), x.value(), x.lower(), x.upper(),
                        y.value(), y.lower(), y.upper(), c.paretoOptimal()));
            }
            String svg = Charts.scatter(points, privacy.label(), utility.label(),
                    "chart-pareto").orElse(null);
            StringBuilder caption = new StringBuilder("x: " + privacy.describe() + "; y: "
                    + utility.describe() + ". One point per generator at its means; the error "
                    + "bars are the intervals of the leaderboard. The dashed line joins the "
                    + "Pareto front: ");
            List<String> front = comparison.paretoFront();
            caption.append(front.isEmpty() ? "none" : String.join(", ", front)).append('.');
            if (!left.isEmpty()) {
                caption.append(" Not drawn: ").append(String.join("; ", left)).append('.');
            }
            return new ChartView(svg, caption.toString());
        }
    }

    /**
     * One compared figure across the generators.
     *
     * @param id the figure id
     * @param label its label
     * @param category its category
     * @param sense how to read it
     * @param cells one per generator, in leaderboard order
     */
    record FigureRow(String id, String label, String category, String sense, List<Cell> cells) {
        static FigureRow of(FigureInfo figure, List<Contender> contenders) {
            return new FigureRow(figure.id(), figure.label(), figure.category().configName(),
                    senseText(figure.sense()), contenders.stream()
                            .map(c -> Cell.of(c.figure(figure.id()), contenders.size(),
                                    figure.bounds()))
                            .toList());
        }
    }

    /**
     * The paired differences on one figure.
     *
     * @param id the figure id
     * @param label its label
     * @param sense how to read it
     * @param rows one per pair of generators
     */
    record DifferenceGroup(String id, String label, String sense, List<DifferenceRow> rows) {
        static List<DifferenceGroup> all(Comparison comparison) {
            List<DifferenceGroup> groups = new ArrayList<>();
            for (FigureInfo figure : comparison.figures()) {
                Bounds range = differenceBounds(figure.bounds());
                List<DifferenceRow> rows = comparison.differences().stream()
                        .filter(d -> d.figureId().equals(figure.id()))
                        .map(d -> DifferenceRow.of(d, range)).toList();
                groups.add(new DifferenceGroup(figure.id(), figure.label(),
                        senseText(figure.sense()), rows));
            }
            return groups;
        }

        /** The range of a difference of two figures of a range: as wide on either side. */
        private static Bounds differenceBounds(Bounds bounds) {
            double width = bounds.max() - bounds.min();
            return Double.isFinite(width) ? new Bounds(-width, width) : Bounds.REAL;
        }
    }

    /**
     * One paired difference.
     *
     * @param first the generator listed first
     * @param second the generator listed second
     * @param difference the mean of first minus second, or undefined
     * @param pValue the p-value, or {@code null} when untestable
     * @param test the statistic and method, or {@code null} when untestable
     * @param untestable why no test was made, or {@code null}
     */
    record DifferenceRow(String first, String second, EstimateView difference, String pValue,
            String test, String untestable) {
        static DifferenceRow of(Difference d, Bounds range) {
            EstimateView difference = FindingFigures.estimateText(d.meanDifference(), range);
            return switch (d.test()) {
                case TTest.Tested t -> new DifferenceRow(d.first(), d.second(), difference,
                        Numbers.format(t.pValue()), "t = " + Numbers.format(t.t()) + ", df "
                                + t.degreesOfFreedom() + "; " + t.method(), null);
                case TTest.Untestable u -> new DifferenceRow(d.first(), d.second(), difference,
                        null, null, u.reason());
            };
        }
    }

    /**
     * The seeds of one repeat.
     *
     * @param repeat its number
     * @param seed the root seed of its audits
     * @param splitSeed the seed of the split
     * @param generatorSeed the seed of every generator's fit
     */
    record SeedRow(String repeat, String seed, String splitSeed, String generatorSeed) {
    }

    /**
     * One audit of the comparison.
     *
     * @param label the generator
     * @param repeat the repeat's number
     * @param verdict its verdict
     * @param millis its wall-clock time, or a dash
     */
    record AuditRow(String label, String repeat, VerdictBadge verdict, String millis) {
        static List<AuditRow> all(Comparison comparison) {
            List<AuditRow> rows = new ArrayList<>();
            for (Contender c : comparison.contenders()) {
                for (RepeatOutcome outcome : c.outcomes()) {
                    Long millis = comparison.timings().get(c.label() + "/" + outcome.repeat());
                    rows.add(new AuditRow(c.label(), Integer.toString(outcome.repeat()),
                            VerdictBadge.of(outcome),
                            millis == null ? "—" : Numbers.count(millis)));
                }
            }
            return rows;
        }
    }
}
