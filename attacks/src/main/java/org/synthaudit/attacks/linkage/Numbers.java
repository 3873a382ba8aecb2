package org.synthaudit.attacks.linkage;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short renderings of numbers for notes and labels. */
final class Numbers {
    private Numbers() {
    }

    /**
     * A share as a percentage with at most 4 significant digits, e.g. {@code 5%}.
     *
     * @param share the share, e.g. 0.05
     * @return the text
     */
    static String percent(double share) {
        return plain(share * 100) + "%";
    }

    /**
     * A number with at most 4 significant digits and no exponent, e.g. {@code 1.5}.
     *
     * @param value a finite number
     * @return the text
     */
    static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}
