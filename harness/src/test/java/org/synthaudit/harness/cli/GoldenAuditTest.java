package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.harness.Plugins;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A golden audit: a fixed small release audited in release mode with every installed evaluator
 * and the default policy, checked against figures worked out by hand.
 *
 * <p>The files in {@code src/test/resources/golden} were made once with a seeded script and are
 * kept as they are: {@code train.csv} and {@code holdout.csv} are 40 made-up people each
 * ({@code age} 20 to 69, {@code sex}, {@code region}, {@code plan} loosely tied to age,
 * {@code income} tied to plan and age); {@code synthetic.csv} is 12 rows of {@code train.csv}
 * copied verbatim and 28 rows drawn column by column from {@code train.csv}, shuffled. One of
 * the 28 happens to equal a training row too, so 13 of the 40 synthetic rows are copies of
 * training rows; 3 holdout rows equal some synthetic row (2 holdout rows equal training rows).
 * {@code audit.yaml} gives the roles and the seed.
 *
 * <p>How the expected values were checked: the copy shares are counts of equal rows
 * (13/40, and 13/40 - 3/40 for the gain); the mean column distance is the mean of the
 * Kolmogorov-Smirnov statistic of {@code age} (0.15) and the total variation distances of
 * {@code sex} (0), {@code region} (0.15), {@code plan} (0.075) and {@code income} (0.05); the
 * membership AUC was recomputed outside synthaudit from the range-normalised mixed distance to
 * the closest synthetic row (ties counted half); the linkage gain is the difference of the
 * re-identification counts the report's method names (9/40 - 1/40).
 *
 * <p>To update a value deliberately (after a change that is meant to move it), rerun
 * {@code ./synthaudit audit --train harness/src/test/resources/golden/train.csv --holdout
 * harness/src/test/resources/golden/holdout.csv --synthetic
 * harness/src/test/resources/golden/synthetic.csv --config
 * harness/src/test/resources/golden/audit.yaml --out /tmp/golden}, read the figure in
 * {@code /tmp/golden/report.json}, check that the new value is right by the reasoning above,
 * and change it here with the reason in the commit message. Never edit the data files to make
 * the test pass.
 */
class GoldenAuditTest {
    private static final double DECIMALS_4 = 0.5e-4;

    @TempDir
    static Path dir;

    private static Cli.Run run;
    private static JsonNode report;

    private static String golden(String name) throws URISyntaxException {
        return Path.of(GoldenAuditTest.class.getResource("/golden/" + name).toURI()).toString();
    }

    @BeforeAll
    static void audit() throws Exception {
        run = Cli.run(Plugins::load, "audit", "--train", golden("train.csv"), "--holdout",
                golden("holdout.csv"), "--synthetic", golden("synthetic.csv"), "--config",
                golden("audit.yaml"), "--out", dir.toString());
        report = JsonMapper.shared().readTree(Files.readString(dir.resolve("report.json")));
    }

    private static JsonNode figure(String id) {
        for (JsonNode finding : report.get("findings")) {
            for (JsonNode figure : finding.get("figures")) {
                if (figure.get("id").asString().equals(id)) {
                    return figure.get("estimate");
                }
            }
        }
        throw new AssertionError("no figure " + id);
    }

    private static double value(String id) {
        return figure(id).get("value").asDouble();
    }

    @Test
    void failsTheReleaseThatCopiesTrainingRows() {
        assertEquals(1, run.code(), run.out() + run.err());
        assertEquals("fail", report.get("verdict").asString());
        assertEquals("release", report.get("provenance").get("mode").asString());
        assertEquals("default", report.get("policy").get("name").asString());
    }

    @Test
    void measuresTheCopiesExactly() {
        assertEquals(0.3250, value("fidelity.copies.train_share"), DECIMALS_4);
        assertEquals(0.2500, value("membership.dcr.exact_match_gain"), DECIMALS_4);
        assertEquals(0.0748, figure("membership.dcr.exact_match_gain").get("lower").asDouble(),
                DECIMALS_4);
    }

    @Test
    void measuresFidelityLinkageAndMembership() {
        assertEquals(0.0850, value("fidelity.columns.mean_distance"), DECIMALS_4);
        assertEquals(0.5931, value("membership.dcr.auc"), DECIMALS_4);
        assertEquals(0.2750, value("linkage.reidentification.gain"), DECIMALS_4);
    }

    @Test
    void failsTheCopyAndLinkageRulesInJunitXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        Document junit = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                Files.readAllBytes(dir.resolve("junit.xml"))));

        List<String> failed = new ArrayList<>();
        NodeList failures = junit.getElementsByTagName("failure");
        for (int i = 0; i < failures.getLength(); i++) {
            failed.add(((Element) failures.item(i).getParentNode()).getAttribute("name"));
        }
        assertEquals(List.of("membership-exact-copies", "linkage-reidentification"), failed);
        // one test case per rule of the default policy
        assertEquals("14", junit.getDocumentElement().getAttribute("tests"));
    }

    @Test
    void summarisesTheFailedRulesInMarkdown() throws IOException {
        String summary = Files.readString(dir.resolve("summary.md"));

        assertTrue(summary.startsWith("### synthaudit: ❌ FAIL\n"), summary);
        assertTrue(summary.contains("\n| ❌ failed | membership-exact-copies | "
                + "membership.dcr.exact\\_match\\_gain | 0.25 \\[0.07478, 0.4124\\] \\(95%\\) | "
                + "lower end \\<= 0 |\n"), summary);
    }
}
