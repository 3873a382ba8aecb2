package org.synthaudit.reports;

import org.synthaudit.core.compare.Comparison;
import org.synthaudit.core.compare.Comparison.Contender;
import org.synthaudit.core.compare.Comparison.Difference;
import org.synthaudit.core.compare.Comparison.FigureInfo;
import org.synthaudit.core.compare.Comparison.FigureSummary;
import org.synthaudit.core.compare.Comparison.Repeat;
import org.synthaudit.core.compare.Comparison.RepeatOutcome;
import org.synthaudit.core.stats.TTest;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders {@code compare.json}, the machine-readable result of a comparison of generators.
 *
 * <p>The format is described by {@code compare.schema.json} (JSON Schema draft 2020-12) next to
 * this class and versioned by {@code schemaVersion}. It is written like {@code report.json}:
 * keys in a fixed order, the shortest decimal of each double, {@code \n} line ends, estimates as
 * {@code {"value": ..., "lower": ..., ...}} or {@code {"value": null, "reason": "..."}}. Only
 * {@code timings}, written last, may differ between reruns with the same inputs and seed.
 */
public final class CompareJsonReport {
    /** The version of the format, written as {@code schemaVersion}. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CompareJsonReport() {
    }

    /**
     * Renders a comparison as JSON.
     *
     * @param comparison the comparison
     * @return pretty-printed JSON text ending with a newline, to be written as UTF-8;
     *     byte-identical for equal comparisons
     */
    public static String render(Comparison comparison) {
        return JsonReport.write(tree(comparison));
    }

    /**
     * Builds the JSON tree of a comparison, in the order the keys are written.
     *
     * @param comparison the comparison
     * @return the tree
     */
    static ObjectNode tree(Comparison comparison) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("tool", JsonReport.tool(comparison.provenance()));
        root.set("provenance", JsonReport.provenance(comparison.provenance()));
        root.set("repeats", JsonReport.array(comparison.repeats(), CompareJsonReport::repeat));
        root.set("figures", JsonReport.array(comparison.figures(), CompareJsonReport::figure));
        ObjectNode axes = root.putObject("axes");
        axes.put("privacy", comparison.privacyAxis());
        axes.put("utility", comparison.utilityAxis());
        ArrayNode front = root.putArray("paretoFront");
        comparison.paretoFront().forEach(front::add);
        ArrayNode board = root.putArray("leaderboard");
        for (int i = 0; i < comparison.contenders().size(); i++) {
            board.add(contender(i + 1, comparison.contenders().get(i)));
        }
        root.set("differences", JsonReport.array(comparison.differences(),
                CompareJsonReport::difference));
        ObjectNode timings = root.putObject("timings");
        comparison.timings().forEach(timings::put);
        return root;
    }

    private static ObjectNode repeat(Repeat repeat) {
        ObjectNode node = NODES.objectNode();
        node.put("repeat", repeat.number());
        node.put("seed", repeat.seed());
        node.put("splitSeed", repeat.splitSeed());
        node.put("generatorSeed", repeat.generatorSeed());
        return node;
    }

    private static ObjectNode figure(FigureInfo figure) {
        ObjectNode node = NODES.objectNode();
        node.put("id", figure.id());
        node.put("label", figure.label());
        node.put("category", figure.category().configName());
        node.put("sense", Names.of(figure.sense()));
        node.set("bounds", JsonReport.bounds(figure.bounds()));
        return node;
    }

    private static ObjectNode contender(int position, Contender contender) {
        ObjectNode node = NODES.objectNode();
        node.put("position", position);
        node.put("generator", contender.label());
        node.put("generatorId", contender.generatorId());
        node.set("parameters", JsonReport.value(contender.parameters()));
        node.put("privacyClaim", contender.privacyClaim());
        node.put("paretoOptimal", contender.paretoOptimal());
        node.put("unplaced", contender.unplaced());
        node.set("verdicts", JsonReport.array(contender.outcomes(), CompareJsonReport::outcome));
        node.set("figures", JsonReport.array(contender.figures(), CompareJsonReport::summary));
        return node;
    }

    private static ObjectNode outcome(RepeatOutcome outcome) {
        ObjectNode node = NODES.objectNode();
        node.put("repeat", outcome.repeat());
        node.put("verdict", Names.of(outcome.verdict()));
        ObjectNode rules = node.putObject("rulesNotPassed");
        outcome.rulesNotPassed().forEach((id, status) -> rules.put(id, Names.of(status)));
        return node;
    }

    private static ObjectNode summary(FigureSummary summary) {
        ObjectNode node = NODES.objectNode();
        node.put("id", summary.figureId());
        node.set("mean", JsonReport.estimate(summary.mean()));
        node.put("rank", summary.rank());
        node.set("perRepeat", JsonReport.array(summary.perRepeat(), JsonReport::estimate));
        return node;
    }

    private static ObjectNode difference(Difference difference) {
        ObjectNode node = NODES.objectNode();
        node.put("figure", difference.figureId());
        node.put("first", difference.first());
        node.put("second", difference.second());
        node.set("meanDifference", JsonReport.estimate(difference.meanDifference()));
        node.set("test", test(difference.test()));
        return node;
    }

    private static ObjectNode test(TTest test) {
        ObjectNode node = NODES.objectNode();
        switch (test) {
            case TTest.Tested t -> {
                node.put("pValue", t.pValue());
                node.put("t", t.t());
                node.put("degreesOfFreedom", t.degreesOfFreedom());
                node.put("method", t.method());
            }
            case TTest.Untestable u -> {
                node.putNull("pValue");
                node.put("reason", u.reason());
            }
        }
        return node;
    }
}
