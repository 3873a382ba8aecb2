package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON document against the subset of JSON Schema 2020-12 that
 * {@code report.schema.json} uses. A keyword outside that subset is reported as a violation,
 * so the check never passes by ignoring part of the schema.
 */
final class JsonSchemaCheck {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "$comment",
            "title", "description");

    private final JsonNode root;
    private final List<String> violations = new ArrayList<>();

    private JsonSchemaCheck(JsonNode root) {
        this.root = root;
    }

    /**
     * Lists where a document breaks a schema.
     *
     * @param schema the schema document
     * @param document the document to check
     * @return one line per violation, naming the JSON pointer; empty when the document is valid
     */
    static List<String> violations(JsonNode schema, JsonNode document) {
        JsonSchemaCheck check = new JsonSchemaCheck(schema);
        check.check(schema, document, "");
        return check.violations;
    }

    private void check(JsonNode schema, JsonNode value, String at) {
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String name = keyword.getKey();
            if (!ANNOTATIONS.contains(name)) {
                keyword(name, keyword.getValue(), schema, value, at);
            }
        }
    }

    private void keyword(String name, JsonNode arg, JsonNode schema, JsonNode value, String at) {
        switch (name) {
            case "$ref" -> check(resolve(arg.asString()), value, at);
            case "type" -> require(types(arg).stream().anyMatch(t -> hasType(value, t)), at,
                    "is not of type " + arg);
            case "const" -> require(arg.equals(value), at, "is not " + arg);
            case "enum" -> require(arg.valueStream().anyMatch(value::equals), at,
                    "is not one of " + arg);
            case "oneOf" -> require(arg.valueStream().filter(s -> valid(s, value)).count() == 1,
                    at, "matches not exactly one of the alternatives");
            case "required" -> arg.valueStream().filter(k -> value.isObject())
                    .filter(k -> !value.has(k.asString()))
                    .forEach(k -> violations.add(at + ": misses " + k.asString()));
            case "properties" -> properties(arg, value, at);
            case "additionalProperties" -> additional(arg, schema, value, at);
            case "items" -> items(arg, value, at);
            case "minimum" -> require(!value.isNumber() || value.asDouble() >= arg.asDouble(),
                    at, "is below " + arg);
            case "maximum" -> require(!value.isNumber() || value.asDouble() <= arg.asDouble(),
                    at, "is above " + arg);
            case "exclusiveMinimum" -> require(!value.isNumber()
                    || value.asDouble() > arg.asDouble(), at, "is not above " + arg);
            case "exclusiveMaximum" -> require(!value.isNumber()
                    || value.asDouble() < arg.asDouble(), at, "is not below " + arg);
            case "minLength" -> require(!value.isString()
                    || value.asString().length() >= arg.asInt(), at, "is too short");
            case "pattern" -> require(!value.isString()
                    || Pattern.compile(arg.asString()).matcher(value.asString()).find(), at,
                    "does not match " + arg);
            default -> violations.add(at + ": the check does not know the keyword " + name);
        }
    }

    private void properties(JsonNode properties, JsonNode value, String at) {
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> p : properties.properties()) {
                if (value.has(p.getKey())) {
                    check(p.getValue(), value.get(p.getKey()), at + "/" + p.getKey());
                }
            }
        }
    }

    private void additional(JsonNode arg, JsonNode schema, JsonNode value, String at) {
        if (!value.isObject()) {
            return;
        }
        JsonNode declared = schema.path("properties");
        for (String key : value.propertyNames()) {
            if (declared.has(key)) {
                continue;
            }
            if (arg.isBoolean()) {
                require(arg.asBoolean(), at, "has the undeclared key " + key);
            } else {
                check(arg, value.get(key), at + "/" + key);
            }
        }
    }

    private void items(JsonNode arg, JsonNode value, String at) {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(arg, value.get(i), at + "/" + i);
            }
        }
    }

    private boolean valid(JsonNode schema, JsonNode value) {
        JsonSchemaCheck alone = new JsonSchemaCheck(root);
        alone.check(schema, value, "");
        return alone.violations.isEmpty();
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        return root.at(ref.substring(1));
    }

    private static List<String> types(JsonNode arg) {
        return arg.isArray() ? arg.valueStream().map(JsonNode::asString).toList()
                : List.of(arg.asString());
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private void require(boolean holds, String at, String problem) {
        if (!holds) {
            violations.add((at.isEmpty() ? "/" : at) + ": " + problem);
        }
    }
}
