package org.synthaudit.core.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The epsilon lower bound of an audit in one training run (Steinke, Nasr and Jagielski 2023,
 * "Privacy auditing with one (1) training run", NeurIPS).
 *
 * <p>{@code m} canary records are each included in the training data independently with
 * probability 1/2; after one fit the auditor guesses, for {@code r} of them, whether they were
 * included (abstaining on the rest). If the fit is epsilon-differentially private, the number
 * {@code W} of correct guesses is stochastically dominated by a Binomial(r, p) variable with
 * {@code p = e^epsilon / (1 + e^epsilon)} (their Theorem 3.1, the case delta = 0). Having
 * seen {@code v} correct guesses, every epsilon with {@code P[Binomial(r, p) >= v] <= beta} is
 * rejected at significance {@code beta = 1 - confidence}; the tail grows with epsilon, so the
 * rejected values form an interval {@code [0, epsilon*)} and {@code epsilon*}, found by
 * bisection, is the lower bound. When all {@code r} guesses are correct the bound has the
 * closed form {@code ln(q / (1 - q))} with {@code q = beta^(1/r)}.
 *
 * <p>Only the pure (delta = 0) form of the theorem is implemented; for a claim with delta &gt;
 * 0 their Theorem 3.3 adds a term that this bound leaves out.
 */
public final class OneRunEpsilon {
    /** Bisection stops when the bracket is narrower than this. */
    private static final double TOLERANCE = 1e-10;
    /** The largest epsilon searched: e^60 / (1 + e^60) is 1 in double precision. */
    private static final double LARGEST = 60;

    private OneRunEpsilon() {
    }

    /**
     * The lower bound from the guesses of a one-run audit.
     *
     * @param guesses the number of guesses made, {@code r >= 0} (abstentions not counted)
     * @param correct the number of correct guesses, {@code v} in {@code [0, guesses]}
     * @param confidence the confidence {@code 1 - beta}, in (0, 1), e.g. 0.95
     * @return the bound with the interval {@code [bound, +infinity)}, or undefined when no
     *     guess was made or the guesses do not reject epsilon = 0
     * @throws IllegalArgumentException if the counts or the confidence are out of range
     */
    public static Estimate lowerBound(int guesses, int correct, double confidence) {
        Levels.check(confidence);
        if (guesses < 0 || correct < 0 || correct > guesses) {
            throw new IllegalArgumentException("correct guesses must be in [0, guesses]: "
                    + correct + " of " + guesses);
        }
        if (guesses == 0) {
            return Estimate.undefined("no guesses were made");
        }
        double beta = 1 - confidence;
        String counts = correct + " of " + guesses + " guesses correct";
        if (tail(guesses, correct, 0) > beta) {
            return Estimate.undefined(counts + " do not reject epsilon = 0 at "
                    + Levels.percent(confidence) + " confidence (the chance of as many correct "
                    + "guesses by coin flips is " + round(tail(guesses, correct, 0)) + ")");
        }
        double bound = search(guesses, correct, beta);
        return Estimate.of(bound, bound, Double.POSITIVE_INFINITY, confidence,
                "one-run audit (Steinke, Nasr and Jagielski 2023, delta = 0): " + counts
                        + ", binomial tail at " + Levels.percent(confidence) + " confidence");
    }

    /**
     * The chance that Binomial(r, e^epsilon / (1 + e^epsilon)) is at least {@code v}.
     *
     * @param r the number of trials
     * @param v the threshold count
     * @param epsilon the privacy parameter, {@code >= 0}
     * @return the upper tail probability
     */
    static double tail(int r, int v, double epsilon) {
        if (v == 0) {
            return 1;
        }
        double p = 1 / (1 + Math.exp(-epsilon));
        if (p >= 1) {
            return 1;
        }
        double below = new BinomialDistribution(null, r, p).cumulativeProbability(v - 1);
        return 1 - below;
    }

    /** The epsilon at which the tail reaches beta; the tail at 0 is at most beta. */
    private static double search(int r, int v, double beta) {
        double low = 0;
        double high = 1;
        while (high < LARGEST && tail(r, v, high) <= beta) {
            low = high;
            high = Math.min(LARGEST, 2 * high);
        }
        while (high - low > TOLERANCE) {
            double mid = (low + high) / 2;
            if (tail(r, v, mid) <= beta) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static String round(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3))
                .stripTrailingZeros().toPlainString();
    }
}
