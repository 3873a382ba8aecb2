package org.synthaudit.harness.config;

import org.synthaudit.core.InputException;
import org.synthaudit.core.split.SplitSpec;

/**
 * How the real records are divided in generator mode. Each size is a fraction of the real rows
 * when below 1 or a row count when 1 or more.
 *
 * @param train the members' share, the records the generator is fitted on; required, {@code > 0}
 * @param holdout the non-members' share, the control group; required, {@code > 0}
 * @param reference the attacker's background share; {@code >= 0}, 0 when absent
 */
public record SplitConfig(Double train, Double holdout, Double reference) {
    /** Half for training, a quarter each for holdout and reference. */
    public static final SplitConfig DEFAULT = new SplitConfig(0.5, 0.25, 0.25);

    /**
     * Checks each size and, when all three are fractions, that they add up to at most 1.
     *
     * @throws InputException naming the size, its value and the allowed range
     */
    public SplitConfig {
        reference = reference == null ? Double.valueOf(0) : reference;
        check("train", train, false);
        check("holdout", holdout, false);
        check("reference", reference, true);
        if (train < 1 && holdout < 1 && reference < 1 && train + holdout + reference > 1 + 1e-9) {
            throw new InputException("the fractions train + holdout + reference add up to "
                    + (float) (train + holdout + reference) + "; expected at most 1");
        }
    }

    private static void check(String key, Double size, boolean zeroAllowed) {
        if (size == null) {
            throw new InvalidValueException(key + " is required (a fraction in (0, 1) or a row "
                    + "count)", key);
        }
        boolean positive = zeroAllowed ? size >= 0 : size > 0;
        if (!positive || !Double.isFinite(size) || (size >= 1 && size != Math.rint(size))) {
            throw new InvalidValueException(key + " must be a fraction in "
                    + (zeroAllowed ? "[0" : "(0") + ", 1) or a whole row count >= 1, was "
                    + format(size), key);
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * The split in the form the splitter takes.
     *
     * @param stratifyBy the coded column to stratify by, or {@code null}
     * @return the split specification
     */
    public SplitSpec toSpec(String stratifyBy) {
        return new SplitSpec(train, holdout, reference, stratifyBy);
    }
}
