package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditResult.InputFile;

class FingerprintsTest {
    /** The SHA-256 of "abc", from FIPS 180-2, appendix B.1. */
    private static final String ABC =
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Nested
    class Sha256 {
        @Test
        void matchesThePublishedDigestOfAbc() throws IOException {
            Path file = Files.writeString(dir.resolve("abc.txt"), "abc");

            assertEquals(ABC, Fingerprints.sha256(file));
            assertEquals(ABC, Fingerprints.sha256("abc"));
        }

        @Test
        void namesAnUnreadableFile() {
            Path missing = dir.resolve("missing.csv");

            assertThrows(InputException.class, () -> Fingerprints.sha256(missing));
        }
    }

    @Nested
    class InputFileOf {
        @Test
        void describesTheFile() throws IOException {
            Path file = Files.writeString(dir.resolve("abc.csv"), "abc");

            assertEquals(new InputFile("real", file.toString(), ABC, 7),
                    Fingerprints.inputFile("real", file, 7));
        }
    }
}
