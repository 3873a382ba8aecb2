package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.harness.Plugins;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole audits and comparisons of inputs that broke other tools: a numeric column whose range
 * overflows a double, and column and category names holding a right-to-left override and
 * control characters.
 */
class HostileInputAuditTest {
    @TempDir
    Path dir;

    /** Whether the text holds a raw C0/C1 control (but tab and line breaks) or bidi control. */
    private static boolean hasRawControl(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f);
    }

    /** Every estimate and baseline is a finite value or undefined with a reason. */
    private static void assertDefinedOrExplained(JsonNode report) {
        int figures = 0;
        for (JsonNode finding : report.get("findings")) {
            JsonNode list = finding.get("figures");
            if (list == null || list.isNull()) {
                continue;
            }
            for (JsonNode figure : list) {
                figures++;
                for (String part : new String[] {"estimate", "baseline"}) {
                    JsonNode e = figure.get(part);
                    String where = figure.get("id").asString() + " " + part + ": " + e;
                    if (e.get("value").isNull()) {
                        assertFalse(e.get("reason").asString().isBlank(), where);
                    } else {
                        assertTrue(Double.isFinite(e.get("value").asDouble()), where);
                        assertTrue(Double.isFinite(e.get("lower").asDouble()), where);
                        assertTrue(Double.isFinite(e.get("upper").asDouble()), where);
                    }
                }
            }
        }
        assertTrue(figures > 20, "figures: " + figures);
    }

    @Test
    void auditsANumericRangeThatOverflowsADouble() throws IOException {
        Path train = Files.writeString(dir.resolve("o2_train.csv"),
                "a,c\nx,1e308\ny,-1e308\nz,3\nx,4\ny,5\n");
        Path holdout = Files.writeString(dir.resolve("o2_hold.csv"),
                "a,c\nx,10\ny,11\nz,12\nx,13\n");
        Path synthetic = Files.copy(holdout, dir.resolve("o2_syn.csv"));
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run(Plugins::load, "audit", "--train", train.toString(),
                "--holdout", holdout.toString(), "--synthetic", synthetic.toString(),
                "--out", out.toString());

        assertTrue(run.code() == 0 || run.code() == 1, run.out() + run.err());
        JsonNode report = JsonMapper.shared().readTree(
                Files.readString(out.resolve("report.json")));
        assertDefinedOrExplained(report);
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("Infinity"));
        // the wasserstein distance: 0.2 of the mass at each end moves about 1e308, 0.4e308 over
        // the range 2e308
        assertTrue(html.contains("train range 2 \u00d7 1.0E308"));
        assertEquals(0.2, estimate(report, "fidelity.column.c.wasserstein"), 1e-12);
        // the synthetic range [10, 13] covers 3 / 2e308 of the real one
        assertEquals(1.5e-308, estimate(report, "fidelity.column.c.range_coverage"), 1e-320);
    }

    private static double estimate(JsonNode report, String id) {
        for (JsonNode finding : report.get("findings")) {
            JsonNode list = finding.get("figures");
            for (JsonNode figure : list == null ? List.<JsonNode>of() : list.valueStream()
                    .toList()) {
                if (figure.get("id").asString().equals(id)) {
                    return figure.get("estimate").get("value").asDouble();
                }
            }
        }
        throw new AssertionError("no figure " + id);
    }

    /** Rows with a numeric column, a bidi-named categorical column and a binary target. */
    private static Path table(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("age,city\u202e,plan\u0007,income\n");
        String[] cities = {"ab\u202ecd", "ef\u2066gh", "plain"};
        for (int r = 0; r < rows; r++) {
            csv.append(18 + random.nextInt(60)).append(',')
                    .append(cities[random.nextInt(cities.length)]).append(',')
                    .append(random.nextBoolean() ? "gold\u0001" : "silver").append(',')
                    .append(random.nextBoolean() ? "yes" : "no").append('\n');
        }
        return Files.writeString(file, csv);
    }

    @Test
    void showsBidiAndControlCharactersAsEscapesInEveryChartOfReportAndComparison()
            throws IOException {
        Path train = table(dir.resolve("train.csv"), 80, 1);
        Path holdout = table(dir.resolve("holdout.csv"), 80, 2);
        Path synthetic = table(dir.resolve("synthetic.csv"), 80, 3);
        Path out = dir.resolve("out");
        Path config = Files.writeString(dir.resolve("audit.yaml"), """
                columns:
                  age: {roles: [quasi-identifier]}
                  "city\\u202e": {roles: [quasi-identifier, protected]}
                  income: {roles: [target, sensitive]}
                """);

        Cli.Run run = Cli.run(Plugins::load, "audit", "--train", train.toString(),
                "--holdout", holdout.toString(), "--synthetic", synthetic.toString(),
                "--config", config.toString(), "--out", out.toString(), "--seed", "7");

        assertTrue(run.code() == 0 || run.code() == 1, run.out() + run.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg"));
        assertFalse(hasRawControl(html));
        assertTrue(html.contains("city\\u202e"));

        Files.copy(train, dir.resolve("people.csv"));
        Path compareConfig = Files.writeString(dir.resolve("compare.yaml"), """
                real: people.csv
                seed: 7
                columns:
                  age: {roles: [quasi-identifier]}
                  "city\\u202e": {roles: [quasi-identifier, protected]}
                  income: {roles: [target, sensitive]}
                evaluators:
                  membership.shadow:
                    {outlierTargets: 1, randomTargets: 1, shadowSets: 20, testSets: 12}
                """);
        Path compared = dir.resolve("compared");
        Cli.Run compare = Cli.run(Plugins::load, "compare", "--config", compareConfig.toString(),
                "--generators", "identity,independent-marginals", "--repeat", "1",
                "--out", compared.toString());

        assertTrue(compare.code() == 0 || compare.code() == 1, compare.out() + compare.err());
        assertFalse(hasRawControl(Files.readString(compared.resolve("compare.html"))));
    }
}
