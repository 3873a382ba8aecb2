package org.synthaudit.harness.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synthaudit.core.data.Role;

/**
 * Writes a configuration back as YAML, in the format {@link ConfigLoader} reads, for the
 * report's provenance: every default is spelled out, so a reader can rerun the audit.
 */
public final class ConfigWriter {
    private ConfigWriter() {
    }

    /**
     * Renders a configuration as YAML.
     *
     * @param config the effective configuration
     * @return YAML text, keys in a stable order
     */
    public static String toYaml(AuditConfig config) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (config.real() != null) {
            root.put("real", config.real().toString());
        }
        root.put("missing", config.missing());
        if (config.delimiter() != null) {
            root.put("delimiter", config.delimiter());
        }
        root.put("seed", config.seed());
        root.put("threads", config.threads());
        root.put("columns", columns(config));
        root.put("split", split(config.split()));
        if (config.generator() != null) {
            root.put("generator", generator(config.generator()));
        }
        root.put("evaluators", new TreeMap<>(config.evaluators()));
        root.put("policy", config.policy());
        root.put("show-record-values", config.showRecordValues());
        return YamlFiles.writer().writeValueAsString(root);
    }

    private static Map<String, Object> columns(AuditConfig config) {
        Map<String, Object> out = new LinkedHashMap<>();
        config.columns().forEach((name, column) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (column.type() != null) {
                entry.put("type", column.type().configName());
            }
            if (!column.roles().isEmpty()) {
                List<String> roles = column.roles().stream().sorted().map(Role::configName)
                        .toList();
                entry.put("roles", roles);
            }
            if (column.format() != null) {
                entry.put("format", column.format());
            }
            out.put(name, entry);
        });
        return out;
    }

    private static Map<String, Object> split(SplitConfig split) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("train", split.train());
        out.put("holdout", split.holdout());
        out.put("reference", split.reference());
        return out;
    }

    private static Map<String, Object> generator(GeneratorConfig generator) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", generator.id());
        if (generator.rows() != null) {
            out.put("rows", generator.rows());
        }
        out.put("releases", generator.releases());
        out.put("parameters", new TreeMap<>(generator.parameters()));
        return out;
    }
}
