package org.synthaudit.core.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * A grid of cells with row and column labels, drawn with a colour scale. A cell holds an
 * {@link Estimate}: a value (its interval travels with it), or undefined with the reason,
 * drawn distinctly and never in the colour of 0. A cell is {@code null} where the grid has no
 * value by construction, such as a column paired with itself.
 *
 * @param id a stable id within the finding, e.g. {@code matrix.difference}
 * @param label the caption
 * @param valueLabel what the colour shows, e.g. {@code absolute association difference}
 * @param rows the row labels, top to bottom
 * @param columns the column labels, left to right
 * @param cells {@code cells.get(r).get(c)}: one list per row, one entry per column, each an
 *     estimate or {@code null}
 * @param scale the values the colour scale spans; every defined cell lies within it
 */
public record Heatmap(String id, String label, String valueLabel, List<String> rows,
        List<String> columns, List<List<Estimate>> cells, Bounds scale) implements Chart {

    /** Checks the grid's shape and the values against the scale, and freezes the lists. */
    public Heatmap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scale, "scale");
        if (!Double.isFinite(scale.min()) || !Double.isFinite(scale.max())) {
            throw new IllegalArgumentException("heatmap " + id + ": the colour scale needs a "
                    + "finite range, was " + scale);
        }
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (cells.size() != rows.size()) {
            throw new IllegalArgumentException("heatmap " + id + ": " + cells.size()
                    + " rows of cells for " + rows.size() + " row labels");
        }
        List<List<Estimate>> frozen = new ArrayList<>();
        for (List<Estimate> row : cells) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("heatmap " + id + ": a row of " + row.size()
                        + " cells for " + columns.size() + " columns");
            }
            for (Estimate cell : row) {
                if (cell instanceof Estimate.Value v && !scale.contains(v.value())) {
                    throw new IllegalArgumentException("heatmap " + id + ": cell " + v.value()
                            + " lies outside the colour scale " + scale);
                }
            }
            frozen.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        cells = List.copyOf(frozen);
    }

    /**
     * One cell.
     *
     * @param row the row index, from 0
     * @param column the column index, from 0
     * @return the cell's estimate, or {@code null} where the grid has no value by construction
     */
    public Estimate cell(int row, int column) {
        return cells.get(row).get(column);
    }
}
