package org.synthaudit.attacks.inference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.stats.Estimate;

/** Reading figures of a finding in tests. */
public final class Findings {
    private static final Pattern COUNTS = Pattern.compile("(\\d+)/(\\d+)");

    private Findings() {
    }

    /**
     * A defined figure's estimate.
     *
     * @param finding the finding
     * @param id the full figure id
     * @return the value
     */
    public static Estimate.Value value(Finding finding, String id) {
        Figure figure = finding.figure(id).orElseThrow(() -> new AssertionError("no figure " + id
                + " in " + finding.figures().stream().map(Figure::id).toList()));
        if (!(figure.estimate() instanceof Estimate.Value v)) {
            throw new AssertionError(id + " is undefined: " + figure.estimate());
        }
        return v;
    }

    /**
     * An undefined figure's reason.
     *
     * @param finding the finding
     * @param id the full figure id
     * @return the reason
     */
    public static String reason(Finding finding, String id) {
        Figure figure = finding.figure(id).orElseThrow(() -> new AssertionError("no figure "
                + id));
        if (!(figure.estimate() instanceof Estimate.Undefined u)) {
            throw new AssertionError(id + " is defined: " + figure.estimate());
        }
        return u.reason();
    }

    /**
     * Checks every defined estimate: interval inside the declared bounds (the figure checks
     * that itself) and no count of successes above its attempts in the method text.
     *
     * @param finding the finding
     */
    public static void assertSane(Finding finding) {
        for (Figure figure : finding.figures()) {
            if (figure.estimate() instanceof Estimate.Value v) {
                assertTrue(v.lower() <= v.value() && v.value() <= v.upper(), v.toString());
                assertTrue(figure.bounds().contains(v.lower())
                        && figure.bounds().contains(v.upper()), figure.toString());
                Matcher counts = COUNTS.matcher(v.method());
                while (counts.find()) {
                    assertTrue(Long.parseLong(counts.group(1)) <= Long.parseLong(counts.group(2)),
                            v.method());
                }
            }
        }
    }
}
