package org.synthaudit.attacks.membership;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.attacks.membership.TargetSelection.Target;
import org.synthaudit.core.audit.AuditContext.GeneratorSetup;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.EncodedRows;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.progress.Progress;
import org.synthaudit.core.random.Seeds;

/**
 * The privacy game of a shadow-model attack for one target record (Stadler, Oprisanu and
 * Troncoso 2022, after Shokri et al. 2017).
 *
 * <p>Shadow releases: training sets of {@code s} records are drawn from the attacker's pool
 * (the reference records); half of them get the target in place of one record. The generator
 * is fitted on each and sampled, each release becomes a feature vector, and a classifier
 * learns "target in" against "target out". Test releases: the same, with training sets drawn
 * from the training records other than the target, which the attacker never saw; the classifier
 * scores each of them. Trials {@code j} with {@code j mod 2 = 0} have the target in; trials
 * with {@code j mod 4 < 2} are validation trials, the others test trials.
 *
 * <p>Every fit is a separate job on the bounded pool with its own seeds, so the outcome is the
 * same for every thread count.
 */
final class ShadowGame {
    private static final Logger LOG = LoggerFactory.getLogger(ShadowGame.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Setup setup;

    /**
     * What every target's game shares.
     *
     * @param generator the generator under audit, with its parameters and the audit's fit input
     * @param real every real record
     * @param shadowPool the attacker's records, shadow training sets are drawn from them
     * @param trainPool the training records, test training sets are drawn from them
     * @param datasetSize the records of every training set, {@code s}
     * @param releaseRows the rows sampled from every fit
     * @param distance the record distance
     * @param features the feature map
     * @param pool the bounded pool
     * @param fits advanced by one after every generator fit, from the pool's threads
     */
    record Setup(GeneratorSetup generator, Dataset real,
            RecordPool shadowPool, RecordPool trainPool, int datasetSize, int releaseRows,
            RecordDistance distance, ReleaseFeatures features, ForkJoinPool pool,
            Progress.Task fits) {
    }

    /**
     * The scored test trials of one target.
     *
     * @param target the target
     * @param scores the classifier's score of each test trial, the share of trees voting "in"
     * @param featureSet the feature set the classifier chose
     * @param outOfBagAccuracy the classifier's out-of-bag accuracy on the shadow releases
     * @param claim the privacy claim of the fitted generator
     * @param fits the number of generator fits made
     * @param nanos the processor time of the fits, sampling and features, summed over jobs
     */
    record Outcome(Target target, double[] scores, String featureSet, double outOfBagAccuracy,
            PrivacyClaim claim, int fits, long nanos) {

        /**
         * Tells whether a trial had the target in its training data.
         *
         * @param trial the trial number
         * @return true for even trials
         */
        static boolean in(int trial) {
            return trial % 2 == 0;
        }

        /**
         * Tells whether a trial is a validation trial.
         *
         * @param trial the trial number
         * @return true when {@code trial mod 4 < 2}
         */
        static boolean validation(int trial) {
            return trial % 4 < 2;
        }
    }

    /**
     * Creates the game.
     *
     * @param setup what every target's game shares
     */
    ShadowGame(Setup setup) {
        this.setup = setup;
    }

    /**
     * Plays the game for one target.
     *
     * @param target the target, a training record
     * @param shadowSets the shadow releases the classifier learns from, even, {@code >= 2}
     * @param testSets the fresh releases it is judged on, {@code >= 4}
     * @param seeds the seed node of this target
     * @return the scored test trials
     */
    Outcome play(Target target, int shadowSets, int testSets, Seeds seeds) {
        int targetRow = setup.trainPool().realRow(target.trainRow());
        Dataset record = setup.real().select("target", new int[] {targetRow});
        EncodedRows encoded = setup.distance().encode(record);
        RecordPool testPool = setup.trainPool().without(targetRow);

        Release[] shadow = releases(target, setup.shadowPool(), shadowSets, record, encoded,
                seeds.child("shadow"));
        Release[] test = releases(target, testPool, testSets, record, encoded,
                seeds.child("test"));

        double[][] shadowFeatures = new double[shadowSets][];
        boolean[] in = new boolean[shadowSets];
        long nanos = 0;
        for (int i = 0; i < shadowSets; i++) {
            shadowFeatures[i] = shadow[i].features();
            in[i] = Outcome.in(i);
            nanos += shadow[i].nanos();
        }
        double[][] testFeatures = new double[testSets][];
        for (int j = 0; j < testSets; j++) {
            testFeatures[j] = test[j].features();
            nanos += test[j].nanos();
        }
        long cpu = ShadowModelAttack.processCpuNanos();
        ShadowClassifier.Scored scored = setup.pool().submit(() -> ShadowClassifier.fitAndScore(
                shadowFeatures, in, testFeatures, setup.features().sets(),
                seeds.child("classifier"))).join();
        LOG.debug("target {}: classifiers trained in {} ms of processor time", target.index(),
                (ShadowModelAttack.processCpuNanos() - cpu) / 1_000_000);
        return new Outcome(target, scored.scores(), scored.featureSet(),
                scored.outOfBagAccuracy(), shadow[0].claim(), shadowSets + testSets, nanos);
    }

    /** One fitted, sampled and featurised release. */
    private record Release(double[] features, PrivacyClaim claim, long nanos) {
    }

    private Release[] releases(Target target, RecordPool from, int count, Dataset record,
            EncodedRows encoded, Seeds seeds) {
        int[] targetRow = {setup.trainPool().realRow(target.trainRow())};
        return setup.pool().submit(() -> IntStream.range(0, count).parallel()
                .mapToObj(i -> release(target, from, i, targetRow, record, encoded,
                        seeds.child(i)))
                .toArray(Release[]::new)).join();
    }

    private Release release(Target target, RecordPool from, int trial, int[] targetRow,
            Dataset record, EncodedRows encoded, Seeds seeds) {
        long start = THREADS.getCurrentThreadCpuTime();
        boolean in = Outcome.in(trial);
        int drawn = in ? setup.datasetSize() - 1 : setup.datasetSize();
        Dataset training = from.draw("train", drawn, in ? targetRow : new int[0],
                seeds.child("data").random());
        Generator.FittedGenerator fitted = setup.generator().refit(training, seeds.child("fit"));
        Dataset release = fitted.sample(setup.releaseRows(), seeds.child("sample"));
        double[] features = setup.features().extract(release, record, encoded);
        long nanos = THREADS.getCurrentThreadCpuTime() - start;
        setup.fits().advance();
        LOG.debug("target {} trial {} (target {}): fit, sample and features in {} ms of processor time",
                target.index(), trial, in ? "in" : "out", nanos / 1_000_000);
        return new Release(features, fitted.privacyClaim(), nanos);
    }
}
