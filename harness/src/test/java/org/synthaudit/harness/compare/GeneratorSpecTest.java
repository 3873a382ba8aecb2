package org.synthaudit.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;

class GeneratorSpecTest {
    @Nested
    class Parse {
        @Test
        void readsAnIdAlone() {
            assertEquals(new GeneratorSpec("identity", "identity", Map.of()),
                    GeneratorSpec.parse(" identity "));
        }

        @Test
        void readsParametersTypedAsTheConfigurationTypesThem() {
            GeneratorSpec spec = GeneratorSpec.parse("bayesian-network:epsilon=1:beta=0.25"
                    + ":interpolate=true:name=x1");

            assertEquals("bayesian-network", spec.id());
            assertEquals("bayesian-network:epsilon=1:beta=0.25:interpolate=true:name=x1",
                    spec.label());
            assertEquals(List.of("epsilon", "beta", "interpolate", "name"),
                    List.copyOf(spec.parameters().keySet()));
            assertEquals(1, spec.parameters().get("epsilon"));
            assertEquals(0.25, spec.parameters().get("beta"));
            assertEquals(Boolean.TRUE, spec.parameters().get("interpolate"));
            assertEquals("x1", spec.parameters().get("name"));
        }

        @Test
        void rejectsAParameterWithoutAValue() {
            InputException e = assertThrows(InputException.class,
                    () -> GeneratorSpec.parse("bayesian-network:epsilon"));

            assertEquals("'bayesian-network:epsilon': 'epsilon' is not NAME=VALUE; write "
                    + "ID:NAME=VALUE, e.g. bayesian-network:epsilon=1", e.getMessage());
        }

        @Test
        void rejectsAParameterGivenTwice() {
            InputException e = assertThrows(InputException.class,
                    () -> GeneratorSpec.parse("bayesian-network:k=1:k=2"));

            assertEquals("'bayesian-network:k=1:k=2': parameter 'k' is given twice",
                    e.getMessage());
        }

        @Test
        void rejectsAnEmptyId() {
            assertThrows(InputException.class, () -> GeneratorSpec.parse(":k=1"));
        }
    }

    @Nested
    class ParseAll {
        @Test
        void keepsTheOrderGiven() {
            List<GeneratorSpec> specs = GeneratorSpec.parseAll(List.of("b", "a:k=1", "a"));

            assertEquals(List.of("b", "a:k=1", "a"), specs.stream().map(GeneratorSpec::label)
                    .toList());
        }

        @Test
        void rejectsALabelListedTwice() {
            InputException e = assertThrows(InputException.class,
                    () -> GeneratorSpec.parseAll(List.of("a", "b", "a")));

            assertEquals("'a' is listed twice", e.getMessage());
        }

        @Test
        void needsTwoGenerators() {
            InputException e = assertThrows(InputException.class,
                    () -> GeneratorSpec.parseAll(List.of("a")));

            assertEquals("a comparison needs at least two generators, got 1", e.getMessage());
        }
    }
}
