package org.synthaudit.harness.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.compare.Comparison;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.harness.AuditRunner;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.config.ConfigLoader;
import org.synthaudit.harness.fakes.FakeEvaluator;
import org.synthaudit.harness.fakes.Tables;

class ComparisonRunnerTest {
    @TempDir
    Path dir;

    /** A generator that copies its training rows and records what it was fitted on. */
    private static final class Recording implements Generator {
        private final String id;
        private final List<Fit> fits;

        Recording(String id, List<Fit> fits) {
            this.id = id;
            this.fits = fits;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "Records its fits (test double).";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
            int[] records = new int[train.rowCount()];
            Arrays.setAll(records, train::recordId);
            fits.add(new Fit(id, records, seeds.seed()));
            return (rows, sampleSeeds) -> train.select("synthetic", new int[rows]);
        }
    }

    private record Fit(String generator, int[] trainRecords, long seed) {
    }

    @Nested
    class Run {
        @Test
        void fitsEveryGeneratorOfARepeatOnTheSameSplitWithTheSameSeed() throws IOException {
            Tables.people(dir.resolve("people.csv"), 60, 3, 1);
            Path config = Files.writeString(dir.resolve("audit.yaml"), "real: people.csv\n"
                    + "seed: 11\ncolumns: {id: {type: identifier}}\n");
            List<Fit> fits = new ArrayList<>();
            List<Generator> generators = List.of(new Recording("rec-a", fits),
                    new Recording("rec-b", fits));
            List<Evaluator> evaluators = List.of(new FakeEvaluator("fake.rows", null));
            Plugins plugins = new Plugins(new Registry<>("generator", generators),
                    new Registry<>("evaluator", evaluators));
            ComparisonRequest request = new ComparisonRequest(config, ConfigLoader.load(config),
                    GeneratorSpec.parseAll(List.of("rec-a", "rec-b")), 2, null, null);
            List<String> progress = new ArrayList<>();

            Comparison comparison = new ComparisonRunner(plugins).run(request,
                    a -> progress.add(a.done() + "/" + a.total() + " " + a.label() + " "
                            + a.repeat()));

            assertEquals(List.of("1/4 rec-a 1", "2/4 rec-b 1", "3/4 rec-a 2", "4/4 rec-b 2"),
                    progress);
            assertArrayEquals(fits.get(0).trainRecords(), fits.get(1).trainRecords());
            assertArrayEquals(fits.get(2).trainRecords(), fits.get(3).trainRecords());
            assertFalse(Arrays.equals(fits.get(0).trainRecords(), fits.get(2).trainRecords()));
            assertEquals(fits.get(0).seed(), fits.get(1).seed());
            assertNotEquals(fits.get(0).seed(), fits.get(2).seed());

            Comparison.Repeat first = comparison.repeats().getFirst();
            assertEquals(11, first.seed());
            assertEquals(Seeds.root(11).child(AuditRunner.GENERATOR_SEED).seed(),
                    first.generatorSeed());
            assertEquals(fits.get(0).seed(), first.generatorSeed());
            assertEquals(fits.get(2).seed(), comparison.repeats().get(1).generatorSeed());
            assertEquals(ComparisonRunner.repeatSeed(11, 2), comparison.repeats().get(1)
                    .seed());
        }

        @Test
        void saysWhyAFigureNoEvaluatorProducesIsUndefined() throws IOException {
            Tables.people(dir.resolve("people.csv"), 40, 3, 1);
            Path config = Files.writeString(dir.resolve("audit.yaml"), "real: people.csv\n"
                    + "columns: {id: {type: identifier}}\n");
            List<Fit> fits = new ArrayList<>();
            Plugins plugins = new Plugins(new Registry<>("generator", List.of(
                    new Recording("rec-a", fits), new Recording("rec-b", fits))),
                    new Registry<>("evaluator", List.of(new FakeEvaluator("fake.rows", null))));

            Comparison comparison = new ComparisonRunner(plugins).run(new ComparisonRequest(
                    config, ConfigLoader.load(config), GeneratorSpec.parseAll(List.of("rec-a",
                            "rec-b")), 1, null, null), a -> { });

            Comparison.Contender a = comparison.contenders().getFirst();
            assertEquals(Estimate.undefined("undefined in repeat 1 of 1: no evaluator "
                    + "produced the figure membership.dcr.auc"),
                    a.figure("membership.dcr.auc").mean());
            assertEquals("membership.dcr.auc is undefined: undefined in repeat 1 of 1: no "
                    + "evaluator produced the figure membership.dcr.auc", a.unplaced());
            assertEquals(List.of(), comparison.paretoFront());
        }
    }

    @Nested
    class RepeatSeed {
        @Test
        void isTheBaseSeedInRepeatOneAndDerivedLater() {
            assertEquals(42, ComparisonRunner.repeatSeed(42, 1));
            assertEquals(Seeds.root(42).child("repeat/2").seed(),
                    ComparisonRunner.repeatSeed(42, 2));
            assertNotEquals(ComparisonRunner.repeatSeed(42, 2),
                    ComparisonRunner.repeatSeed(42, 3));
        }
    }

    @Nested
    class Ranks {
        private static Estimate at(double value) {
            return Estimate.exact(value, "test");
        }

        @Test
        void ranksLowRisksFirstAndSharesTies() {
            List<Integer> ranks = ComparisonRunner.Ranks.of(List.of(at(0.9), at(0.5), at(0.5),
                    Estimate.undefined("x")), Sense.HIGHER_IS_WORSE);

            assertEquals(Arrays.asList(3, 1, 1, null), ranks);
        }

        @Test
        void ranksHighUtilitiesFirst() {
            assertEquals(List.of(2, 1), ComparisonRunner.Ranks.of(List.of(at(0.8), at(1.0)),
                    Sense.HIGHER_IS_BETTER));
        }

        @Test
        void givesNoRanksForANeutralFigure() {
            assertEquals(Arrays.asList(null, null), ComparisonRunner.Ranks.of(
                    List.of(at(0.8), at(1.0)), Sense.NEUTRAL));
        }
    }
}
