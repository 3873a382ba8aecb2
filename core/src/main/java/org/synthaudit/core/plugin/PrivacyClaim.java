package org.synthaudit.core.plugin;

/**
 * The differential-privacy guarantee a fitted generator claims, so that membership audits can
 * check the claim against their empirical lower bounds on epsilon.
 */
public sealed interface PrivacyClaim {
    /**
     * The claim in words, as reports print it.
     *
     * @return {@code none}, or e.g. {@code (1, 0)-differential privacy}
     */
    String describe();

    /** The generator claims no formal guarantee. */
    record None() implements PrivacyClaim {
        @Override
        public String describe() {
            return "none";
        }
    }

    /**
     * The generator claims (epsilon, delta)-differential privacy.
     *
     * @param epsilon the privacy loss bound, {@code > 0}
     * @param delta the failure probability, in {@code [0, 1)}
     */
    record DifferentialPrivacy(double epsilon, double delta) implements PrivacyClaim {
        /** Checks the ranges. */
        public DifferentialPrivacy {
            if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
                throw new IllegalArgumentException("epsilon must be > 0 and finite, was "
                        + epsilon);
            }
            if (!(delta >= 0 && delta < 1)) {
                throw new IllegalArgumentException("delta must be in [0, 1), was " + delta);
            }
        }

        @Override
        public String describe() {
            return "(" + plain(epsilon) + ", " + plain(delta) + ")-differential privacy";
        }

        private static String plain(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    /** The claim of a generator without a formal guarantee. */
    PrivacyClaim NONE = new None();
}
