package org.synthaudit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditContext.GeneratorSetup;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.random.Seeds;

class AuditContextTest {
    private static final Schema SCHEMA = new Schema(List.of(new ColumnSpec("x",
            ColumnType.NUMERIC, Set.of(), "test", null)));
    private static final Dataset REAL = Dataset.builder("real", SCHEMA, new Dictionary(), 8)
            .numeric(0, IntStream.range(0, 8).asDoubleStream().toArray()).build();

    /** Records the input of every fit. */
    private static final class Recorder implements Generator {
        final List<FitInput> inputs = new ArrayList<>();

        @Override
        public String id() {
            return "recorder";
        }

        @Override
        public String description() {
            return "records its fits";
        }

        @Override
        public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
            return fit(FitInput.of(train), parameters, seeds);
        }

        @Override
        public FittedGenerator fit(FitInput input, Parameters parameters, Seeds seeds) {
            inputs.add(input);
            return (rows, s) -> input.train();
        }
    }

    @Nested
    class Refit {
        @Test
        void fitsOnTheNewTrainingRecordsWithTheAuditsSurroundings() {
            Recorder generator = new Recorder();
            FitInput audit = new FitInput(REAL.select("train", new int[] {0, 1}),
                    REAL.select("reference", new int[] {4, 5, 6}), Path.of("cfg"),
                    CsvOptions.defaults());
            GeneratorSetup setup = new GeneratorSetup(generator, Parameters.none("g"),
                    new PrivacyClaim.DifferentialPrivacy(1, 0), audit);

            setup.refit(REAL.select("shadow", new int[] {5, 7}), Seeds.root(1));

            FitInput input = generator.inputs.getFirst();
            assertEquals("shadow", input.train().name());
            assertEquals(List.of(4, 6), List.of(input.outside().recordId(0),
                    input.outside().recordId(1)));
            assertEquals(Path.of("cfg"), input.folder());
        }

        @Test
        void fitsOnTheTrainingRecordsAloneWithoutAKnownInput() {
            Recorder generator = new Recorder();
            GeneratorSetup setup = new GeneratorSetup(generator, Parameters.none("g"));

            setup.refit(REAL, Seeds.root(1));

            assertSame(PrivacyClaim.NONE, setup.claim());
            assertNull(setup.input());
            assertEquals(0, generator.inputs.getFirst().outside().rowCount());
        }
    }

    @Nested
    class WithRelease {
        @Test
        void keepsEverythingButTheReleases() {
            Dataset first = REAL.select("synthetic", new int[] {0});
            Dataset second = REAL.select("synthetic-2", new int[] {1, 2});
            AuditContext audit = new AuditContext(SCHEMA, REAL, REAL.select("train",
                    new int[] {0, 1}), REAL.select("holdout", new int[] {2}), REAL.select(
                            "reference", new int[0]), List.of(first, second),
                    java.util.Optional.empty(), java.util.Map.of(), Seeds.root(3),
                    java.util.concurrent.ForkJoinPool.commonPool());

            AuditContext only = audit.withRelease(second);

            assertEquals(List.of(second), only.releases());
            assertSame(second, only.synthetic());
            assertSame(audit.train(), only.train());
            assertSame(audit.holdout(), only.holdout());
            assertEquals(audit.seeds(), only.seeds());
        }
    }
}
