package org.synthaudit.attacks.inference;

import org.synthaudit.core.data.Dataset;

/**
 * The outcome of an inference attack on one side (members or holdout): the scored targets,
 * and how many were left out because their true secret is missing (case C05).
 *
 * @param side the scored targets with their scores and groups
 * @param missing targets not scored because the true secret is missing
 */
record Scored(RiskFigures.Side side, int missing) {

    /**
     * Collects the scores of a sample of targets.
     *
     * @param targets the sampled targets
     * @param scored which targets have a known secret
     * @param scores the score of each target, read where scored
     * @param groups the protected attributes
     * @return the outcome
     */
    static Scored of(Dataset targets, boolean[] scored, double[] scores,
            ProtectedGroups groups) {
        int missing = 0;
        for (boolean s : scored) {
            missing += s ? 0 : 1;
        }
        return new Scored(RiskFigures.Side.of(targets, scored, scores, groups), missing);
    }

    /**
     * Adds the counts of scored targets and of targets left out for a missing secret.
     *
     * @param figures where to add them
     * @param secret the secret column's name
     * @param sideName {@code members} or {@code holdout}
     */
    void count(RiskFigures figures, String secret, String sideName) {
        figures.count(secret + ".scored_" + sideName, "Targets scored, " + sideName, secret,
                side.size());
        figures.count(secret + ".missing_secret_" + sideName, "Targets left out for a missing "
                + "secret, " + sideName, secret, missing);
    }
}
