package org.synthaudit.core.stats;

/**
 * The outcome of a two-sided Student t test: the statistic, its degrees of freedom and the
 * p-value, or the reason the test cannot be made. An untestable case is never reported as a
 * p-value of 0 or 1.
 */
public sealed interface TTest permits TTest.Tested, TTest.Untestable {

    /**
     * A test that could be made.
     *
     * @param t the t statistic, finite
     * @param degreesOfFreedom the degrees of freedom, {@code >= 1}
     * @param pValue the two-sided p-value, in [0, 1]
     * @param method how the test was made, e.g. {@code paired t test, 3 pairs}
     */
    record Tested(double t, int degreesOfFreedom, double pValue, String method)
            implements TTest {
        /** Checks the statistic, the degrees of freedom and the p-value. */
        public Tested {
            if (!Double.isFinite(t)) {
                throw new IllegalArgumentException("t must be finite, was " + t);
            }
            if (degreesOfFreedom < 1) {
                throw new IllegalArgumentException("degrees of freedom must be >= 1, was "
                        + degreesOfFreedom);
            }
            if (!(pValue >= 0 && pValue <= 1)) {
                throw new IllegalArgumentException("p-value must be in [0, 1], was " + pValue);
            }
            java.util.Objects.requireNonNull(method, "method");
        }
    }

    /**
     * A test that cannot be made.
     *
     * @param reason why, in words a reader understands
     */
    record Untestable(String reason) implements TTest {
        /** Checks that a reason is given. */
        public Untestable {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an untestable case needs a reason");
            }
        }
    }
}
