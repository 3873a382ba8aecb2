package org.synthaudit.harness;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.synthaudit.core.InputException;
import org.synthaudit.harness.config.AuditConfig;

/**
 * What the user asked for: a configuration and, in release mode, the files to audit.
 *
 * @param configFile the configuration file, for messages and provenance, or {@code null} when the
 *     audit runs on defaults
 * @param config the effective configuration, after command-line options
 * @param release the files of a release-mode audit, or {@code null} for generator mode
 */
public record AuditRequest(Path configFile, AuditConfig config, ReleaseFiles release) {
    /** Checks that a configuration is given. */
    public AuditRequest {
        Objects.requireNonNull(config, "config");
    }

    /**
     * Tells whether the audit runs on files the user made (release mode).
     *
     * @return true in release mode, false in generator mode
     */
    public boolean releaseMode() {
        return release != null;
    }

    /**
     * The name of the configuration for messages.
     *
     * @return the configuration file's path, or {@code the configuration} without a file
     */
    public String configName() {
        return configFile == null ? "the configuration" : configFile.toString();
    }

    /**
     * The files of a release-mode audit.
     *
     * @param train the records the generator was fitted on (the members)
     * @param holdout real records the generator never saw (the control group)
     * @param synthetic one or more synthetic files made from {@code train}
     */
    public record ReleaseFiles(Path train, Path holdout, List<Path> synthetic) {
        /**
         * Checks that every file is given.
         *
         * @throws InputException if a file is missing
         */
        public ReleaseFiles {
            if (train == null || holdout == null || synthetic == null || synthetic.isEmpty()) {
                throw new InputException("release mode needs --train, --holdout and at least "
                        + "one --synthetic file; missing " + missing(train, holdout, synthetic));
            }
            synthetic = List.copyOf(synthetic);
        }

        private static String missing(Path train, Path holdout, List<Path> synthetic) {
            List<String> absent = new java.util.ArrayList<>();
            if (train == null) {
                absent.add("--train");
            }
            if (holdout == null) {
                absent.add("--holdout");
            }
            if (synthetic == null || synthetic.isEmpty()) {
                absent.add("--synthetic");
            }
            return String.join(", ", absent);
        }
    }
}
