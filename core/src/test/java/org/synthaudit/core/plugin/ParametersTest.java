package org.synthaudit.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link Parameters}: each error keeps the parameter's name apart from the problem, so
 * that the configuration reader can point at the line where the parameter was written.
 */
class ParametersTest {
    private static final Parameters GIVEN = new Parameters("evaluator x",
            Map.of("n", 10, "p", "abc", "w", 2.5));

    @Nested
    class Integer {
        @Test
        void namesTheParameterTheRangeAndTheValue() {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> GIVEN.integer("n", 1, 20, 30));

            assertEquals("n", e.parameter());
            assertEquals("must be in [20, 30], was 10", e.problem());
            assertEquals("evaluator x: parameter 'n' must be in [20, 30], was 10",
                    e.getMessage());
        }

        @Test
        void rejectsAFraction() {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> GIVEN.integer("w", 1, 0, 10));

            assertEquals("must be a whole number, was 2.5", e.problem());
        }

        @Test
        void rejectsText() {
            assertEquals("must be a number, was 'abc'", assertThrows(
                    InvalidParameterException.class, () -> GIVEN.number("p", 1, 0, 10)).problem());
        }
    }

    @Nested
    class RequireOnly {
        @Test
        void namesTheUnknownParameterAndTheAcceptedOnes() {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> GIVEN.requireOnly(Set.of("n", "w")));

            assertEquals("p", e.parameter());
            assertEquals("is not a parameter of evaluator x; accepted: n, w", e.problem());
            assertEquals("evaluator x: unknown parameter 'p'; accepted: n, w", e.getMessage());
        }
    }
}
