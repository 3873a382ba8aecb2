package org.synthaudit.harness;

import java.util.Locale;
import org.synthaudit.reports.VisibleText;

/**
 * Makes text from data (column names, category values, file names, messages that quote them)
 * safe to print on a terminal. A CSV header may hold escape sequences that recolour the terminal,
 * move the cursor or hide text; every control character is therefore written as a visible Java
 * escape such as <code>&#92;u001b</code>, and the text stays on one line.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * Tells whether a character must not reach a terminal as it is: a C0 control character
     * (U+0000 to U+001F, including tab and line breaks), DEL (U+007F), a C1 control character
     * (U+0080 to U+009F, which some terminals read as the start of an escape sequence), the
     * Unicode line and paragraph separators (U+2028, U+2029), or a Unicode bidirectional control
     * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which reorders the text
     * shown around it.
     *
     * @param c a UTF-16 code unit
     * @return true if it is written escaped
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || VisibleText.isBidiControl(c);
    }

    /**
     * Escapes every control character of a text.
     *
     * @param text any text, or {@code null}
     * @return the text with each control character written as <code>&#92;uXXXX</code> (lower-case
     *     hex), e.g. <code>&#92;u001b[31mRED</code> for a text that starts with ESC;
     *     {@code null} as {@code "null"}
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
