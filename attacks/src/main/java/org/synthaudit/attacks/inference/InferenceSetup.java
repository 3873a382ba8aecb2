package org.synthaudit.attacks.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;

/**
 * What the attribute-inference attacks share: the attacker's knowledge, the protected groups,
 * and the member and holdout targets, drawn once per attack and balanced at the smaller side
 * (case C17).
 *
 * @param knowledge the known and secret columns
 * @param groups the protected attributes
 * @param members sampled training records
 * @param holdout as many sampled holdout records
 * @param requested the number of targets per side asked for
 * @param seeds the attack's seed node
 */
record InferenceSetup(AttackerKnowledge knowledge, ProtectedGroups groups, Dataset members,
        Dataset holdout, int requested, Seeds seeds) {
    /** Parameter: targets per side. */
    static final String TARGETS = "targets";
    /** Parameter: the fewest scored targets per side for a group to be scored. */
    static final String MIN_GROUP_SIZE = "min_group_size";
    /** Parameter: the relative tolerance for numeric secrets. */
    static final String TOLERANCE = "tolerance";
    static final int DEFAULT_TARGETS = 1000;
    static final int DEFAULT_MIN_GROUP_SIZE = 20;
    static final double DEFAULT_TOLERANCE = 0.05;
    /** Fewer targets per side than this draw a warning (case C17). */
    static final int FLOOR = 100;

    private static final Logger LOG = LoggerFactory.getLogger(InferenceSetup.class);

    /**
     * Reads the context and draws the targets.
     *
     * @param id the attack's id
     * @param context the audit
     * @param requested targets per side asked for, {@code >= 1}
     * @return the setup
     */
    static InferenceSetup of(String id, AuditContext context, int requested) {
        Seeds seeds = context.seeds().child(id);
        int size = Math.min(requested, Math.min(context.train().rowCount(),
                context.holdout().rowCount()));
        Dataset members = TargetSample.draw(context.train(), size, seeds.child("members"),
                "members");
        Dataset holdout = TargetSample.draw(context.holdout(), size, seeds.child("non-members"),
                "holdout-targets");
        return new InferenceSetup(AttackerKnowledge.of(context.schema()),
                ProtectedGroups.of(context.schema(), context.real()), members, holdout,
                requested, seeds);
    }

    /**
     * Tells why an attribute-inference attack cannot run.
     *
     * @param context the audit
     * @return the reason, or empty
     */
    static Optional<String> inapplicable(AuditContext context) {
        Optional<String> roles = AttackerKnowledge.inapplicable(context.schema());
        if (roles.isPresent()) {
            return roles;
        }
        if (context.train().rowCount() == 0 || context.holdout().rowCount() == 0) {
            return Optional.of("needs training and holdout records; have "
                    + context.train().rowCount() + " and " + context.holdout().rowCount());
        }
        if (context.synthetic().rowCount() == 0) {
            return Optional.of("the synthetic release has no records");
        }
        return Optional.empty();
    }

    /**
     * The notes every inference attack starts with: the targets, the knowledge, the groups.
     *
     * @param id the attack's id
     * @param context the audit
     * @return the notes
     */
    List<String> notes(String id, AuditContext context) {
        List<String> notes = new ArrayList<>();
        int size = members.rowCount();
        notes.add("Attacked " + size + " members sampled from " + context.train().rowCount()
                + " training records and " + size + " holdout targets sampled from "
                + context.holdout().rowCount() + " holdout records (requested " + requested
                + " per side), using " + context.synthetic().rowCount() + " synthetic records.");
        if (size < FLOOR) {
            LOG.warn("{}: only {} targets per side, below the floor of {}", id, size, FLOOR);
            notes.add("Warning: only " + size + " targets per side, below the floor of " + FLOOR
                    + "; the intervals are wide.");
        }
        if (context.releases().size() > 1) {
            notes.add("Attacked the first of " + context.releases().size()
                    + " synthetic releases.");
        }
        notes.add(knowledge.describe(context.schema()));
        notes.addAll(knowledge.notes());
        notes.addAll(groups.notes());
        notes.add("Targets whose true secret is missing are not scored (a missing guess of a "
                + "missing value earns no credit) and are counted in missing_secret_members and "
                + "missing_secret_holdout; synthetic records with a missing secret are not used "
                + "to guess it.");
        notes.add("The gain is the rate on members minus the rate on holdout records: what the "
                + "release reveals about the people in the training data beyond the population "
                + "patterns it also reveals about anyone else. The headline max_gain is the "
                + "largest gain over the secret columns.");
        return notes;
    }
}
