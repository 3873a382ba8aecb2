package org.synthaudit.harness.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.synthaudit.core.InputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads YAML files into validated records and turns every problem into one {@link InputException}
 * line that names the file, the line (where the parser knows it), the key and what was expected.
 *
 * <p>Keys are written in kebab case ({@code if-undefined}); a key the record does not know is an
 * error, and so is a key given twice.
 */
public final class YamlFiles {
    private static final Pattern DUPLICATE =
            Pattern.compile("Duplicate Object property \"(.*)\"");

    private YamlFiles() {
    }

    /**
     * Builds a strict mapper for reading configuration records.
     *
     * @param module the deserializers for the record's own value types (enums read by their
     *     configuration names), or {@code null} for none
     * @return the mapper
     */
    public static ObjectMapper strictMapper(SimpleModule module) {
        YAMLMapper.Builder builder = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE);
        if (module != null) {
            builder.addModule(module);
        }
        return builder.build();
    }

    /**
     * Builds a mapper that writes plain YAML: no document marker, few quotes.
     *
     * @return the mapper
     */
    public static ObjectMapper writer() {
        return YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .build();
    }

    /**
     * Reads a YAML file into a record.
     *
     * @param mapper a mapper from {@link #strictMapper(SimpleModule)}
     * @param file the file, as the user named it
     * @param type the record type
     * @param what what the file is, for messages, e.g. {@code config file}
     * @param <T> the record type
     * @return the record
     * @throws InputException if the file is missing, unreadable, empty or invalid; the message
     *     names the file, the line and the key
     */
    public static <T> T read(ObjectMapper mapper, Path file, Class<T> type, String what) {
        if (Files.isDirectory(file)) {
            throw new InputException(what + " " + file + " is a folder, not a file");
        }
        byte[] text;
        try {
            text = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(what + " " + file + " not found");
        } catch (IOException e) {
            throw new InputException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        return read(mapper, text, file.toString(), type, what);
    }

    /**
     * Reads YAML text into a record.
     *
     * @param mapper a mapper from {@link #strictMapper(SimpleModule)}
     * @param text the YAML text, UTF-8
     * @param source the name of the source in messages, e.g. a file name
     * @param type the record type
     * @param what what the source is, for messages
     * @param <T> the record type
     * @return the record
     * @throws InputException if the text is empty or invalid; the message names the source, the
     *     line and the key
     */
    public static <T> T read(ObjectMapper mapper, byte[] text, String source, Class<T> type,
            String what) {
        T value;
        try {
            value = mapper.readValue(text, type);
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty() && e.getCurrentToken() == null) {
                throw empty(source, what);
            }
            throw translate(mapper, text, source, e);
        } catch (JacksonException e) {
            throw translate(mapper, text, source, e);
        }
        if (value == null) {
            throw empty(source, what);
        }
        return value;
    }

    private static InputException empty(String source, String what) {
        return new InputException(source + ": the " + what + " is empty; expected a mapping of "
                + "keys to values");
    }

    /**
     * Turns a Jackson failure into one line for the user.
     *
     * @param source the file name
     * @param e the failure
     * @return the input error
     */
    static InputException translate(ObjectMapper mapper, byte[] text, String source,
            JacksonException e) {
        String key = keyPath(e.getPath());
        InputException cause = inputCause(e);
        if (cause != null) {
            List<String> valueKey = cause instanceof InvalidValueException v ? v.key()
                    : List.of();
            String where = source + line(mapper, text, e, valueKey, true);
            return new InputException((key.isEmpty() ? where : where + ": " + key) + ": "
                    + cause.getMessage(), e);
        }
        String where = source + line(mapper, text, e, List.of(), false);
        String prefix = key.isEmpty() ? where + ": " : where + ": " + key + ": ";
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).collect(Collectors.toCollection(TreeSet::new))
                    .stream().collect(Collectors.joining(", "));
            return new InputException(where + ": unknown key '" + key + "'; expected one of "
                    + known, e);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new InputException(prefix + "expected " + describe(m.getTargetType())
                    + found(m), e);
        }
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.lookingAt()) {
            return new InputException(prefix + "key '" + duplicate.group(1) + "' is given twice",
                    e);
        }
        if (e instanceof InputCoercionException c && c.getTargetType() != null) {
            return new InputException(where + ": " + parsedKey(c, key) + "expected "
                    + describe(c.getTargetType()) + range(c.getTargetType()) + ", found "
                    + numberIn(c.getOriginalMessage()), e);
        }
        if (e instanceof StreamReadException) {
            return new InputException(where + ": not valid YAML: "
                    + firstLine(e.getOriginalMessage()), e);
        }
        return new InputException(prefix + firstLine(e.getOriginalMessage()), e);
    }

    /**
     * Finds the line to name in a message. A value rejected by a record's constructor is
     * reported where its key is (the parser's own location is then the end of the record); other
     * failures where the parser stopped, or where the key is when the parser had no location.
     */
    private static String line(ObjectMapper mapper, byte[] text, JacksonException e,
            List<String> valueKey, boolean rejectedValue) {
        List<String> segments = new ArrayList<>(segments(e.getPath()));
        segments.addAll(valueKey);
        int parsed = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        int line = rejectedValue || parsed <= 0 ? lineOfKey(mapper, text, segments) : parsed;
        if (line <= 0 && !rejectedValue) {
            line = parsed;
        }
        return line <= 0 ? "" : " line " + line;
    }

    /**
     * Finds the line where a key is written in a YAML file, for errors found after the file was
     * read (a plug-in parameter, a figure a policy rule names).
     *
     * @param file the file
     * @param keys the path of the key, e.g. {@code evaluators}, {@code membership.shadow},
     *     {@code testSets}, or {@code rules}, {@code 2}, {@code figure} (list positions from 0)
     * @return the line number from 1 of the most specific key of the path found in the file, or
     *     -1 when the file cannot be read or holds none of them
     */
    public static int lineOf(Path file, List<String> keys) {
        byte[] text;
        try {
            text = Files.readAllBytes(file);
        } catch (IOException e) {
            return -1;
        }
        return lineOfKey(YAMLMapper.builder().build(), text, keys);
    }

    /**
     * Names a key of a YAML file for a message: the file, the line where the key is written, and
     * the key path with dots, e.g. {@code audit.yaml line 14:
     * evaluators.membership.shadow.testSets}.
     *
     * @param file the file, or {@code null} when the values came from no file
     * @param source the name of the source for the message, e.g. the file as the user named it
     * @param keys the key path
     * @return the location, without a trailing colon
     */
    public static String where(Path file, String source, List<String> keys) {
        int line = file == null ? -1 : lineOf(file, keys);
        String key = String.join(".", keys);
        return source + (line > 0 ? " line " + line : "") + (key.isEmpty() ? "" : ": " + key);
    }

    /** Finds the line of the most specific key of a path that occurs in the text. */
    private static int lineOfKey(ObjectMapper mapper, byte[] text, List<String> segments) {
        for (int n = segments.size(); n > 0; n--) {
            int line = lineOfPointer(mapper, text, pointer(segments.subList(0, n)));
            if (line > 0) {
                return line;
            }
        }
        return -1;
    }

    /**
     * Finds the line of a key by reading the text again, for failures whose parser had no
     * location (values buffered for a record's constructor).
     */
    private static int lineOfPointer(ObjectMapper mapper, byte[] text, String pointer) {
        try (JsonParser p = mapper.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.PROPERTY_NAME
                        && p.streamReadContext().pathAsPointer().toString().equals(pointer)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (JacksonException e) {
            return -1;
        }
        return -1;
    }

    private static List<String> segments(List<JacksonException.Reference> path) {
        return path.stream().map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                : Integer.toString(ref.getIndex())).toList();
    }

    private static String pointer(List<String> segments) {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private static String keyPath(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static InputException inputCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException input) {
                return input;
            }
            if (t instanceof IllegalArgumentException illegal) {
                return new InputException(illegal.getMessage(), illegal);
            }
        }
        return null;
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class
                || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class || type.isEnum()) {
            return "a text value";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys to values";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String found(MismatchedInputException m) {
        if (m instanceof InvalidFormatException f && f.getValue() != null) {
            return ", found '" + f.getValue() + "'";
        }
        if (m.getCurrentToken() == null) {
            return "";
        }
        return switch (m.getCurrentToken()) {
            case START_OBJECT -> ", found a mapping";
            case START_ARRAY -> ", found a list";
            case VALUE_STRING -> ", found text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ", found a number";
            case VALUE_TRUE, VALUE_FALSE -> ", found a boolean";
            case VALUE_NULL -> ", found nothing";
            default -> "";
        };
    }

    /**
     * The key a value too large for its type was read for: the exception's path, or else where
     * the parser stood, as a dotted key followed by a colon and a space (empty at the top).
     */
    private static String parsedKey(InputCoercionException e, String key) {
        String found = key;
        if (found.isEmpty() && e.processor() instanceof JsonParser p) {
            found = p.streamReadContext().pathAsPointer().toString().replaceFirst("^/", "")
                    .replace('/', '.').replace("~1", "/").replace("~0", "~");
        }
        return found.isEmpty() ? "" : found + ": ";
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "";
    }

    /** The number a coercion message quotes in parentheses, or a word when it quotes none. */
    private static String numberIn(String message) {
        Matcher m = Pattern.compile("\\(([-+0-9.eE]+)\\)").matcher(String.valueOf(message));
        return m.find() ? m.group(1) : "a number out of range";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /**
     * A deserializer that reads a scalar as text and parses it with a function that throws an
     * {@link InputException} (or {@link IllegalArgumentException}) naming the valid values.
     *
     * @param type the value type
     * @param parse the parser
     * @param <T> the value type
     * @return the deserializer
     */
    public static <T> ValueDeserializer<T> scalar(Class<T> type, Function<String, T> parse) {
        return new ValueDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (!p.currentToken().isScalarValue()) {
                    return ctxt.reportInputMismatch(type, "expected a text value");
                }
                try {
                    return parse.apply(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw new InputException(e.getMessage(), e);
                }
            }

            @Override
            public Class<?> handledType() {
                return type;
            }
        };
    }
}
