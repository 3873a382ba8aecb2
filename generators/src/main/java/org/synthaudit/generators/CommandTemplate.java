package org.synthaudit.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synthaudit.core.InputException;

/**
 * The command line of an outside program, with placeholders for what each run passes it:
 * {@code {train}} (the training CSV file), {@code {output}} (the CSV file the program must
 * write), {@code {rows}} (the number of rows to write) and {@code {seed}} (a whole number).
 *
 * <p>The program runs without a shell. The template is first split into arguments, and only then
 * are the placeholders replaced inside each argument, so a substituted value (a path, a number)
 * is always exactly one argument or part of one, and can never add arguments, redirect output or
 * run a second command. Splitting follows the familiar rules without any expansion: arguments are
 * separated by blanks; text in single quotes is taken literally; text in double quotes is taken
 * literally except that {@code \"} and {@code \\} stand for a quote and a backslash; quotes
 * can join parts into one argument ({@code --name="a b"}). A template given as a list is taken
 * as the arguments themselves, unsplit.
 */
final class CommandTemplate {
    /** The placeholders a template may use. */
    static final List<String> PLACEHOLDERS = List.of("train", "output", "rows", "seed");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_-]*)}");
    private static final Set<String> REQUIRED = Set.of("train", "output");

    private final String text;
    private final List<String> arguments;

    private CommandTemplate(String text, List<String> arguments) {
        this.text = text;
        this.arguments = List.copyOf(arguments);
    }

    /**
     * Reads a template from a command string.
     *
     * @param text the command, e.g. {@code python3 ctgan.py {train} {output} {rows}}
     * @param owner the plug-in and parameter, for messages, e.g.
     *     {@code generator external: parameter 'command'}
     * @return the template
     * @throws InputException if the command is blank, has an unclosed quote, uses an unknown
     *     placeholder, or lacks {@code {train}} or {@code {output}}
     */
    static CommandTemplate parse(String text, String owner) {
        List<String> arguments = split(text, owner);
        if (arguments.isEmpty()) {
            throw new InputException(owner + " is empty; expected a program and its arguments, "
                    + "e.g. python3 script.py {train} {output} {rows} {seed}");
        }
        return checked(text, arguments, owner);
    }

    /**
     * Reads a template given as a list of arguments, which is not split further.
     *
     * @param arguments the program and its arguments
     * @param owner the plug-in and parameter, for messages
     * @return the template
     * @throws InputException if the list is empty or an argument is blank, or a placeholder is
     *     unknown or missing
     */
    static CommandTemplate of(List<String> arguments, String owner) {
        if (arguments.isEmpty() || arguments.getFirst().isBlank()) {
            throw new InputException(owner + " is empty; expected a program and its arguments");
        }
        return checked(String.join(" ", arguments), arguments, owner);
    }

    private static CommandTemplate checked(String text, List<String> arguments, String owner) {
        Set<String> used = new java.util.HashSet<>();
        for (String argument : arguments) {
            Matcher m = PLACEHOLDER.matcher(argument);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    throw new InputException(owner + ": unknown placeholder '" + m.group()
                            + "'; known: {train}, {output}, {rows}, {seed}");
                }
                used.add(m.group(1));
            }
        }
        for (String name : PLACEHOLDERS) {
            if (REQUIRED.contains(name) && !used.contains(name)) {
                throw new InputException(owner + " has no {" + name + "}; the program must "
                        + "be told " + (name.equals("train") ? "which training file to read"
                                : "which file to write"));
            }
        }
        return new CommandTemplate(text, arguments);
    }

    /**
     * The command as the user wrote it.
     *
     * @return the template text
     */
    String text() {
        return text;
    }

    /**
     * Tells whether a placeholder occurs in the template.
     *
     * @param name a placeholder name without braces, e.g. {@code seed}
     * @return true if some argument uses it
     */
    boolean uses(String name) {
        String token = "{" + name + "}";
        return arguments.stream().anyMatch(a -> a.contains(token));
    }

    /**
     * The arguments of one run.
     *
     * @param values the value of each placeholder by name
     * @return the program and its arguments, placeholders replaced
     */
    List<String> substitute(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (String argument : arguments) {
            Matcher m = PLACEHOLDER.matcher(argument);
            StringBuilder replaced = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no value for " + m.group());
                }
                m.appendReplacement(replaced, Matcher.quoteReplacement(value));
            }
            m.appendTail(replaced);
            out.add(replaced.toString());
        }
        return out;
    }

    /**
     * Splits a command into arguments by blanks and quotes, with no expansion.
     *
     * @param text the command
     * @param owner for messages
     * @return the arguments
     * @throws InputException for an unclosed quote
     */
    static List<String> split(String text, String owner) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (inArgument) {
                    out.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
                i++;
            } else if (ch == '\'' || ch == '"') {
                i = quoted(text, i, current, owner);
                inArgument = true;
            } else {
                current.append(ch);
                inArgument = true;
                i++;
            }
        }
        if (inArgument) {
            out.add(current.toString());
        }
        return out;
    }

    /** Appends a quoted part and returns the position after its closing quote. */
    private static int quoted(String text, int open, StringBuilder current, String owner) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == quote) {
                return i + 1;
            }
            if (quote == '"' && ch == '\\' && i + 1 < text.length()
                    && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                current.append(text.charAt(i + 1));
                i += 2;
            } else {
                current.append(ch);
                i++;
            }
        }
        throw new InputException(owner + ": the " + (quote == '"' ? "double" : "single")
                + " quote at character " + (open + 1) + " is never closed");
    }

    @Override
    public String toString() {
        return text;
    }
}
