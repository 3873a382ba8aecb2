package org.synthaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
    @Nested
    class Parse {
        @Test
        void readsPlainDecimals() {
            assertEquals(42, Numbers.parse("42"));
            assertEquals(-1.5, Numbers.parse("-1.5"));
            assertEquals(0.5, Numbers.parse(".5"));
            assertEquals(1, Numbers.parse("1."));
            assertEquals(2500, Numbers.parse("+2.5E3"));
            assertEquals(0.001, Numbers.parse("1e-3"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "-", ".", "1e", "1e+", "Infinity", "NaN", "0x10", "1d",
            "2f", "1,000", "1 000", "12abc", "--1"})
        void rejectsEverythingElse(String text) {
            assertTrue(Double.isNaN(Numbers.parse(text)), text);
        }
    }

    @Nested
    class IsInteger {
        @Test
        void acceptsSignedDigitsOnly() {
            assertTrue(Numbers.isInteger("901"));
            assertTrue(Numbers.isInteger("-7"));
            assertFalse(Numbers.isInteger("1.0"));
            assertFalse(Numbers.isInteger("1e3"));
            assertFalse(Numbers.isInteger("+"));
        }
    }
}
