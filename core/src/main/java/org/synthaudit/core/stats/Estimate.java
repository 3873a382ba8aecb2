package org.synthaudit.core.stats;

import java.util.Objects;

/**
 * A figure as it reaches a report: either a value with its confidence interval, or undefined
 * with the reason it could not be computed. Undefined is never written as 0, 1 or NaN.
 */
public sealed interface Estimate permits Estimate.Value, Estimate.Undefined {

    /**
     * A computed value and its interval.
     *
     * @param value the point estimate, finite
     * @param lower the lower end of the interval, {@code <= value}
     * @param upper the upper end of the interval, {@code >= value}
     * @param level the confidence level of the interval in (0, 1), or 1 for an exact value
     * @param method how value and interval were computed, e.g. {@code "Wilson score"}
     */
    record Value(double value, double lower, double upper, double level, String method)
            implements Estimate {
        /** Checks that the interval is finite-ordered and contains the value. */
        public Value {
            Objects.requireNonNull(method, "method");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("estimate value must be finite, was " + value
                        + " (" + method + "); report an undefined estimate instead");
            }
            if (Double.isNaN(lower) || Double.isNaN(upper) || lower > value || upper < value) {
                throw new IllegalArgumentException("interval [" + lower + ", " + upper
                        + "] does not contain " + value + " (" + method + ")");
            }
            if (!(level > 0 && level <= 1)) {
                throw new IllegalArgumentException("level must be in (0, 1], was " + level);
            }
        }

        @Override
        public boolean isDefined() {
            return true;
        }
    }

    /**
     * A figure that could not be computed.
     *
     * @param reason why, in words a reader understands, e.g. {@code "single class in group b"}
     */
    record Undefined(String reason) implements Estimate {
        /** Checks that a reason is given. */
        public Undefined {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an undefined estimate needs a reason");
            }
        }

        @Override
        public boolean isDefined() {
            return false;
        }
    }

    /**
     * Tells whether the figure was computed.
     *
     * @return true for a {@link Value}
     */
    boolean isDefined();

    /**
     * A value with its interval.
     *
     * @param value the point estimate
     * @param lower the lower end
     * @param upper the upper end
     * @param level the confidence level
     * @param method how it was computed
     * @return the estimate
     */
    static Estimate of(double value, double lower, double upper, double level, String method) {
        return new Value(value, lower, upper, level, method);
    }

    /**
     * A value known exactly, such as a fixed baseline (AUC 0.5 for random guessing).
     *
     * @param value the value
     * @param method where it comes from
     * @return an estimate whose interval is the value itself, at level 1
     */
    static Estimate exact(double value, String method) {
        return new Value(value, value, value, 1.0, method);
    }

    /**
     * An undefined figure.
     *
     * @param reason why it could not be computed
     * @return the estimate
     */
    static Estimate undefined(String reason) {
        return new Undefined(reason);
    }
}
