package org.synthaudit.core.audit;

/**
 * Data for one chart of a finding. The set of chart kinds is closed, so a renderer switches
 * over it exhaustively and the compiler finds a kind it does not draw. Reports draw a chart;
 * they never compute it.
 *
 * <ul>
 *   <li>{@link Series}: a line through x-y points, such as an ROC curve;
 *   <li>{@link Bars}: grouped bars, one group per category and one bar per series in each,
 *       each bar an estimate with its interval or undefined with the reason;
 *   <li>{@link Heatmap}: a grid of cells with row and column labels, each cell an estimate,
 *       undefined with the reason, or empty where the grid has no value by construction.
 * </ul>
 */
public sealed interface Chart permits Series, Bars, Heatmap {
    /**
     * A stable id within the finding.
     *
     * @return e.g. {@code roc} or {@code marginal.age}
     */
    String id();

    /**
     * The caption of the chart.
     *
     * @return a short human label
     */
    String label();

    /**
     * The name of the chart's kind, as written in report.json.
     *
     * @return {@code line}, {@code bars} or {@code heatmap}
     */
    default String kind() {
        return switch (this) {
            case Series s -> "line";
            case Bars b -> "bars";
            case Heatmap h -> "heatmap";
        };
    }
}
