package org.synthaudit.core.io;

import java.util.Map;
import org.synthaudit.core.data.Schema;

/**
 * Infers each column's type from the real data and records why, then applies the configuration's
 * overrides and roles.
 */
public final class TypeInference {
    private TypeInference() {
    }

    /**
     * Builds the schema of an audit from its real table.
     *
     * @param real the real table
     * @param overrides what the configuration says, by column name
     * @return the schema, columns in file order
     * @throws org.synthaudit.core.InputException if an override names a column the file lacks,
     *     or a forced type does not fit the values (naming the column, line and value)
     */
    public static Schema infer(CsvTable real, Map<String, ColumnOverride> overrides) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
