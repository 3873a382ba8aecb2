package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.harness.Plugins;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole release-mode audits (every installed evaluator) of a small table whose synthetic file
 * copies 12 training records exactly. Every record has an income no other record has, such as
 * {@code 37094.57}: without {@code --show-record-values} none of them may appear in any output
 * file; with it the copied records appear in report.html (escaped) and report.json, and still
 * never in summary.md or junit.xml.
 */
class RecordValuesTest {
    private static final int ROWS = 80;
    private static final int COPIED = 12;
    /** A category value that is markup; with the option it is listed, escaped. */
    private static final String MARKUP = "<i>teal</i>";

    @TempDir
    static Path dir;

    /** Every income of the three files, each unique. */
    private static final List<String> INCOMES = new ArrayList<>();
    private static final List<String> COPIED_INCOMES = new ArrayList<>();
    private static Path hidden;
    private static Path shown;

    @BeforeAll
    static void audit() throws IOException {
        SplittableRandom random = new SplittableRandom(17);
        List<String> train = rows(random, ROWS);
        List<String> synthetic = new ArrayList<>(train.subList(0, COPIED));
        synthetic.addAll(rows(random, ROWS - COPIED));
        train.subList(0, COPIED).forEach(r -> COPIED_INCOMES.add(r.split(",")[1]));
        write("train.csv", train);
        write("holdout.csv", rows(random, ROWS));
        write("synthetic.csv", synthetic);
        Files.writeString(dir.resolve("audit.yaml"), """
                columns:
                  age: {roles: [quasi-identifier]}
                  postcode: {roles: [quasi-identifier]}
                  colour: {roles: [quasi-identifier]}
                  income: {roles: [sensitive]}
                  outcome: {roles: [target]}
                """);
        hidden = run("hidden");
        shown = run("shown", "--show-record-values");
    }

    /** Rows of a seeded table; incomes are unique and end in a digit other than 0. */
    private static List<String> rows(SplittableRandom random, int n) {
        List<String> rows = new ArrayList<>();
        while (rows.size() < n) {
            String income = String.format(Locale.ROOT, "%d.%d%d", random.nextInt(20_000, 90_000),
                    random.nextInt(10), random.nextInt(1, 10));
            if (INCOMES.contains(income)) {
                continue;
            }
            INCOMES.add(income);
            rows.add((18 + random.nextInt(60)) + "," + income + ","
                    + quote(List.of("red", MARKUP, "blue").get(random.nextInt(3))) + ","
                    + List.of("N1", "N2", "E1", "W3").get(random.nextInt(4)) + ","
                    + (random.nextBoolean() ? "good" : "bad"));
        }
        return rows;
    }

    private static String quote(String value) {
        return value.contains("<") ? "\"" + value + "\"" : value;
    }

    private static void write(String name, List<String> rows) throws IOException {
        Files.writeString(dir.resolve(name), "age,income,colour,postcode,outcome\n"
                + String.join("\n", rows) + "\n");
    }

    private static Path run(String name, String... options) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("audit", "--train",
                dir.resolve("train.csv").toString(), "--holdout",
                dir.resolve("holdout.csv").toString(), "--synthetic",
                dir.resolve("synthetic.csv").toString(), "--config",
                dir.resolve("audit.yaml").toString(), "--out", out.toString(), "--seed", "3"));
        args.addAll(List.of(options));
        Cli.Run run = Cli.run(Plugins::load, args.toArray(String[]::new));
        assertTrue(run.code() == 0 || run.code() == 1, run.out() + run.err());
        return out;
    }

    private static String read(Path folder, String file) throws IOException {
        return Files.readString(folder.resolve(file));
    }

    private static List<String> incomesIn(String text) {
        return INCOMES.stream().filter(text::contains).toList();
    }

    @Nested
    class ByDefault {
        @Test
        void noOutputFileHoldsARecordValue() throws IOException {
            for (String file : AuditCommand.REPORT_NAMES) {
                assertEquals(List.of(), incomesIn(read(hidden, file)), file);
            }
        }

        @Test
        void theEffectiveConfigurationSaysSo() throws IOException {
            JsonNode report = JsonMapper.builder().build().readTree(read(hidden,
                    "report.json"));

            assertTrue(report.get("provenance").get("effectiveConfig").asString()
                    .contains("show-record-values: false"));
            report.get("findings").forEach(f -> assertFalse(f.has("recordValues"),
                    f.get("id").asString()));
        }
    }

    @Nested
    class WithTheOption {
        @Test
        void listsTheFirstTenCopiedRecordsInTheHtmlReportEscaped() throws IOException {
            String html = read(shown, "report.html");

            assertTrue(html.contains("This report contains personal data"));
            assertTrue(html.contains("12 training records were copied exactly"), html);
            for (String income : COPIED_INCOMES.subList(0, 10)) {
                assertTrue(html.contains(">" + income + "<"), income);
            }
            assertTrue(html.contains("&lt;i&gt;teal&lt;/i&gt;"));
            assertFalse(html.contains(MARKUP));
        }

        @Test
        void writesTheValuesIntoTheJsonReport() throws IOException {
            JsonNode report = JsonMapper.builder().build().readTree(read(shown,
                    "report.json"));
            JsonNode copies = null;
            for (JsonNode finding : report.get("findings")) {
                if (finding.get("id").asString().equals("fidelity.copies")) {
                    copies = finding.get("recordValues");
                }
            }

            assertTrue(report.get("provenance").get("effectiveConfig").asString()
                    .contains("show-record-values: true"));
            assertEquals(COPIED, copies.get("found").asInt());
            assertEquals("[\"age\",\"income\",\"colour\",\"postcode\",\"outcome\"]",
                    copies.get("columns").toString());
            assertEquals(10, copies.get("records").size());
            JsonNode first = copies.get("records").get(0);
            assertEquals(COPIED_INCOMES.getFirst(), first.get("training").get(1).asString());
            assertEquals(first.get("training"), first.get("synthetic"));
        }

        @Test
        void listsReidentifiedRecordsWithTheirSyntheticMatch() throws IOException {
            JsonNode report = JsonMapper.builder().build().readTree(read(shown,
                    "report.json"));
            JsonNode linkage = null;
            for (JsonNode finding : report.get("findings")) {
                if (finding.get("id").asString().equals("linkage")) {
                    linkage = finding.get("recordValues");
                }
            }

            // each listed pair is a training row beside a row of the synthetic file
            assertTrue(linkage.get("found").asInt() > 0, linkage.toString());
            List<String> trainRows = Files.readAllLines(dir.resolve("train.csv"));
            List<String> syntheticRows = Files.readAllLines(dir.resolve("synthetic.csv"));
            for (JsonNode record : linkage.get("records")) {
                assertTrue(trainRows.contains(csv(record.get("training"))), record.toString());
                assertTrue(syntheticRows.contains(csv(record.get("synthetic"))),
                        record.toString());
            }
        }

        /** A listed record as the line of the CSV files it came from. */
        private static String csv(JsonNode values) {
            List<String> cells = new ArrayList<>();
            values.forEach(v -> cells.add(quote(v.asString())));
            return String.join(",", cells);
        }

        @Test
        void neverPutsThemIntoTheSummaryOrTheJunitReport() throws IOException {
            assertEquals(List.of(), incomesIn(read(shown, "summary.md")));
            assertEquals(List.of(), incomesIn(read(shown, "junit.xml")));
        }
    }
}
