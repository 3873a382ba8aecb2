package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Nested
    class Escape {
        @Test
        void writesAnEscapeSequenceVisibly() {
            assertEquals("\\u001b[31mRED\\u001b[0m", TerminalText.escape("\u001b[31mRED\u001b[0m"));
        }

        @Test
        void escapesDelC1ControlsAndUnicodeSeparators() {
            assertEquals("a\\u007fb\\u009bc\\u0085d\\u2028e\\u2029f",
                    TerminalText.escape("a\u007fb\u009bc\u0085d\u2028e\u2029f"));
        }

        @Test
        void escapesLineBreaksAndTabsSoTheTextStaysOnOneLine() {
            assertEquals("a\\u000ab\\u000dc\\u0009d", TerminalText.escape("a\nb\rc\td"));
        }

        @Test
        void keepsOrdinaryTextIncludingAccentsAndSymbols() {
            String text = "café ∞ <b> \"x\" \\u";

            assertSame(text, TerminalText.escape(text));
        }
    }

    @Nested
    class IsControl {
        @Test
        void coversTheRangesExactly() {
            assertTrue(TerminalText.isControl('\u0000'));
            assertTrue(TerminalText.isControl('\u001f'));
            assertFalse(TerminalText.isControl(' '));
            assertFalse(TerminalText.isControl('~'));
            assertTrue(TerminalText.isControl('\u007f'));
            assertTrue(TerminalText.isControl('\u009f'));
            assertFalse(TerminalText.isControl('\u00a0'));
            assertTrue(TerminalText.isControl('\u2028'));
            assertFalse(TerminalText.isControl('\u2027'));
        }

        @Test
        void coversTheBidirectionalControls() {
            assertTrue(TerminalText.isControl('\u202e'));
            assertTrue(TerminalText.isControl('\u202a'));
            assertFalse(TerminalText.isControl('\u202f'));
            assertTrue(TerminalText.isControl('\u2066'));
            assertTrue(TerminalText.isControl('\u2069'));
            assertFalse(TerminalText.isControl('\u206a'));
            assertTrue(TerminalText.isControl('\u200f'));
            assertTrue(TerminalText.isControl('\u061c'));
        }
    }
}
