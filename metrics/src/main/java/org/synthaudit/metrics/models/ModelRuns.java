package org.synthaudit.metrics.models;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;

/**
 * Trains the models of an audit once and hands them to every evaluator that asks: the utility
 * and the fairness evaluators score the same random forests. Results are kept per audit context,
 * which is held weakly, so they go once the audit is over; within an audit they are keyed by the
 * kind of model and the feature selection. Models are seeded from the audit's seed node
 * {@code models/<model id>/<synthetic or real>}, never from the evaluator asking, so a result does
 * not depend on which evaluator trained it first. Training holds a lock, so audits running side by
 * side in one process train their models one after the other.
 *
 * <p>An audit of several releases scores each release on a context of its own; the models
 * trained on the real training table are the same for all of them, so they are kept apart, per
 * training table (held weakly too), and trained once.
 */
public final class ModelRuns {
    private static final Logger LOG = LoggerFactory.getLogger(ModelRuns.class);
    private static final Map<AuditContext, Map<Key, Comparison>> RESULTS = new WeakHashMap<>();
    private static final Map<Dataset, Map<RealKey, ModelRun>> REAL_RUNS = new WeakHashMap<>();

    private ModelRuns() {
    }

    /**
     * The comparison of a model trained on the synthetic release (the first, when there are
     * several) with the same model trained on the real training table, both scored on the
     * holdout.
     *
     * @param context the audit
     * @param selection the target and features
     * @param learner the kind of model
     * @return the comparison, trained now or earlier in the same audit
     */
    public static Comparison compare(AuditContext context, FeatureSelection selection,
            Learner learner) {
        synchronized (RESULTS) {
            Map<Key, Comparison> known = RESULTS.computeIfAbsent(context, c -> new HashMap<>());
            return known.computeIfAbsent(new Key(selection, learner),
                    key -> train(context, selection, learner));
        }
    }
    private static Comparison train(AuditContext context, FeatureSelection selection,
            Learner learner) {
        String id = learner.id(selection.target().categorical());
        Seeds seeds = context.seeds().child("models").child(id);
        TestRows test = TestRows.of(context.holdout(), selection.target());
        long start = System.nanoTime();
        ModelRun synthetic = ModelFitting.run(learner, selection, context.synthetic(),
                "synthetic", test, seeds.child("synthetic"), context.pool());
        ModelRun real = REAL_RUNS.computeIfAbsent(context.train(), t -> new HashMap<>())
                .computeIfAbsent(new RealKey(context.holdout(), seeds, selection, learner),
                        key -> ModelFitting.run(learner, selection, context.train(), "train",
                                test, seeds.child("real"), context.pool()));
        LOG.info("trained {} on synthetic ({} rows) and train ({} rows) in {} ms", id,
                synthetic.trainingRows(), real.trainingRows(),
                (System.nanoTime() - start) / 1_000_000);
        return new Comparison(learner, selection, test, synthetic, real);
    }

    /** What identifies a comparison within one audit. */
    private record Key(FeatureSelection selection, Learner learner) {
    }

    /**
     * What identifies a model trained on a real training table: the test table (compared by
     * identity, as tables are), the seed node, the features and the kind of model.
     */
    private record RealKey(Dataset holdout, Seeds seeds, FeatureSelection selection,
            Learner learner) {
    }
}
