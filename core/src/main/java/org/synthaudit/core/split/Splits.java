package org.synthaudit.core.split;

import org.synthaudit.core.data.Dataset;

/**
 * Disjoint views of the real records.
 *
 * @param train the members
 * @param holdout the non-members
 * @param reference the attacker's background data, possibly empty
 */
public record Splits(Dataset train, Dataset holdout, Dataset reference) {
}
