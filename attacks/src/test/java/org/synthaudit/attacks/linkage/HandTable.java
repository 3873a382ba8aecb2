package org.synthaudit.attacks.linkage;

import java.util.List;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;

/**
 * The five-record release whose scores are worked out by hand in {@link ScoreboardTest} and
 * {@link LinkageRunTest}.
 *
 * <pre>
 *   real         age sex zip diagnosis   reference age sex zip   synthetic age sex zip diagnosis
 *   r0 (target)   30  F   A   flu                   30  F   A    s0         30  F   A   flu
 *   r1            20  M   B   cold                  32  F   B    s1         31  F   B   asthma
 *   r2            70  F   C   flu                   50  M   B    s2         45  M   A   cold
 *   r3            45  M   A   cold                  28  M   C    s3         29  M   C   cold
 *   r4 (target)   31  F   B   asthma                65  M   C    s4         60  F   D   flu
 *                                                   31  F   C
 * </pre>
 *
 * The real ages span 20 to 70, a range of 50, so with the default tolerance of 5 % two ages
 * agree when they differ by at most 2.5 years.
 */
final class HandTable {
    static final Schema SCHEMA = new Schema(List.of(
            People.column("age", ColumnType.NUMERIC, Role.QUASI_IDENTIFIER),
            People.column("sex", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
            People.column("zip", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
            People.column("diagnosis", ColumnType.CATEGORICAL, Role.SENSITIVE)));

    final Dictionary dictionary = new Dictionary();
    final Dataset real = table("real", new double[] {30, 20, 70, 45, 31},
            new String[] {"F", "M", "F", "M", "F"}, new String[] {"A", "B", "C", "A", "B"},
            new String[] {"flu", "cold", "flu", "cold", "asthma"});
    final Dataset reference;
    final Dataset synthetic;

    HandTable() {
        dictionary.freezeReal();
        reference = table("reference", new double[] {30, 32, 50, 28, 65, 31},
                new String[] {"F", "F", "M", "M", "M", "F"},
                new String[] {"A", "B", "B", "C", "C", "C"},
                new String[] {"flu", "flu", "flu", "flu", "flu", "flu"});
        synthetic = table("synthetic", new double[] {30, 31, 45, 29, 60},
                new String[] {"F", "F", "M", "M", "F"}, new String[] {"A", "B", "A", "C", "D"},
                new String[] {"flu", "asthma", "cold", "cold", "flu"});
    }

    private Dataset table(String name, double[] age, String[] sex, String[] zip,
            String[] diagnosis) {
        return Dataset.builder(name, SCHEMA, dictionary, age.length).numeric(0, age)
                .codes(1, codes("sex", sex)).codes(2, codes("zip", zip))
                .codes(3, codes("diagnosis", diagnosis)).build();
    }

    private int[] codes(String column, String[] labels) {
        int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = dictionary.vocabulary(column).encode(labels[i]);
        }
        return codes;
    }

    /** The two targets r0 and r4, as a view of the real table. */
    Dataset targets() {
        return real.select("targets", new int[] {0, 4});
    }
}
