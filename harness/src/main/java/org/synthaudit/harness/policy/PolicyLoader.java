package org.synthaudit.harness.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.synthaudit.core.InputException;
import org.synthaudit.harness.config.YamlFiles;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.module.SimpleModule;

/** Reads policy files, and the default policy that ships with synthaudit. */
public final class PolicyLoader {
    /** The resource that holds the default policy. */
    public static final String DEFAULT_RESOURCE = "/org/synthaudit/harness/default-policy.yaml";

    private static final ObjectMapper MAPPER = YamlFiles.strictMapper(new SimpleModule("policy")
            .addDeserializer(Rule.Reading.class, YamlFiles.scalar(Rule.Reading.class,
                    Rule.Reading::parse))
            .addDeserializer(Rule.Severity.class, YamlFiles.scalar(Rule.Severity.class,
                    Rule.Severity::parse))
            .addDeserializer(Rule.Effect.class, YamlFiles.scalar(Rule.Effect.class,
                    Rule.Effect::parse)));

    private PolicyLoader() {
    }

    /**
     * Reads a policy file.
     *
     * @param file the file
     * @return the policy
     * @throws InputException if the file is missing or invalid; the message names the file,
     *     line and key
     */
    public static Policy load(Path file) {
        return YamlFiles.read(MAPPER, file, Policy.class, "policy file");
    }

    /**
     * Reads a policy from text.
     *
     * @param yaml the policy text
     * @param source the name used in messages
     * @return the policy
     * @throws InputException if the text is invalid
     */
    public static Policy parse(String yaml, String source) {
        return YamlFiles.read(MAPPER, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                source, Policy.class, "policy file");
    }

    /**
     * The policy that ships with synthaudit.
     *
     * @return the default policy
     */
    public static Policy defaultPolicy() {
        return parse(defaultPolicyText(), "default policy");
    }

    /**
     * The text of the default policy, with its comments.
     *
     * @return the YAML text
     * @throws IllegalStateException if the resource is missing from the jar
     */
    public static String defaultPolicyText() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
