package org.synthaudit.harness.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.harness.AuditRequest;
import org.synthaudit.harness.AuditRunner;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.config.ConfigLoader;

/**
 * Tests of {@link FigureCatalog} with the installed evaluators: the ids they declare cover every
 * figure they produce, ids that depend on the data are known, mistyped ones are not and get the
 * closest known ids as a hint.
 */
class FigureCatalogTest {
    private static final Plugins PLUGINS = Plugins.load();
    private static final FigureCatalog CATALOG = FigureCatalog.of(PLUGINS.evaluators().all());

    @TempDir
    Path dir;

    @Nested
    class Knows {
        @Test
        void knowsEveryFigureOfTheDefaultPolicy() {
            for (Rule rule : PolicyLoader.defaultPolicy().rules()) {
                if (!rule.figure().startsWith("schema.")) {
                    assertEquals(Optional.empty(), CATALOG.problem(rule.figure()), rule.id());
                }
            }
        }

        @Test
        void knowsIdsThatDependOnColumnsGroupsTargetsAndReleases() {
            for (String id : List.of("fidelity.column.visit.date.tvd",
                    "fidelity.pair.age|sex.assoc_diff", "fairness.race&sex.Black & Female.share",
                    "fairness.sex.demographic_parity_difference_change",
                    "inference.cap.income.group.sex.Female.zero_gain",
                    "linkage.group.race.White.reidentification.gain",
                    "membership.shadow.target.17.auc", "utility.tstr.linear_regression.r2_ratio",
                    "singling-out.univariate.queries_made", "membership.dcr.auc@synthetic-2",
                    "membership.dcr.auc@synthetic")) {
                assertEquals(Optional.empty(), CATALOG.problem(id), id);
            }
        }

        @Test
        void rejectsMistypedIds() {
            for (String id : List.of("membership.dcr.acu", "fidelity.column.age.tvdd",
                    "fairness.sex.demographic_parity", "membership.shadow.target.1.au",
                    "utility.tstr.random_forest.r2_ration", "membership.dcr.auc@synthetic-1")) {
                assertTrue(CATALOG.problem(id).isPresent(), id);
            }
        }

        @Test
        void suggestsTheThreeClosestKnownIds() {
            assertEquals(List.of("membership.dcr.auc", "membership.domias.auc",
                    "membership.shadow.auc"), CATALOG.closest("membership.dcr.acu"));
            assertEquals("fidelity.column.age.tvd",
                    CATALOG.closest("fidelity.column.age.tvdd").getFirst());
        }

        @Test
        void takesAnEvaluatorThatDeclaresNothingToProduceEveryIdUnderItsOwn() {
            FigureCatalog catalog = FigureCatalog.of(List.of(new Undeclared()));

            assertTrue(catalog.knows("custom.anything"));
            assertFalse(catalog.knows("customs.anything"));
        }
    }

    @Nested
    class Distance {
        @Test
        void countsInsertionsDeletionsAndSubstitutions() {
            assertEquals(0, FigureCatalog.distance("auc", "auc"));
            assertEquals(2, FigureCatalog.distance("auc", "acu"));
            assertEquals(1, FigureCatalog.distance("tvd", "tvdd"));
            assertEquals(3, FigureCatalog.distance("", "abc"));
        }
    }

    /**
     * Every figure an installed evaluator produces, on a small table with every role and two
     * releases, matches a pattern the evaluator declares: a rule on it is accepted up front.
     */
    @Nested
    class Declared {
        @Test
        void coverEveryFigureTheEvaluatorsProduce() throws IOException {
            AuditResult result = new AuditRunner(PLUGINS).run(request());

            List<String> undeclared = new ArrayList<>();
            int figures = 0;
            for (Finding finding : result.findings()) {
                String id = finding.id().split("@")[0];
                Evaluator evaluator = PLUGINS.evaluators().find(id).orElseThrow();
                for (Figure figure : finding.figures()) {
                    figures++;
                    String figureId = figure.id().split("@")[0];
                    if (evaluator.figures().stream().noneMatch(p -> p.matches(figureId))) {
                        undeclared.add(figureId);
                    }
                }
            }
            assertEquals(List.of(), undeclared);
            assertTrue(figures > 500, "figures checked: " + figures);
        }

        private AuditRequest request() throws IOException {
            SplittableRandom random = new SplittableRandom(5);
            StringBuilder csv = new StringBuilder("id,age,sex,zip,visit,score,income\n");
            String[] sexes = {"F", "M"};
            String[] zips = {"10115", "10117", "10119", "10243"};
            for (int r = 0; r < 300; r++) {
                csv.append("C").append(r).append(',').append(18 + random.nextInt(60)).append(',')
                        .append(sexes[random.nextInt(2)]).append(',')
                        .append(zips[random.nextInt(4)]).append(",2014-0")
                        .append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                        .append(',').append(random.nextInt(100)).append(',')
                        .append(random.nextInt(3) == 0 ? "high" : "low").append('\n');
            }
            Files.writeString(dir.resolve("people.csv"), csv);
            Path config = Files.writeString(dir.resolve("audit.yaml"), "real: people.csv\n"
                    + "seed: 3\nthreads: 2\ncolumns:\n  id: {type: identifier}\n"
                    + "  age: {roles: [quasi-identifier]}\n"
                    + "  sex: {roles: [quasi-identifier, protected]}\n"
                    + "  zip: {roles: [quasi-identifier]}\n  score: {roles: [sensitive]}\n"
                    + "  income: {roles: [target, sensitive]}\n"
                    + "generator: {id: identity, releases: 2}\n"
                    + "evaluators: {membership.shadow: {outlierTargets: 1, randomTargets: 1, "
                    + "shadowSets: 8, testSets: 8}}\n");
            return new AuditRequest(config, ConfigLoader.load(config), null);
        }
    }

    /** An evaluator of a plug-in jar that declares no figures. */
    private static final class Undeclared implements Evaluator {
        @Override
        public String id() {
            return "custom";
        }

        @Override
        public String description() {
            return "declares no figures";
        }

        @Override
        public String title() {
            return "Custom";
        }

        @Override
        public org.synthaudit.core.audit.Category category() {
            return org.synthaudit.core.audit.Category.PRIVACY;
        }

        @Override
        public Finding evaluate(org.synthaudit.core.audit.AuditContext context) {
            throw new UnsupportedOperationException("not run");
        }
    }
}
