package org.synthaudit.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditResult.InputFile;

/** SHA-256 fingerprints of input files, so a report names exactly the data it was made from. */
public final class Fingerprints {
    private Fingerprints() {
    }

    /**
     * Computes the SHA-256 of a file's bytes.
     *
     * @param file the file
     * @return the digest as lower-case hex, 64 characters
     * @throws InputException if the file cannot be read
     */
    public static String sha256(Path file) {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Computes the SHA-256 of text encoded as UTF-8.
     *
     * @param text the text
     * @return the digest as lower-case hex
     */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(newDigest().digest(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Describes an input file for the report's provenance.
     *
     * @param role what the file is to the audit, e.g. {@code real} or {@code config}
     * @param file the file as the user named it
     * @param rows its number of data rows, or -1 for a file that is not a table
     * @return the description with the file's SHA-256
     * @throws InputException if the file cannot be read
     */
    public static InputFile inputFile(String role, Path file, long rows) {
        return new InputFile(role, file.toString(), sha256(file), rows);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
