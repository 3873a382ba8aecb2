import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Opens a synthaudit {@code report.html} in headless Chromium through the DevTools protocol,
 * fails when the page writes an error to the console, throws, or requests anything over the
 * network, and writes PNG screenshots (screen, and optionally print media) and a PDF.
 *
 * <p>Run by {@code scripts/check-report.sh}, which finds the JDK and Chromium; see its usage.
 * Exit codes: 0 the page is clean, 1 console errors or network requests, 2 usage, 3 Chromium
 * could not be driven.
 */
final class CheckReport {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int SETTLE_MILLIS = 700;
    /** A4 at 96 CSS pixels per inch, less the report's 12 mm page margins. */
    private static final int PRINT_WIDTH = 703;

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending =
            new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private WebSocket socket;
    private String session;

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("check-report: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        int code;
        try {
            code = new CheckReport().run(options);
        } catch (IOException | RuntimeException e) {
            System.err.println("check-report: cannot drive Chromium: " + e);
            code = 3;
        }
        System.exit(code);
    }

    private int run(Options options) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("check-report-");
        Process chromium = start(options, profile);
        try {
            connect(profile, chromium);
            return check(options);
        } finally {
            chromium.destroy();
            if (!chromium.waitFor(5, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
            }
            deleteTree(profile);
        }
    }

    private int check(Options options) throws IOException {
        String page = (String) browser("Target.createTarget", Map.of("url", "about:blank"))
                .get("targetId");
        session = (String) browser("Target.attachToTarget",
                Map.of("targetId", page, "flatten", true)).get("sessionId");
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            call(domain + ".enable", Map.of());
        }
        viewport(options.width, 900);

        String url = options.report.toUri().toString();
        loaded = new CompletableFuture<>();
        Map<String, Object> navigation = call("Page.navigate", Map.of("url", url));
        if (navigation.get("errorText") instanceof String error && !error.isEmpty()) {
            throw new IOException("cannot open " + url + ": " + error);
        }
        loaded.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        settle();

        screenshot(options.screenshot, options.height, options.from);
        overflow("screen", options.width);
        if (options.printScreenshot != null) {
            call("Emulation.setEmulatedMedia", Map.of("media", "print"));
            viewport(PRINT_WIDTH, 900);
            settle();
            screenshot(options.printScreenshot, options.height, options.from);
            overflow("print", PRINT_WIDTH);
        }
        if (options.pdf != null) {
            Map<String, Object> pdf = call("Page.printToPDF", Map.of("printBackground", true,
                    "preferCSSPageSize", true));
            Files.write(options.pdf, Base64.getDecoder().decode((String) pdf.get("data")));
            System.out.println("wrote " + options.pdf);
        }
        settle();

        for (String request : requests) {
            if (!request.equals(url) && !request.startsWith("data:")
                    && !request.startsWith("about:")) {
                problems.add("network request: " + request);
            }
        }
        if (problems.isEmpty()) {
            System.out.println("ok: " + options.report + " rendered with no console error and"
                    + " no network request");
            return 0;
        }
        problems.forEach(p -> System.out.println("FAIL " + p));
        return 1;
    }

    /**
     * Reports the outermost elements that reach past the right edge of the viewport: content
     * a reader would have to scroll sideways to, or that a printed page cuts off.
     */
    private void overflow(String media, int width) {
        String script = """
                (() => {
                  const w = document.documentElement.clientWidth, out = [];
                  for (const e of document.querySelectorAll('body *')) {
                    if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;
                    const r = e.getBoundingClientRect();
                    const p = e.parentElement.getBoundingClientRect();
                    if (r.right > w + 1 && p.right <= w + 1) {
                      const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                          + (typeof e.className === 'string' && e.className
                              ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                      const section = e.closest('section, article, header');
                      out.push(name + (section && section.id ? ' in #' + section.id : '')
                          + ' reaches ' + Math.round(r.right) + ' px');
                    }
                  }
                  return out.join('\\n');
                })()""";
        Map<?, ?> result = (Map<?, ?>) call("Runtime.evaluate", Map.of("expression", script,
                "returnByValue", true)).get("result");
        String found = String.valueOf(result.get("value"));
        if (!found.isBlank()) {
            found.lines().limit(20).forEach(line -> System.out.println("warning: " + media
                    + " layout wider than " + width + " px: " + line));
        }
    }

    private void viewport(int width, int height) {
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    private static void settle() {
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Captures the page from its top, or from the element {@code --from} names, {@code height}
     * CSS pixels high (0 for all of it).
     */
    private void screenshot(Path file, int height, String from) throws IOException {
        Map<?, ?> metrics = (Map<?, ?>) call("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        double width = ((Number) metrics.get("width")).doubleValue();
        double full = ((Number) metrics.get("height")).doubleValue();
        double top = 0;
        if (from != null) {
            Map<?, ?> found = (Map<?, ?>) call("Runtime.evaluate", Map.of("expression",
                    "(() => { const e = document.getElementById(" + Json.write(from) + ");"
                            + " return e ? e.getBoundingClientRect().top + window.scrollY"
                            + " : -1; })()", "returnByValue", true)).get("result");
            top = ((Number) found.get("value")).doubleValue();
            if (top < 0) {
                throw new IllegalStateException("the page has no element with id " + from);
            }
        }
        double clipHeight = height > 0 ? Math.min(height, full - top) : full - top;
        Map<String, Object> clip = Map.of("x", 0, "y", top, "width", width,
                "height", clipHeight, "scale", 1);
        Map<String, Object> shot = call("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", clip));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        System.out.printf("wrote %s (%d x %d px of a %d px high page)%n", file,
                Math.round(width), Math.round(clipHeight), Math.round(full));
    }

    private Process start(Options options, Path profile) throws IOException {
        List<String> command = new ArrayList<>(List.of(options.chromium, "--headless=new",
                "--disable-gpu", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--mute-audio", "--hide-scrollbars", "--force-color-profile=srgb",
                "--font-render-hinting=none",
                // Nothing may leave the machine: names resolve nowhere and every connection
                // goes to a closed local port. Requests are still seen, and reported.
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9"));
        if (options.noSandbox) {
            command.add("--no-sandbox");
        }
        command.add("about:blank");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
    }

    private void connect(Path profile, Process chromium) throws IOException,
            InterruptedException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!chromium.isAlive() || System.nanoTime() > deadline) {
                String log = Files.exists(profile.resolve("chromium.log"))
                        ? Files.readString(profile.resolve("chromium.log")) : "";
                throw new IOException("Chromium did not start; its output: " + log.strip());
            }
            Thread.sleep(100);
        }
        List<String> lines = Files.readAllLines(portFile);
        URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new Listener()).join();
    }

    private Map<String, Object> browser(String method, Map<String, Object> params) {
        return send(method, params, null);
    }

    private Map<String, Object> call(String method, Map<String, Object> params) {
        return send(method, params, session);
    }

    private Map<String, Object> send(String method, Map<String, Object> params,
            String sessionId) {
        int id = nextId.getAndIncrement();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(Json.write(message), true).join();
        Map<String, Object> response = reply.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .join();
        if (response.get("error") instanceof Map<?, ?> error) {
            throw new IllegalStateException(method + ": " + error.get("message"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) response.getOrDefault("result",
                Map.of());
        return result;
    }

    private void onMessage(Map<String, Object> message) {
        if (message.get("id") instanceof Number id) {
            CompletableFuture<Map<String, Object>> reply = pending.remove(id.intValue());
            if (reply != null) {
                reply.complete(message);
            }
            return;
        }
        Object method = message.get("method");
        Map<?, ?> params = message.get("params") instanceof Map<?, ?> p ? p : Map.of();
        switch (String.valueOf(method)) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Network.requestWillBeSent" -> requests.add(String.valueOf(
                    ((Map<?, ?>) params.get("request")).get("url")));
            case "Runtime.exceptionThrown" -> {
                Map<?, ?> details = (Map<?, ?>) params.get("exceptionDetails");
                Object thrown = details.get("exception") instanceof Map<?, ?> e
                        ? e.get("description") : null;
                problems.add("exception: " + details.get("text")
                        + (thrown == null ? "" : " " + thrown));
            }
            case "Runtime.consoleAPICalled" -> {
                String type = String.valueOf(params.get("type"));
                if (type.equals("error") || type.equals("assert")) {
                    problems.add("console." + type + ": " + params.get("args"));
                }
            }
            case "Log.entryAdded" -> {
                Map<?, ?> entry = (Map<?, ?>) params.get("entry");
                if ("error".equals(entry.get("level"))) {
                    problems.add("console error (" + entry.get("source") + "): "
                            + entry.get("text") + (entry.get("url") == null ? ""
                                    : " at " + entry.get("url")));
                }
            }
            default -> {
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("check-report: could not delete " + root + ": " + e);
        }
    }

    /** Collects text frames into messages and hands each to {@link #onMessage}. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                @SuppressWarnings("unchecked")
                Map<String, Object> parsed = (Map<String, Object>) Json.read(message);
                onMessage(parsed);
            }
            webSocket.request(1);
            return null;
        }
    }

    /** The command line. */
    private record Options(Path report, Path screenshot, Path printScreenshot, Path pdf,
            int width, int height, String from, String chromium, boolean noSandbox) {
        static final String USAGE = """
                usage: check-report.sh [--width PX] [--height PX] [--from ID] [--print PNG]
                                       [--pdf PDF] REPORT.html SCREENSHOT.png
                  --width PX    viewport width in CSS pixels (default 1280)
                  --height PX   capture only PX pixels of the page (default: all)
                  --from ID     capture from the element with this id (e.g. scores)
                  --print PNG   also capture the page as printed (print media, A4 width)
                  --pdf PDF     also print the page to a PDF file""";

        static Options parse(String[] args) {
            Map<String, String> named = new LinkedHashMap<>();
            List<String> positional = new ArrayList<>();
            String chromium = null;
            boolean noSandbox = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--width", "--height", "--from", "--print", "--pdf" -> {
                        if (i + 1 == args.length) {
                            throw new IllegalArgumentException(args[i] + " needs a value");
                        }
                        named.put(args[i], args[++i]);
                    }
                    case "--chromium" -> chromium = args[++i];
                    case "--no-sandbox" -> noSandbox = true;
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (positional.size() != 2 || chromium == null) {
                throw new IllegalArgumentException("expected REPORT.html and SCREENSHOT.png");
            }
            Path report = Path.of(positional.get(0)).toAbsolutePath().normalize();
            if (!Files.isRegularFile(report)) {
                throw new IllegalArgumentException("no such file: " + positional.get(0));
            }
            return new Options(report, Path.of(positional.get(1)),
                    named.containsKey("--print") ? Path.of(named.get("--print")) : null,
                    named.containsKey("--pdf") ? Path.of(named.get("--pdf")) : null,
                    pixels(named, "--width", 1280, 320), pixels(named, "--height", 0, 0),
                    named.get("--from"), chromium, noSandbox);
        }

        private static int pixels(Map<String, String> named, String option, int fallback,
                int min) {
            if (!named.containsKey(option)) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(named.get(option));
                if (value < min || value > 100_000) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number of pixels"
                        + " from " + min + " to 100000, was '" + named.get(option) + "'");
            }
        }
    }

    /** Just enough JSON for the DevTools protocol: objects, arrays, strings, numbers. */
    private static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object read(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw json.error("trailing text");
            }
            return value;
        }

        static String write(Object value) {
            return switch (value) {
                case null -> "null";
                case String s -> quote(s);
                case Number n -> n.toString();
                case Boolean b -> b.toString();
                case Map<?, ?> map -> {
                    List<String> fields = new ArrayList<>();
                    map.forEach((k, v) -> fields.add(quote(String.valueOf(k)) + ":" + write(v)));
                    yield "{" + String.join(",", fields) + "}";
                }
                case List<?> list -> "[" + String.join(",",
                        list.stream().map(Json::write).toList()) + "]";
                default -> throw new IllegalArgumentException("cannot write " + value);
            };
        }

        private static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            space();
            if (text.charAt(at) == '}') {
                at++;
                return map;
            }
            while (true) {
                space();
                String key = string();
                space();
                expect(':');
                map.put(key, value());
                space();
                if (text.charAt(at) == ',') {
                    at++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            at++;
            space();
            if (text.charAt(at) == ']') {
                at++;
                return list;
            }
            while (true) {
                list.add(value());
                space();
                if (text.charAt(at) == ',') {
                    at++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private Number number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw error("unexpected character");
            }
            return Double.parseDouble(text.substring(start, at));
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("expected " + word);
            }
            at += word.length();
            return value;
        }

        private void expect(char c) {
            if (at >= text.length() || text.charAt(at) != c) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalStateException error(String what) {
            return new IllegalStateException("bad JSON from Chromium at " + at + ": " + what);
        }
    }
}
