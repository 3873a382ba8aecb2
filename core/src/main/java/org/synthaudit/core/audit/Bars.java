package org.synthaudit.core.audit;

import java.util.List;
import java.util.Objects;
import org.synthaudit.core.stats.Estimate;

/**
 * Grouped bars: for each category (a column's value, a bin, a group) one bar per series (for
 * instance the real training table and the synthetic release), side by side. Each bar is an
 * {@link Estimate}: a value with its interval, drawn as a bar with an error bar, or undefined
 * with the reason, drawn as a marked gap and never as a bar of height 0.
 *
 * @param id a stable id within the finding, e.g. {@code marginal.age}
 * @param label the caption
 * @param categoryLabel the label of the category axis
 * @param valueLabel the label of the value axis
 * @param categories the category labels, in drawing order
 * @param series the bar series, each with one estimate per category
 * @param notes what a reader must know to read the chart (categories merged, bins), one
 *     sentence each
 */
public record Bars(String id, String label, String categoryLabel, String valueLabel,
        List<String> categories, List<BarSeries> series, List<String> notes) implements Chart {

    /** Checks that every series has one bar per category and freezes the lists. */
    public Bars {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        notes = List.copyOf(notes);
        for (BarSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("bars " + id + ": series " + s.name()
                        + " has " + s.values().size() + " bars for " + categories.size()
                        + " categories");
            }
        }
    }

    /**
     * One series of bars, one per category.
     *
     * @param name the legend label, e.g. {@code train}
     * @param values one estimate per category, in the order of the categories
     */
    public record BarSeries(String name, List<Estimate> values) {
        /** Freezes the list; no value may be {@code null}. */
        public BarSeries {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }
}
