package org.synthaudit.attacks.membership;

import java.util.ArrayList;
import java.util.List;
import org.synthaudit.attacks.membership.ShadowGame.Outcome;
import org.synthaudit.attacks.membership.ShadowModelAttack.Settings;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.plugin.PrivacyClaim;

/** The report notes of the shadow-model attack: how the game was played and how to read it. */
final class ShadowNotes {
    private ShadowNotes() {
    }

    /**
     * Writes the notes.
     *
     * @param context the audit
     * @param settings the parameters
     * @param size the records per training set
     * @param distance the record distance
     * @param outcomes the games played
     * @param flagged the number of flagged targets
     * @param claim the privacy claim checked
     * @return the notes, one sentence or a few each, in a new modifiable list
     */
    static List<String> notes(AuditContext context, Settings settings, int size,
            RecordDistance distance, List<Outcome> outcomes, long flagged, PrivacyClaim claim) {
        List<String> notes = new ArrayList<>();
        long outliers = outcomes.stream().filter(o -> o.target().outlier()).count();
        notes.add("Targets: " + outcomes.size() + " training records, " + outliers + " chosen "
                + "as the most outlying (mean record distance to their "
                + TargetSelection.K + " nearest real records, among at most "
                + TargetSelection.CANDIDATES + " sampled training records) and "
                + (outcomes.size() - outliers) + " at random (requested " + settings.outliers()
                + " and " + settings.random() + ").");
        notes.add("Per target: " + settings.shadowSets() + " shadow releases from training sets "
                + "of " + size + " records drawn from the " + context.reference().rowCount()
                + " reference records, and " + settings.testSets() + " test releases from "
                + "training sets of " + size + " records drawn from the other "
                + (context.train().rowCount() - 1) + " training records; half of each have the "
                + "target in place of one record. Each fit is sampled at the audited release's "
                + "ratio of synthetic to training rows.");
        if (size < context.train().rowCount()) {
            notes.add("The game's training sets (" + size + " records) are smaller than the "
                    + "audited training set (" + context.train().rowCount() + "); one record "
                    + "weighs more in a smaller set, so the risk measured here is if anything "
                    + "higher than the audited release's. The epsilon check does not depend on "
                    + "the size: a differential-privacy guarantee holds for every dataset.");
        }
        notes.add("Classifier: a random forest of " + ShadowClassifier.TREES + " trees per "
                + "target on " + ReleaseFeatures.of(context.real(), distance).describe()
                + (ReleaseFeatures.declaresQuasiIdentifiers(context.schema()) ? ""
                        : " No column is a quasi-identifier, so the quasi-identifier match "
                                + "count compares every column."));
        notes.add("Pooled figures combine the test trials of all targets, scored by each "
                + "target's own classifier. A target is flagged when the lower end of its "
                + "95% AUC interval lies above 0.5; " + flagged + " of " + outcomes.size()
                + " were. Trials j with j mod 4 < 2 are validation trials: the thresholds of the "
                + "advantage and of the epsilon bound are chosen on them (one threshold for all "
                + "targets) and measured on the other half.");
        notes.add(epsilonNote(settings, claim));
        notes.add("Only the chosen targets were attacked: a target that is not flagged is "
                + "evidence about the records like it, not a guarantee for every record.");
        return notes;
    }

    private static String epsilonNote(Settings settings, PrivacyClaim claim) {
        String note = "The epsilon lower bound (Jagielski et al. 2020) holds with "
                + settings.confidence() * 100 + "% confidence: each game compares neighbouring "
                + "training sets (one record replaced), and the bound is computed at delta "
                + settings.delta() + " from one-sided Clopper-Pearson bounds of the test "
                + "trials' error rates.";
        if (claim instanceof PrivacyClaim.DifferentialPrivacy dp) {
            note += " The generator claims (" + dp.epsilon() + ", " + dp.delta() + ")-differential"
                    + " privacy; the claim is checked with the bound at delta "
                    + Math.max(dp.delta(), settings.delta()) + ".";
        }
        return note;
    }
}
