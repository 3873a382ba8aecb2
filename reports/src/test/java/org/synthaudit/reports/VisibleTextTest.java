package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VisibleTextTest {
    @Nested
    class ForXmlText {
        @Test
        void keepsTabAndLineFeedAndEscapesTheCarriageReturn() {
            assertEquals("a\tb\nc\\u000dd", VisibleText.forXmlText("a\tb\nc\rd"));
        }

        @Test
        void escapesTheCharactersXmlForbids() {
            assertEquals("\\u0000\\u0001\\u001f\\ufffe\\uffff",
                    VisibleText.forXmlText("\u0000\u0001\u001f\ufffe\uffff"));
        }

        @Test
        void escapesDeleteAndTheC1Controls() {
            assertEquals("\\u007f\\u0080\\u009b", VisibleText.forXmlText("\u007f\u0080\u009b"));
        }

        @Test
        void escapesAnUnpairedSurrogateAndKeepsAPair() {
            assertEquals("\\ud800x\\udc00 \ud83d\ude00",
                    VisibleText.forXmlText("\ud800x\udc00 \ud83d\ude00"));
        }

        @Test
        void escapesTheBidirectionalControlsThatReorderText() {
            assertEquals("a\\u202eb\\u2066c\\u2069d\\u200fe\\u061c",
                    VisibleText.forXmlText("a\u202eb\u2066c\u2069d\u200fe\u061c"));
        }

        @Test
        void returnsPlainTextUnchanged() {
            String text = "fidelity.column.<age>&.tvd ü €";

            assertSame(text, VisibleText.forXmlText(text));
        }
    }

    @Nested
    class OneLine {
        @Test
        void escapesLineBreaksTabsAndTheUnicodeSeparators() {
            assertEquals("a\\u000ab\\u0009c\\u2028d\\u2029e\\u000d",
                    VisibleText.oneLine("a\nb\tc\u2028d\u2029e\r"));
        }
    }
}
