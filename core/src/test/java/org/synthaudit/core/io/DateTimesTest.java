package org.synthaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {
    @Nested
    class ParseIso {
        @Test
        void readsDatesAsMidnightUtc() {
            assertEquals(1266883200, DateTimes.parseIso("2010-02-23"));
            assertEquals(0, DateTimes.parseIso("1970-01-01"));
        }

        @Test
        void readsDateTimesWithASpaceOrT() {
            assertEquals(1407743219, DateTimes.parseIso("2014-08-11 07:46:59"));
            assertEquals(1407743219, DateTimes.parseIso("2014-08-11T07:46:59"));
            assertEquals(1407743160, DateTimes.parseIso("2014-08-11 07:46"));
            assertEquals(1407743219.25, DateTimes.parseIso("2014-08-11T07:46:59.25"));
        }

        @Test
        void readsOffsetsAsInstants() {
            assertEquals(1407743219, DateTimes.parseIso("2014-08-11T07:46:59Z"));
            assertEquals(1407743219 - 7200, DateTimes.parseIso("2014-08-11T07:46:59+02:00"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2010", "2010-02-30", "2010-13-01", "23/02/2010", "2010-02-23x",
            "2010-02-23 25:00", "20100-02-23"})
        void rejectsOtherText(String text) {
            assertTrue(Double.isNaN(DateTimes.parseIso(text)), text);
        }
    }

    @Nested
    class Parser {
        @Test
        void usesAConfiguredPatternForDatesAndDateTimes() {
            assertEquals(1266883200, DateTimes.parser("dd/MM/yyyy").epochSeconds("23/02/2010"));
            assertEquals(1407743219, DateTimes.parser("dd.MM.yyyy HH:mm:ss")
                    .epochSeconds("11.08.2014 07:46:59"));
        }

        @Test
        void readsIsoForTheInferredFormats() {
            assertEquals(1266883200,
                    DateTimes.parser(DateTimes.ISO_MIXED).epochSeconds("2010-02-23"));
        }

        @Test
        void readsAnyIsoValueForAnInferredIsoShape() {
            assertEquals(1266883200,
                    DateTimes.parser("yyyy-MM-dd").epochSeconds("2010-02-23T00:00:00Z"));
            assertEquals(1407743219, DateTimes.parser("yyyy-MM-dd[ HH:mm:ss]")
                    .epochSeconds("2014-08-11T07:46:59"));
            assertTrue(DateTimes.isIsoShape("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"));
            assertFalse(DateTimes.isIsoShape("dd/MM/yyyy"));
            assertFalse(DateTimes.isIsoShape("yyyy-MM-dd[ HH:mm"));
        }

        @Test
        void rejectsAnInvalidPattern() {
            assertThrows(IllegalArgumentException.class, () -> DateTimes.parser("yyyy-{"));
        }
    }

    @Nested
    class Check {
        @Test
        void acceptsPatternsAndTheIsoNamesInferenceReports() {
            DateTimes.check("yyyy-MM-dd[ HH:mm:ss]");
            DateTimes.check(DateTimes.ISO_DATE);
            DateTimes.check(DateTimes.ISO_DATE_TIME);
            DateTimes.check(DateTimes.ISO_MIXED);
            assertThrows(IllegalArgumentException.class, () -> DateTimes.check("ISO-8601"));
        }
    }

    @Nested
    class Shape {
        @Test
        void describesEachValueAsAPattern() {
            assertEquals("yyyy-MM-dd", DateTimes.shape("2010-02-23"));
            assertEquals("yyyy-MM-dd HH:mm:ss", DateTimes.shape("2014-08-11 07:46:59"));
            assertEquals("yyyy-MM-dd'T'HH:mm", DateTimes.shape("2014-08-11T07:46"));
            assertEquals("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
                    DateTimes.shape("2014-08-11T07:46:59.123Z"));
            assertEquals("yyyy-MM-dd'T'HH:mm:ssXXX", DateTimes.shape("2014-08-11T07:46:59-05:00"));
        }
    }
}
