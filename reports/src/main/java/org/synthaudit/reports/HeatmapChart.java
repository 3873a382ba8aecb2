package org.synthaudit.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.synthaudit.core.audit.Heatmap;
import org.synthaudit.core.stats.Estimate;

/**
 * Draws a {@link Heatmap} in SVG: one square per cell, its colour read on the scale legend
 * beside the grid. Undefined cells are grey and struck through, and named "undefined" in the
 * legend, so they can never be read as 0; cells that the grid has no value for (a column with
 * itself) are light grey without a value. Small grids print each value in its cell.
 */
final class HeatmapChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 560;
    private static final int LABELLED_UP_TO = 14;
    private static final Color LOW = new Color(0xf7, 0xfb, 0xff);
    private static final Color HIGH = new Color(0x08, 0x30, 0x6b);
    private static final Color UNDEFINED = new Color(0x9c, 0xa3, 0xaf);
    private static final Color EMPTY = new Color(0xe5, 0xe7, 0xeb);

    private HeatmapChart() {
    }

    /**
     * Draws the grid.
     *
     * @param heatmap the data
     * @param elementId a document-unique id for the SVG element; letters, digits and hyphens
     * @return the {@code <svg>} element, or empty when the grid has no row or column
     */
    static Optional<String> svg(Heatmap heatmap, String elementId) {
        Charts.requireSafeId(elementId);
        int rows = heatmap.rows().size();
        int columns = heatmap.columns().size();
        if (rows == 0 || columns == 0) {
            return Optional.empty();
        }
        Scale scale = new Scale(heatmap.scale().min(), heatmap.scale().max());
        XYPlot plot = new XYPlot(null, axis("",
                heatmap.columns(), false), axis("", heatmap.rows(), true), null);
        plot.setDataset(0, defined(heatmap));
        plot.setRenderer(0, renderer(scale));
        plot.setDataset(1, undefined(heatmap));
        plot.setRenderer(1, renderer(new Constant(UNDEFINED)));
        plot.setDataset(2, empty(heatmap));
        plot.setRenderer(2, renderer(new Constant(EMPTY)));
        annotate(plot, heatmap, scale);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Charts.GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setFixedLegendItems(legend(heatmap));

        JFreeChart chart = new JFreeChart(null, Charts.LABEL_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(Charts.LABEL_FONT);
        legend.setItemPaint(Charts.INK);
        legend.setFrame(BlockBorder.NONE);
        chart.addSubtitle(scaleLegend(heatmap, scale));
        return Optional.of(Charts.toSvg(chart, elementId, WIDTH, HEIGHT));
    }

    private static SymbolAxis axis(String label, List<String> labels, boolean inverted) {
        SymbolAxis axis = new SymbolAxis(label, labels.stream().map(Charts::text)
                .toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setInverted(inverted);
        axis.setVerticalTickLabels(!inverted);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        axis.setRange(-0.5, labels.size() - 0.5);
        Charts.style(axis);
        return axis;
    }

    private static DefaultXYZDataset defined(Heatmap heatmap) {
        return cells(heatmap, "defined", Estimate.Value.class::isInstance);
    }

    private static DefaultXYZDataset undefined(Heatmap heatmap) {
        return cells(heatmap, "undefined", Estimate.Undefined.class::isInstance);
    }

    private static DefaultXYZDataset empty(Heatmap heatmap) {
        return cells(heatmap, "empty", java.util.Objects::isNull);
    }

    /** The cells that pass the test as (column, row, value) triples; value 0 when none. */
    private static DefaultXYZDataset cells(Heatmap heatmap, String key,
            java.util.function.Predicate<Estimate> test) {
        List<double[]> triples = new java.util.ArrayList<>();
        for (int r = 0; r < heatmap.rows().size(); r++) {
            for (int c = 0; c < heatmap.columns().size(); c++) {
                Estimate cell = heatmap.cell(r, c);
                if (test.test(cell)) {
                    triples.add(new double[] {c, r, cell instanceof Estimate.Value v
                            ? v.value() : 0});
                }
            }
        }
        double[][] data = new double[3][triples.size()];
        for (int i = 0; i < triples.size(); i++) {
            for (int d = 0; d < 3; d++) {
                data[d][i] = triples.get(i)[d];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(key, data);
        return dataset;
    }

    private static XYBlockRenderer renderer(PaintScale scale) {
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        return renderer;
    }

    /** Strikes undefined cells through, outlines empty ones, writes values on small grids. */
    private static void annotate(XYPlot plot, Heatmap heatmap, Scale scale) {
        boolean labelled = Math.max(heatmap.rows().size(), heatmap.columns().size())
                <= LABELLED_UP_TO;
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, heatmap.columns().size() > 9 ? 9 : 11);
        for (int r = 0; r < heatmap.rows().size(); r++) {
            for (int c = 0; c < heatmap.columns().size(); c++) {
                Estimate cell = heatmap.cell(r, c);
                if (cell instanceof Estimate.Undefined) {
                    plot.addAnnotation(new XYLineAnnotation(c - 0.5, r - 0.5, c + 0.5, r + 0.5,
                            new BasicStroke(1.2f), Charts.INK));
                    plot.addAnnotation(new XYLineAnnotation(c - 0.5, r + 0.5, c + 0.5, r - 0.5,
                            new BasicStroke(1.2f), Charts.INK));
                } else if (cell instanceof Estimate.Value v && labelled) {
                    XYTextAnnotation text = new XYTextAnnotation(String.format(Locale.ROOT,
                            "%.2f", v.value()), c, r);
                    text.setFont(font);
                    text.setPaint(scale.dark(v.value()) ? Color.WHITE : Charts.INK);
                    plot.addAnnotation(text);
                }
            }
        }
    }

    private static LegendItemCollection legend(Heatmap heatmap) {
        LegendItemCollection items = new LegendItemCollection();
        boolean anyUndefined = false;
        boolean anyEmpty = false;
        for (List<Estimate> row : heatmap.cells()) {
            for (Estimate cell : row) {
                anyUndefined |= cell instanceof Estimate.Undefined;
                anyEmpty |= cell == null;
            }
        }
        if (anyUndefined) {
            items.add(BarChart.legendItem("undefined (struck through)", UNDEFINED, Charts.INK));
        }
        if (anyEmpty) {
            items.add(BarChart.legendItem("no cell (a column with itself)", EMPTY,
                    Charts.CHANCE));
        }
        return items;
    }

    private static PaintScaleLegend scaleLegend(Heatmap heatmap, Scale scale) {
        NumberAxis axis = new NumberAxis(Charts.text(heatmap.valueLabel()));
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        Charts.style(axis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        legend.setMargin(new RectangleInsets(4, 10, 4, 4));
        legend.setStripWidth(14);
        legend.setStripOutlineVisible(true);
        legend.setStripOutlinePaint(Charts.CHANCE);
        legend.setSubdivisionCount(64);
        return legend;
    }

    /** A linear colour scale from a very light to a dark blue. */
    private record Scale(double lower, double upper) implements PaintScale, Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = upper > lower ? (value - lower) / (upper - lower) : 0;
            t = Math.max(0, Math.min(1, t));
            return new Color(mix(LOW.getRed(), HIGH.getRed(), t),
                    mix(LOW.getGreen(), HIGH.getGreen(), t), mix(LOW.getBlue(), HIGH.getBlue(), t));
        }

        boolean dark(double value) {
            return upper > lower && (value - lower) / (upper - lower) > 0.55;
        }

        private static int mix(int from, int to, double t) {
            return (int) Math.round(from + (to - from) * t);
        }
    }

    /** One colour for every cell of a dataset. */
    private record Constant(Color colour) implements PaintScale, Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            return colour;
        }
    }
}
