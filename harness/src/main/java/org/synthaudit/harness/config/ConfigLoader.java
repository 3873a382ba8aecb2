package org.synthaudit.harness.config;

import java.nio.file.Path;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads an audit configuration file. Every key is checked: an unknown key, a value of the wrong
 * kind or out of range is an {@link InputException} naming the file, the line and the key.
 */
public final class ConfigLoader {
    private static final ObjectMapper MAPPER = YamlFiles.strictMapper(new SimpleModule("config")
            .addDeserializer(ColumnType.class, YamlFiles.scalar(ColumnType.class,
                    ColumnType::parse))
            .addDeserializer(Role.class, YamlFiles.scalar(Role.class, ColumnConfig::parseRole)));

    private ConfigLoader() {
    }

    /**
     * Reads a configuration file and resolves its paths against the file's folder.
     *
     * @param file the file, as the user named it
     * @return the configuration, with defaults applied
     * @throws InputException if the file is missing, unreadable or invalid
     */
    public static AuditConfig load(Path file) {
        AuditConfig config = YamlFiles.read(MAPPER, file, AuditConfig.class, "config file");
        return config.resolvedAgainst(file.getParent());
    }

    /**
     * Reads a configuration from text, without resolving paths.
     *
     * @param yaml the YAML text
     * @param source the name used in messages
     * @return the configuration, with defaults applied
     * @throws InputException if the text is invalid
     */
    public static AuditConfig parse(String yaml, String source) {
        return YamlFiles.read(MAPPER, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                source, AuditConfig.class, "config file");
    }
}
