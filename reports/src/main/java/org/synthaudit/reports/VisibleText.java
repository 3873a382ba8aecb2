package org.synthaudit.reports;

import java.util.Locale;

/**
 * Writes characters that a report format forbids or that would change its layout (control
 * characters, line breaks, unpaired surrogates) or the direction text reads in (the Unicode
 * bidirectional controls, such as the right-to-left override U+202E) as visible Java escapes
 * such as <code>&#92;u001b</code>, so text from data keeps its meaning without breaking the file
 * or disguising itself.
 */
public final class VisibleText {
    private VisibleText() {
    }

    /**
     * Makes text safe for an XML 1.0 text node: every character XML 1.0 forbids (C0 controls
     * but tab and line feed, unpaired surrogates, U+FFFE, U+FFFF), the carriage return (which
     * parsers turn into a line feed), DEL, the C1 controls (allowed but discouraged) and the
     * bidirectional controls (which reorder the text around them when shown) are written
     * escaped.
     *
     * @param text any text
     * @return the text, with those characters escaped
     */
    static String forXmlText(String text) {
        return escape(text, true);
    }

    /**
     * Makes text safe for an XML 1.0 attribute or a one-line field: as
     * {@link #forXmlText(String)}, and tab and line feed are escaped too (parsers turn them
     * into blanks in attributes; in a Markdown table they would end the row). The Unicode line
     * and paragraph separators are escaped as well.
     *
     * @param text any text
     * @return the text on one line, with those characters escaped
     */
    static String oneLine(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean keepLineBreaks) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedSurrogate) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (mustEscape(c, keepLineBreaks)) {
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

    private static boolean mustEscape(char c, boolean keepLineBreaks) {
        if (c == '\t' || c == '\n') {
            return !keepLineBreaks;
        }
        if (c == '\u2028' || c == '\u2029') {
            return !keepLineBreaks;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
                || c == '\ufffe' || c == '\uffff' || isBidiControl(c);
    }

    /**
     * Tells whether a character is one of the marks, embeddings, overrides and isolates of the
     * Unicode bidirectional algorithm (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
     * U+2069), which reorder the text shown around them.
     *
     * @param c a UTF-16 code unit
     * @return true for a bidirectional control
     */
    public static boolean isBidiControl(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
