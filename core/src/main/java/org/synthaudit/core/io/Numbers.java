package org.synthaudit.core.io;

/**
 * Recognises plain decimal numbers: an optional sign, digits with an optional decimal point, and
 * an optional exponent ({@code -1.5e3}). Java's own spellings that a CSV file would not mean as
 * numbers ({@code Infinity}, {@code 0x1p3}, {@code 1d}) are rejected, as are thousands
 * separators.
 */
final class Numbers {
    private Numbers() {
    }

    /**
     * Parses a decimal number.
     *
     * @param text a trimmed cell
     * @return the value, or {@code NaN} when the text is not a plain decimal number
     */
    static double parse(String text) {
        return isDecimal(text) ? Double.parseDouble(text) : Double.NaN;
    }

    /**
     * Tells whether a cell is a whole number written without a decimal point or exponent.
     *
     * @param text a trimmed cell
     * @return true for text like {@code 42} or {@code -7}
     */
    static boolean isInteger(String text) {
        int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        int digits = skipDigits(text, i) - i;
        return digits > 0 && i + digits == text.length();
    }

    private static boolean isDecimal(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int end = skipDigits(text, i);
        int mantissa = end - i;
        i = end;
        if (i < n && text.charAt(i) == '.') {
            end = skipDigits(text, i + 1);
            mantissa += end - i - 1;
            i = end;
        }
        if (mantissa == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int sign = i + 1 < n && (text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-')
                    ? i + 2 : i + 1;
            end = skipDigits(text, sign);
            if (end == sign) {
                return false;
            }
            i = end;
        }
        return i == n;
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
