package org.synthaudit.core.audit;

import java.util.List;
import java.util.Objects;

/**
 * One thing an attack assumes its attacker has: the parts of a threat model that every attack
 * states in the same terms, so a report can say for each attack what the attacker knows. An
 * attack lists them in its finding ({@link Finding#attackerKnowledge()}), next to its threat
 * model in words. The holdout records, the control group of every attack, are never among
 * them.
 */
public sealed interface Knowledge {

    /**
     * The synthetic release.
     *
     * @param rows the records in it (in the first release when there are several), {@code >= 0}
     */
    record SyntheticRelease(int rows) implements Knowledge {
        /** Checks the count. */
        public SyntheticRelease {
            requireCount("rows", rows);
        }
    }

    /**
     * The complete record of each target, as a membership attack assumes: the attacker holds a
     * candidate record and asks whether it was in the training data.
     *
     * @param columns the columns of the record the attack compares, in schema order
     */
    record TargetRecords(List<String> columns) implements Knowledge {
        /** Freezes the columns. */
        public TargetRecords {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Some attributes of each target (quasi-identifiers, as linkage and attribute inference
     * assume), and what the attacker wants to learn with them.
     *
     * @param columns the attributes the attacker may know, in schema order; not empty
     * @param perTarget how many of them the attacker knows of each target, from 1 to
     *     {@code columns.size()} (all of them when equal)
     * @param errors how wrong the known values may be, in words (e.g. {@code "each category
     *     wrong with probability 0.1"}), or {@code null} when they are exact
     * @param secrets the columns the attacker tries to learn; empty when the attack seeks only
     *     the target's record
     */
    record KnownAttributes(List<String> columns, int perTarget, String errors,
            List<String> secrets) implements Knowledge {
        /** Checks the count against the columns and freezes the lists. */
        public KnownAttributes {
            columns = List.copyOf(columns);
            secrets = List.copyOf(secrets);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("known attributes need at least one column");
            }
            if (perTarget < 1 || perTarget > columns.size()) {
                throw new IllegalArgumentException("perTarget must be in [1, "
                        + columns.size() + "], was " + perTarget);
            }
        }
    }

    /**
     * Real records of the same population that the generator never saw, as background
     * knowledge.
     *
     * @param table the split they come from, e.g. {@code reference}
     * @param rows how many the attack uses, {@code >= 0}
     * @param use what the attacker does with them, completing "used to ...", e.g.
     *     {@code "judge how rare a value is"}
     */
    record PopulationRecords(String table, int rows, String use) implements Knowledge {
        /** Checks the fields. */
        public PopulationRecords {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(use, "use");
            requireCount("rows", rows);
        }
    }

    /**
     * The generator itself, with its parameters: the attacker can fit it on data of their
     * choice, as a shadow-model attack does.
     *
     * @param generator the generator id
     * @param fits how many times the attack fits it, {@code >= 0}
     */
    record GeneratorAccess(String generator, long fits) implements Knowledge {
        /** Checks the fields. */
        public GeneratorAccess {
            Objects.requireNonNull(generator, "generator");
            if (fits < 0) {
                throw new IllegalArgumentException("fits must be >= 0, was " + fits);
            }
        }
    }

    private static void requireCount(String name, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + count);
        }
    }
}
