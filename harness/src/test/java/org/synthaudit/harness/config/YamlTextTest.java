package org.synthaudit.harness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class YamlTextTest {

    @Nested
    class Scalar {
        @Test
        void leavesPlainNamesBare() {
            assertEquals("native-country", YamlText.scalar("native-country"));
            assertEquals("S.No", YamlText.scalar("S.No"));
        }

        @Test
        void quotesWordsYamlWouldReadAsOtherTypes() {
            assertEquals("\"yes\"", YamlText.scalar("yes"));
            assertEquals("\"NULL\"", YamlText.scalar("NULL"));
            assertEquals("\"42\"", YamlText.scalar("42"));
            assertEquals("\".5\"", YamlText.scalar(".5"));
        }

        @Test
        void quotesAndEscapesSpecialCharacters() {
            assertEquals("\"a: \\\"b\\\"\\n\"", YamlText.scalar("a: \"b\"\n"));
            assertEquals("\"\"", YamlText.scalar(""));
            assertEquals("\"x\\u2028\"", YamlText.scalar("x\u2028"));
        }
    }

    @Nested
    class Comment {
        @Test
        void keepsACommentOnOneLine() {
            assertEquals("a b", YamlText.comment("a\n\rb\n"));
        }
    }
}
