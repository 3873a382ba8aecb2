package org.synthaudit.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;
import org.synthaudit.core.audit.Bars;
import org.synthaudit.core.audit.Chart;
import org.synthaudit.core.audit.Heatmap;
import org.synthaudit.core.audit.Series;

/**
 * Draws a {@link Series} as an inline SVG chart with JFreeChart and JFreeSVG.
 *
 * <p>A series with id {@code roc} is drawn as a receiver operating characteristic curve with a
 * logarithmic false-positive-rate axis from 10<sup>-3</sup> to 1 and the diagonal of random
 * guessing, so the low-FPR region that matters for membership inference is visible (Carlini et
 * al., "Membership Inference Attacks From First Principles", IEEE S&amp;P 2022). Other series
 * are drawn as plain line charts. {@link #scatter} draws the privacy-against-utility chart of a
 * comparison: one point per generator with error bars on both axes, the Pareto front joined by
 * a dashed line.
 *
 * <p>Every text from data (legend, axis, category and point labels) first goes through
 * {@link #text(String)}, which writes control and bidirectional characters as visible escapes,
 * and is then written by {@link SVGGraphics2D}, which escapes {@code < > & " '}; nothing in the
 * returned markup comes from data unescaped.
 */
final class Charts {
    /** The id of the series drawn as an ROC curve. */
    static final String ROC = "roc";

    private static final int WIDTH = 600;
    private static final int HEIGHT = 380;
    private static final double MIN_FPR = 1e-3;
    private static final int LOG_STEPS_PER_DECADE = 12;
    private static final int DIAGONAL_POINTS = 61;
    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color GRID = new Color(0xe5, 0xe7, 0xeb);
    static final Color LINE = new Color(0x1d, 0x4e, 0xd8);
    static final Color CHANCE = new Color(0x9c, 0xa3, 0xaf);
    static final Color DOMINATED = new Color(0x6b, 0x72, 0x80);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        // JFreeChart draws rotated text (the y-axis label) as glyph outlines by default, a
        // work-around for old Java2D bugs; in SVG that turns text into paths. Plain rotated
        // text is what we want, and this module is the only user of JFreeChart.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Charts() {
    }

    /**
     * Draws a chart of any kind: a line ({@link #svg(Series, String)}), grouped bars
     * ({@link BarChart}) or a heatmap ({@link HeatmapChart}).
     *
     * @param chart the data
     * @param elementId a document-unique id for the SVG element; letters, digits and hyphens
     * @return the {@code <svg>} element, or empty when the chart has nothing that can be drawn
     */
    static Optional<String> draw(Chart chart, String elementId) {
        return switch (chart) {
            case Series series -> svg(series, elementId);
            case Bars bars -> BarChart.svg(bars, elementId);
            case Heatmap heatmap -> HeatmapChart.svg(heatmap, elementId);
        };
    }

    /**
     * Draws a series.
     *
     * @param series the data
     * @param elementId a document-unique id for the SVG element, also the prefix of the ids
     *     of its clip paths; letters, digits and hyphens only
     * @return the {@code <svg>} element, or empty when the series has no point that can be
     *     drawn
     */
    static Optional<String> svg(Series series, String elementId) {
        requireSafeId(elementId);
        boolean roc = ROC.equals(series.id());
        XYSeries points = points(series, roc);
        if (points.isEmpty()) {
            return Optional.empty();
        }
        JFreeChart chart = roc ? rocChart(series, points) : lineChart(series, points);
        return Optional.of(toSvg(chart, elementId));
    }

    /**
     * One generator in the privacy-against-utility chart: its means and their intervals.
     *
     * @param label the generator's label, drawn next to the point
     * @param x the privacy figure's mean
     * @param xLow the lower end of its interval
     * @param xHigh the upper end of its interval
     * @param y the utility figure's mean
     * @param yLow the lower end of its interval
     * @param yHigh the upper end of its interval
     * @param paretoOptimal whether the point is on the Pareto front
     */
    record Point(String label, double x, double xLow, double xHigh, double y, double yLow,
            double yHigh, boolean paretoOptimal) {
    }

    /**
     * Draws points with error bars and joins the Pareto-optimal ones, in order of x, by a
     * dashed line. The points on the front are blue, the others grey; each carries its label.
     * An interval end that is not finite is drawn at the point (no bar on that side).
     *
     * @param points the points; those with a coordinate that is not finite are left out
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param elementId a document-unique id for the SVG element; letters, digits and hyphens
     * @return the {@code <svg>} element, or empty when no point can be drawn
     */
    static Optional<String> scatter(List<Point> points, String xLabel, String yLabel,
            String elementId) {
        requireSafeId(elementId);
        List<Point> drawable = points.stream()
                .filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.y())).toList();
        if (drawable.isEmpty()) {
            return Optional.empty();
        }
        XYIntervalSeries front = new XYIntervalSeries("Pareto front", false, true);
        XYIntervalSeries dominated = new XYIntervalSeries("dominated", false, true);
        List<List<String>> labels = List.of(new ArrayList<>(), new ArrayList<>());
        for (Point p : drawable) {
            XYIntervalSeries series = p.paretoOptimal() ? front : dominated;
            series.add(p.x(), finite(p.xLow(), p.x()), finite(p.xHigh(), p.x()), p.y(),
                    finite(p.yLow(), p.y()), finite(p.yHigh(), p.y()));
            labels.get(p.paretoOptimal() ? 0 : 1).add(text(p.label()));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(front);
        data.addSeries(dominated);

        NumberAxis x = new NumberAxis(text(xLabel));
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.08);
        x.setUpperMargin(0.08);
        NumberAxis y = new NumberAxis(text(yLabel));
        y.setAutoRangeIncludesZero(false);
        y.setLowerMargin(0.08);
        y.setUpperMargin(0.12);
        XYPlot plot = new XYPlot(data, x, y, errorRenderer(labels));
        plot.setDataset(1, frontLine(drawable));
        plot.setRenderer(1, frontRenderer());
        return Optional.of(toSvg(chart(plot), elementId));
    }

    private static double finite(double end, double value) {
        return Double.isFinite(end) ? end : value;
    }

    private static XYErrorRenderer errorRenderer(List<List<String>> labels) {
        XYErrorRenderer renderer = new SideLabelRenderer();
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorPaint(CHANCE);
        renderer.setCapLength(6);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesPaint(1, DOMINATED);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> labels.get(series)
                .get(item));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TICK_FONT);
        renderer.setDefaultItemLabelPaint(INK);
        return renderer;
    }

    /**
     * An error-bar renderer that writes each point's label on the side of the point that faces
     * the middle of the x axis, so labels of points near either edge stay inside the chart.
     */
    private static final class SideLabelRenderer extends XYErrorRenderer {
        private static final long serialVersionUID = 1L;
        private static final ItemLabelPosition RIGHT = new ItemLabelPosition(
                ItemLabelAnchor.OUTSIDE3, TextAnchor.BOTTOM_LEFT);
        private static final ItemLabelPosition LEFT = new ItemLabelPosition(
                ItemLabelAnchor.OUTSIDE9, TextAnchor.BOTTOM_RIGHT);

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
            double x = getPlot().getDataset(0).getXValue(series, item);
            return x <= getPlot().getDomainAxis().getRange().getCentralValue() ? RIGHT : LEFT;
        }

        @Override
        public ItemLabelPosition getNegativeItemLabelPosition(int series, int item) {
            return getPositiveItemLabelPosition(series, item);
        }
    }

    /** The Pareto-optimal points in order of x, for the dashed line through the front. */
    private static XYSeriesCollection frontLine(List<Point> points) {
        XYSeries line = new XYSeries("Pareto front line", true, true);
        points.stream().filter(Point::paretoOptimal).forEach(p -> line.add(p.x(), p.y()));
        return new XYSeriesCollection(line);
    }

    private static XYLineAndShapeRenderer frontRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        renderer.setSeriesVisibleInLegend(0, false);
        return renderer;
    }

    /** The drawable points in data order; a log axis cannot show x <= 0. */
    static XYSeries points(Series series, boolean logX) {
        XYSeries points = new XYSeries("data", false, true);
        double[] x = series.x();
        double[] y = series.y();
        for (int i = 0; i < x.length; i++) {
            if (logX && i > 0) {
                addLogSpaced(points, x[i - 1], y[i - 1], x[i], y[i]);
            }
            boolean drawable = Double.isFinite(x[i]) && Double.isFinite(y[i])
                    && (!logX || x[i] > 0);
            if (drawable) {
                points.add(x[i], y[i]);
            }
        }
        return points;
    }

    /**
     * Adds points along the straight segment from (x0, y0) to (x1, y1) of an ROC curve at
     * log-spaced x, so that the segment, which is a curve on the logarithmic axis, is drawn as
     * one (a segment from FPR 0, such as that of a block of tied scores, would otherwise not be
     * drawn at all below its far end). Only drawing: the series keeps its own points.
     */
    private static void addLogSpaced(XYSeries points, double x0, double y0, double x1,
            double y1) {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1)
                && Double.isFinite(y1)) || x1 <= x0 || y1 == y0) {
            return;
        }
        double from = Math.max(x0, MIN_FPR);
        if (x1 / from < 1.2) {
            return;
        }
        int steps = (int) Math.ceil(Math.log10(x1 / from) * LOG_STEPS_PER_DECADE);
        for (int k = 0; k < steps; k++) {
            double f = from * Math.pow(x1 / from, (double) k / steps);
            if (f > x0) {
                points.add(f, y0 + (y1 - y0) * (f - x0) / (x1 - x0));
            }
        }
    }

    private static JFreeChart rocChart(Series series, XYSeries points) {
        XYSeriesCollection data = new XYSeriesCollection(points);
        data.addSeries(diagonal());
        LogAxis fpr = new PlainLogAxis(text(series.xLabel()));
        fpr.setRange(MIN_FPR, 1);
        NumberAxis tpr = new NumberAxis(text(series.yLabel()));
        tpr.setRange(0, 1);
        XYLineAndShapeRenderer renderer = renderer(true);
        renderer.setLegendItemLabelGenerator((dataset, index) -> index == 0
                ? text(series.label()) : "random guessing");
        return chart(new XYPlot(data, fpr, tpr, renderer));
    }

    private static JFreeChart lineChart(Series series, XYSeries points) {
        NumberAxis x = new NumberAxis(text(series.xLabel()));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(text(series.yLabel()));
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = renderer(false);
        renderer.setLegendItemLabelGenerator((dataset, index) -> text(series.label()));
        return chart(new XYPlot(new XYSeriesCollection(points), x, y, renderer));
    }

    /** The ROC curve of random guessing, TPR = FPR, evenly spaced on the log axis. */
    private static XYSeries diagonal() {
        XYSeries chance = new XYSeries("chance", false, true);
        for (int i = 0; i < DIAGONAL_POINTS; i++) {
            double fpr = Math.pow(10, Math.log10(MIN_FPR) * (1 - i / (DIAGONAL_POINTS - 1.0)));
            chance.add(fpr, fpr);
        }
        return chance;
    }

    private static XYLineAndShapeRenderer renderer(boolean withChance) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        if (withChance) {
            renderer.setSeriesPaint(1, CHANCE);
            renderer.setSeriesStroke(1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        }
        return renderer;
    }

    private static JFreeChart chart(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());

        JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 4, 4, 12));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(LABEL_FONT);
        legend.setItemPaint(INK);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    static void style(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(CHANCE);
        axis.setTickMarkPaint(CHANCE);
    }

    private static String toSvg(JFreeChart chart, String elementId) {
        return toSvg(chart, elementId, WIDTH, HEIGHT);
    }

    /**
     * Draws a chart into an SVG element of the given size.
     *
     * @param chart the chart
     * @param elementId the element id, also the prefix of its definitions' ids
     * @param width the width in pixels
     * @param height the height in pixels
     * @return the {@code <svg>} element
     */
    static String toSvg(JFreeChart chart, String elementId, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(elementId + "-");
        g2.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        g2.setTransformDoubleConverter(SVGUtils.createDoubleConverter(4));
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(elementId, false, new ViewBox(0, 0, width, height),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    }

    /**
     * A base-10 log axis whose ticks are plain decimals (0.001, 0.01, ...) written as text; the
     * stock axis writes them as styled strings, which SVG output turns into glyph outlines.
     */
    private static final class PlainLogAxis extends LogAxis {
        private static final long serialVersionUID = 1L;

        PlainLogAxis(String label) {
            super(label);
            setMinorTickMarksVisible(true);
        }

        @Override
        protected List<ValueTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea,
                RectangleEdge edge) {
            DecimalFormat format = new DecimalFormat("0.##########",
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            List<ValueTick> ticks = new ArrayList<>();
            int first = (int) Math.floor(Math.log10(getLowerBound()) + 1e-9);
            int last = (int) Math.ceil(Math.log10(getUpperBound()) - 1e-9);
            for (int k = first; k <= last; k++) {
                double decade = Math.pow(10, k);
                ticks.add(new NumberTick(TickType.MAJOR, decade, format.format(decade),
                        TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
                for (int m = 2; m <= 9 && k < last; m++) {
                    ticks.add(new NumberTick(TickType.MINOR, m * decade, "",
                            TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
                }
            }
            return ticks;
        }
    }

    static void requireSafeId(String elementId) {
        if (!elementId.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("not a safe element id: " + elementId);
        }
    }

    /**
     * Text from data for a chart: {@code null} as empty, and the characters that would break
     * the markup or its reading (control characters, line breaks, the bidirectional controls)
     * as visible escapes, as in every other part of a report.
     */
    static String text(String label) {
        return label == null ? "" : VisibleText.oneLine(label);
    }
}
