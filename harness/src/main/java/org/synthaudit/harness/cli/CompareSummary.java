package org.synthaudit.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.synthaudit.core.compare.Comparison;
import org.synthaudit.core.compare.Comparison.Contender;
import org.synthaudit.core.compare.Comparison.FigureSummary;
import org.synthaudit.harness.Numbers;
import org.synthaudit.harness.TerminalText;

/** The leaderboard {@code synthaudit compare} prints to standard output when it is done. */
final class CompareSummary {
    private CompareSummary() {
    }

    /**
     * Prints the leaderboard (each generator with its privacy and utility figure, rank and
     * verdicts), the Pareto front and the files written, all through
     * {@link TerminalText#escape}.
     *
     * @param comparison the comparison
     * @param written the report files
     * @param out where to print
     */
    static void print(Comparison comparison, List<Path> written, PrintWriter out) {
        int r = comparison.repeats().size();
        line(out, "compared " + comparison.contenders().size() + " generators over " + r
                + (r == 1 ? " repeat" : " repeats") + " (seed " + comparison.provenance().seed()
                + ")");
        int position = 1;
        for (Contender c : comparison.contenders()) {
            line(out, "  " + position++ + ". " + c.label() + (c.paretoOptimal()
                    ? " [Pareto front]" : c.unplaced() != null ? " [not placed]" : "")
                    + ": " + figure(c, comparison.privacyAxis()) + "; "
                    + figure(c, comparison.utilityAxis()) + "; verdicts "
                    + c.outcomes().stream().map(o -> o.verdict().name())
                            .collect(Collectors.joining(" ")));
        }
        List<String> front = comparison.paretoFront();
        line(out, "Pareto front: " + (front.isEmpty() ? "none" : String.join(", ", front)));
        for (Path file : written) {
            line(out, "wrote " + file);
        }
        out.flush();
    }

    private static String figure(Contender contender, String figureId) {
        FigureSummary summary = contender.figure(figureId);
        return figureId + " = " + Numbers.format(summary.mean())
                + (summary.rank() == null ? "" : " (rank " + summary.rank() + ")");
    }

    private static void line(PrintWriter out, String text) {
        out.println(TerminalText.escape(text));
    }
}
