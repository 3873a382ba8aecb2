package org.synthaudit.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The synthaudit version, for {@code --version} and the report's provenance. */
public final class ToolVersion {
    private static final String RESOURCE = "/org/synthaudit/harness/version.properties";

    private ToolVersion() {
    }

    /**
     * The version of this build: the jar manifest's {@code Implementation-Version} when run from
     * the jar, otherwise the version the build wrote into a resource.
     *
     * @return e.g. {@code 0.1.0-SNAPSHOT}
     */
    public static String get() {
        String fromManifest = ToolVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        return fromResource();
    }

    private static String fromResource() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Java runtime the audit runs on.
     *
     * @return the vendor and version, e.g. {@code Eclipse Adoptium 25.0.1+8-LTS}
     */
    public static String jdk() {
        return System.getProperty("java.vendor") + " " + Runtime.version();
    }
}
