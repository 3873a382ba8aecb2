package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;

class CommandTemplateTest {
    private static final String OWNER = "generator external: parameter 'command'";
    private static final Map<String, String> VALUES = Map.of("train", "/tmp/t.csv",
            "output", "/tmp/o.csv", "rows", "100", "seed", "7");

    private static String error(String template) {
        return assertThrows(InputException.class, () -> CommandTemplate.parse(template, OWNER))
                .getMessage();
    }

    @Nested
    class Split {
        @Test
        void separatesArgumentsByBlanks() {
            assertEquals(List.of("python3", "a.py", "--rows", "{rows}"),
                    CommandTemplate.split("  python3\ta.py  --rows {rows} ", OWNER));
        }

        @Test
        void keepsQuotedTextTogetherAndLiteral() {
            assertEquals(List.of("Rscript", "my script.R", "$HOME", "a;b|c"),
                    CommandTemplate.split("Rscript 'my script.R' '$HOME' \"a;b|c\"", OWNER));
        }

        @Test
        void joinsQuotedPartsIntoOneArgument() {
            assertEquals(List.of("--name=a b", "x\"y\\z"),
                    CommandTemplate.split("--name=\"a b\" \"x\\\"y\\\\z\"", OWNER));
        }

        @Test
        void keepsAnEmptyQuotedArgument() {
            assertEquals(List.of("prog", ""), CommandTemplate.split("prog ''", OWNER));
        }

        @Test
        void rejectsAnUnclosedQuoteWithItsPosition() {
            assertEquals(OWNER + ": the double quote at character 6 is never closed",
                    error("prog \"{train} {output}"));
        }
    }

    @Nested
    class Parse {
        @Test
        void rejectsAnEmptyCommand() {
            assertEquals(OWNER + " is empty; expected a program and its arguments, e.g. python3 "
                    + "script.py {train} {output} {rows} {seed}", error("   "));
        }

        @Test
        void rejectsAnUnknownPlaceholderListingTheKnownOnes() {
            assertEquals(OWNER + ": unknown placeholder '{epochs}'; known: {train}, {output}, "
                    + "{rows}, {seed}", error("prog {train} {output} --epochs {epochs}"));
        }

        @Test
        void requiresTheTrainingAndTheOutputFile() {
            assertEquals(OWNER + " has no {output}; the program must be told which file to "
                    + "write", error("prog {train} {rows}"));
            assertEquals(OWNER + " has no {train}; the program must be told which training "
                    + "file to read", error("prog {output}"));
        }

        @Test
        void tellsWhichPlaceholdersAreUsed() {
            CommandTemplate template = CommandTemplate.parse("prog {train} {output}", OWNER);

            assertTrue(template.uses("train"));
            assertFalse(template.uses("seed"));
        }
    }

    @Nested
    class Substitute {
        @Test
        void replacesPlaceholdersInsideEachArgument() {
            CommandTemplate template = CommandTemplate.parse(
                    "python3 gen.py --train={train} -o {output} -n {rows} --seed {seed}", OWNER);

            assertEquals(List.of("python3", "gen.py", "--train=/tmp/t.csv", "-o", "/tmp/o.csv",
                    "-n", "100", "--seed", "7"), template.substitute(VALUES));
        }

        @Test
        void keepsAValueWithShellSyntaxAsOneArgument() {
            CommandTemplate template = CommandTemplate.parse("prog {train} {output}", OWNER);
            Map<String, String> hostile = Map.of("train", "a b; rm -rf / $(id) `x` > y",
                    "output", "o.csv", "rows", "1", "seed", "2");

            assertEquals(List.of("prog", "a b; rm -rf / $(id) `x` > y", "o.csv"),
                    template.substitute(hostile));
        }

        @Test
        void takesAListAsTheArgumentsUnsplit() {
            CommandTemplate template = CommandTemplate.of(List.of("my prog", "{train}",
                    "{output}"), OWNER);

            assertEquals(List.of("my prog", "/tmp/t.csv", "/tmp/o.csv"),
                    template.substitute(VALUES));
        }
    }
}
