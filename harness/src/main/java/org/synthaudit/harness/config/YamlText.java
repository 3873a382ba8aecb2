package org.synthaudit.harness.config;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.synthaudit.harness.TerminalText;

/** Writes single YAML scalars and comments by hand, for snippets meant to be edited. */
public final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_ ./-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off",
            "null", "y", "n", "~");

    private YamlText() {
    }

    /**
     * Formats a string as a YAML scalar: bare when that is unambiguous, otherwise double-quoted
     * with escapes.
     *
     * @param value the text
     * @return the scalar, e.g. {@code age} or {@code "S.No: 1"}
     */
    public static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches() && !value.endsWith(" ")
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT));
        if (plain) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (TerminalText.isControl(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Makes text safe to write after a {@code #} on one line.
     *
     * @param text the text
     * @return the text with line breaks and control characters (as
     *     {@link TerminalText#isControl} defines them) replaced by spaces
     */
    public static String comment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = TerminalText.isControl(c);
            if (!control) {
                out.append(c);
            } else if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
