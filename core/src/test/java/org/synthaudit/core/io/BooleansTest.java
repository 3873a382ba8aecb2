package org.synthaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleansTest {
    @Nested
    class ParseWord {
        @ParameterizedTest
        @ValueSource(strings = {"true", "TRUE", "True", "yes", "Y", "t"})
        void readsTrueSpellings(String text) {
            assertEquals(Booleans.TRUE, Booleans.parseWord(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"false", "FALSE", "No", "n", "F"})
        void readsFalseSpellings(String text) {
            assertEquals(Booleans.FALSE, Booleans.parseWord(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "0", "on", "maybe", "truth"})
        void rejectsNumbersAndOtherWords(String text) {
            assertNull(Booleans.parseWord(text));
        }
    }

    @Nested
    class Parse {
        @ParameterizedTest
        @ValueSource(strings = {"1", "yes"})
        void acceptsOneForADeclaredBoolean(String text) {
            assertEquals(Booleans.TRUE, Booleans.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "no"})
        void acceptsZeroForADeclaredBoolean(String text) {
            assertEquals(Booleans.FALSE, Booleans.parse(text));
        }
    }
}
