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
 * <p>For (epsilon, delta)-differential privacy with delta &gt; 0 the same paper bounds the
 * tail by {@code f(v) + 2 m delta max_{1 <= i <= v} (f(v - i) - f(v)) / i}, where
 * {@code f(u) = P[Binomial(r, p) >= u]} and {@code m} is the number of canaries, guessed on or
 * not (their bound for approximate differential privacy, which their numerical procedure
 * evaluates the same way); {@code f(v - i) - f(v)} is the chance of {@code v - i} to
 * {@code v - 1} correct guesses. The bound is found as before with this tail; at delta = 0 it
 * is the pure bound. It shrinks as delta grows, and vanishes once {@code 2 m delta} alone
 * outweighs beta.
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
     * The lower bound on epsilon for a fit claimed (epsilon, delta)-differentially private.
     *
     * @param canaries the number of canaries planted, {@code m >= guesses}
     * @param guesses the number of guesses made, {@code r >= 0}
     * @param correct the number of correct guesses, {@code v} in {@code [0, guesses]}
     * @param delta the delta of the claim, in [0, 1]; 0 gives {@link #lowerBound(int, int,
     *     double)}
     * @param confidence the confidence {@code 1 - beta}, in (0, 1)
     * @return the bound with the interval {@code [bound, +infinity)}, or undefined when no
     *     guess was made or the guesses do not reject epsilon = 0 at this delta
     * @throws IllegalArgumentException if a count, delta or the confidence is out of range
     */
    public static Estimate lowerBound(int canaries, int guesses, int correct, double delta,
            double confidence) {
        if (!(delta >= 0 && delta <= 1)) {
            throw new IllegalArgumentException("delta must be in [0, 1], was " + delta);
        }
        if (canaries < guesses) {
            throw new IllegalArgumentException("guesses (" + guesses + ") cannot exceed the "
                    + "canaries (" + canaries + ")");
        }
        if (delta == 0) {
            return lowerBound(guesses, correct, confidence);
        }
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
        Tail tail = epsilon -> approximateTail(canaries, guesses, correct, delta, epsilon);
        if (tail.at(0) > beta) {
            return Estimate.undefined(counts + " do not reject epsilon = 0 with delta = " + delta
                    + " at " + Levels.percent(confidence) + " confidence (the tail bound at "
                    + "epsilon = 0 is " + round(tail.at(0)) + ", with the term 2 m delta for "
                    + canaries + " canaries)");
        }
        double bound = search(tail, beta);
        return Estimate.of(bound, bound, Double.POSITIVE_INFINITY, confidence,
                "one-run audit (Steinke, Nasr and Jagielski 2023, delta = " + delta + ", "
                        + canaries + " canaries): " + counts + ", binomial tail plus the "
                        + "delta term at " + Levels.percent(confidence) + " confidence");
    }

    /**
     * The tail bound for (epsilon, delta)-differential privacy: {@code f(v) + 2 m delta
     * max_{1 <= i <= v} (f(v - i) - f(v)) / i}, at most 1, with {@code f} the Binomial(r,
     * e^epsilon / (1 + e^epsilon)) upper tail.
     *
     * @param m the number of canaries
     * @param r the number of guesses
     * @param v the number of correct guesses
     * @param delta the delta, in [0, 1]
     * @param epsilon the epsilon, {@code >= 0}
     * @return the bound on the chance of at least v correct guesses
     */
    static double approximateTail(int m, int r, int v, double delta, double epsilon) {
        double atV = tail(r, v, epsilon);
        if (delta == 0 || v == 0) {
            return atV;
        }
        double p = 1 / (1 + Math.exp(-epsilon));
        BinomialDistribution binomial = p >= 1 ? null : new BinomialDistribution(null, r, p);
        double between = 0;
        double largest = 0;
        for (int i = 1; i <= v; i++) {
            between += binomial == null ? (v - i == r ? 1 : 0) : binomial.probability(v - i);
            largest = Math.max(largest, between / i);
        }
        return Math.min(1, atV + 2 * m * delta * largest);
    }

    /** A tail bound as a function of epsilon. */
    @FunctionalInterface
    private interface Tail {
        double at(double epsilon);
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
        return search(epsilon -> tail(r, v, epsilon), beta);
    }

    /** The epsilon at which a tail bound reaches beta; the bound at 0 is at most beta. */
    private static double search(Tail tail, double beta) {
        double low = 0;
        double high = 1;
        while (high < LARGEST && tail.at(high) <= beta) {
            low = high;
            high = Math.min(LARGEST, 2 * high);
        }
        while (high - low > TOLERANCE) {
            double mid = (low + high) / 2;
            if (tail.at(mid) <= beta) {
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
