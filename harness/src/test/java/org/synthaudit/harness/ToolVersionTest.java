package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ToolVersionTest {

    @Nested
    class Get {
        @Test
        void comesFromTheBuild() {
            String version = ToolVersion.get();

            assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
            assertFalse(version.contains("${"), version);
        }
    }

    @Nested
    class Jdk {
        @Test
        void namesTheRuntimeVersion() {
            assertTrue(ToolVersion.jdk().endsWith(Runtime.version().toString()));
        }
    }
}
