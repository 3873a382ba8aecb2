package org.synthaudit.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.synthaudit.core.audit.Bars;
import org.synthaudit.core.stats.Estimate;

/**
 * Draws {@link Bars} as a grouped bar chart in SVG: one group per category, one bar per series,
 * each defined bar with an error bar from its interval. An undefined bar is drawn as a dashed
 * outline marked with a cross at the foot of its slot, named "undefined" in the legend, so it
 * can never be read as a bar of height 0.
 */
final class BarChart {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 320;
    private static final int ROTATE_FROM = 5;
    private static final Color[] FILLS = {new Color(0x94, 0xa3, 0xb8),
        new Color(0x1d, 0x4e, 0xd8), new Color(0xd9, 0x77, 0x06)};
    private static final Color UNDEFINED = new Color(0xb9, 0x1c, 0x1c);

    private BarChart() {
    }

    /**
     * Draws the bars.
     *
     * @param bars the data
     * @param elementId a document-unique id for the SVG element; letters, digits and hyphens
     * @return the {@code <svg>} element, or empty when there is no category
     */
    static Optional<String> svg(Bars bars, String elementId) {
        Charts.requireSafeId(elementId);
        if (bars.categories().isEmpty() || bars.series().isEmpty()) {
            return Optional.empty();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < bars.series().size(); s++) {
            Bars.BarSeries series = bars.series().get(s);
            for (int c = 0; c < bars.categories().size(); c++) {
                Number value = series.values().get(c) instanceof Estimate.Value v ? v.value()
                        : null;
                data.addValue(value, new Key(s, series.name()),
                        new Key(c, bars.categories().get(c)));
            }
        }
        CategoryAxis categories = new CategoryAxis(Charts.text(bars.categoryLabel()));
        if (bars.categories().size() >= ROTATE_FROM) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.15);
        Charts.style(categories);
        NumberAxis values = new NumberAxis(Charts.text(bars.valueLabel()));
        values.setLowerBound(0);
        values.setUpperBound(upper(bars));
        Charts.style(values);

        CategoryPlot plot = new CategoryPlot(data, categories, values, new IntervalRenderer(bars));
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Charts.GRID);
        plot.setRangeGridlinePaint(Charts.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setFixedLegendItems(legend(bars));
        return Optional.of(Charts.toSvg(chart(plot), elementId, WIDTH, HEIGHT));
    }

    /** The top of the value axis: the largest interval end, with room above, at most 1. */
    private static double upper(Bars bars) {
        double top = 0;
        for (Bars.BarSeries series : bars.series()) {
            for (Estimate e : series.values()) {
                if (e instanceof Estimate.Value v) {
                    top = Math.max(top, Double.isFinite(v.upper()) ? v.upper() : v.value());
                }
            }
        }
        return top <= 0 ? 1 : top * 1.08;
    }

    private static LegendItemCollection legend(Bars bars) {
        LegendItemCollection items = new LegendItemCollection();
        for (int s = 0; s < bars.series().size(); s++) {
            items.add(legendItem(Charts.text(bars.series().get(s).name()), fill(s), null));
        }
        boolean anyUndefined = bars.series().stream().flatMap(s -> s.values().stream())
                .anyMatch(e -> !e.isDefined());
        if (anyUndefined) {
            items.add(legendItem("undefined (no bar)", null, UNDEFINED));
        }
        return items;
    }

    /**
     * A square legend entry.
     *
     * @param label the text
     * @param fill the fill, or {@code null} for an outline only
     * @param outline the outline, or {@code null} for none
     * @return the entry
     */
    static LegendItem legendItem(String label, Color fill, Color outline) {
        return new LegendItem(label, null, null, null, true,
                new Rectangle2D.Double(-5, -5, 10, 10), fill != null,
                fill == null ? Color.WHITE : fill, outline != null,
                outline == null ? Color.WHITE : outline, new BasicStroke(1.2f), false,
                new Line2D.Double(0, 0, 1, 0), new BasicStroke(1f), Color.WHITE);
    }

    private static Color fill(int series) {
        return FILLS[series % FILLS.length];
    }

    private static JFreeChart chart(CategoryPlot plot) {
        JFreeChart chart = new JFreeChart(null, Charts.LABEL_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(Charts.LABEL_FONT);
        legend.setItemPaint(Charts.INK);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    /**
     * A category or series key: its position keeps two equal labels apart, and its label is
     * what the axis and legend show.
     *
     * @param index the position
     * @param label the label from data
     */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return Charts.text(label);
        }
    }

    /**
     * A bar renderer that adds each defined bar's interval as an error bar with caps, and
     * marks each undefined bar's slot with a dashed outline and a cross.
     */
    private static final class IntervalRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private static final double CAP = 0.25;
        private final transient Bars bars;

        IntervalRenderer(Bars bars) {
            this.bars = bars;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setItemMargin(0.05);
            setMaximumBarWidth(0.12);
            for (int s = 0; s < bars.series().size(); s++) {
                setSeriesPaint(s, fill(s));
            }
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state,
                Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
                ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row,
                    column, pass);
            if (pass != getPassCount() - 1) {
                return;
            }
            double left = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis,
                    state, row, column);
            double width = state.getBarWidth();
            RectangleEdge edge = plot.getRangeAxisEdge();
            Estimate estimate = bars.series().get(row).values().get(column);
            if (estimate instanceof Estimate.Value v) {
                double centre = left + width / 2;
                double low = rangeAxis.valueToJava2D(v.lower(), dataArea, edge);
                double high = rangeAxis.valueToJava2D(Double.isFinite(v.upper()) ? v.upper()
                        : v.value(), dataArea, edge);
                g2.setPaint(Charts.INK);
                g2.setStroke(new BasicStroke(1f));
                g2.draw(new Line2D.Double(centre, low, centre, high));
                double cap = Math.max(2, width * CAP);
                g2.draw(new Line2D.Double(centre - cap, low, centre + cap, low));
                g2.draw(new Line2D.Double(centre - cap, high, centre + cap, high));
            } else {
                double foot = rangeAxis.valueToJava2D(0, dataArea, edge);
                double height = Math.min(dataArea.getHeight() / 6, 24);
                Rectangle2D slot = new Rectangle2D.Double(left, foot - height, width, height);
                g2.setPaint(UNDEFINED);
                g2.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
                g2.draw(slot);
                g2.setStroke(new BasicStroke(1.2f));
                g2.draw(new Line2D.Double(left, foot - height, left + width, foot));
                g2.draw(new Line2D.Double(left, foot, left + width, foot - height));
            }
        }
    }

    /**
     * The undefined bars, for the chart's caption: per category, the reason when every series
     * gives the same one, else each series' reason.
     *
     * @param bars the data
     * @return one phrase per category with an undefined bar, e.g. {@code Asian: group too
     *     small}
     */
    static List<String> undefined(Bars bars) {
        List<String> out = new java.util.ArrayList<>();
        for (int c = 0; c < bars.categories().size(); c++) {
            List<String> reasons = new java.util.ArrayList<>();
            for (Bars.BarSeries series : bars.series()) {
                if (series.values().get(c) instanceof Estimate.Undefined(String reason)) {
                    reasons.add(series.name() + ": " + reason);
                }
            }
            if (reasons.isEmpty()) {
                continue;
            }
            int category = c;
            List<String> distinct = bars.series().stream().map(s -> s.values().get(category))
                    .filter(e -> !e.isDefined()).map(e -> ((Estimate.Undefined) e).reason())
                    .distinct().toList();
            boolean all = reasons.size() == bars.series().size() && distinct.size() == 1;
            out.add(bars.categories().get(c) + " (" + (all ? distinct.getFirst()
                    : String.join("; ", reasons)) + ")");
        }
        return out;
    }
}
