package org.synthaudit.attacks.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;

/**
 * What an attribute-inference attacker knows and wants: the known columns are the
 * quasi-identifiers, the secrets each sensitive column that is not itself a quasi-identifier.
 * Identifier columns are neither (case C09).
 *
 * @param known positions of the known columns, in schema order
 * @param secrets positions of the secret columns, in schema order
 * @param notes what was left out and why, one sentence each
 */
record AttackerKnowledge(int[] known, int[] secrets, List<String> notes) {

    /**
     * Reads the roles of a schema.
     *
     * @param schema the audit's schema
     * @return the known and secret columns
     */
    static AttackerKnowledge of(Schema schema) {
        List<String> notes = new ArrayList<>();
        int[] qis = schema.withRole(Role.QUASI_IDENTIFIER);
        int[] known = Arrays.stream(qis).filter(c -> !isIdentifier(schema, c)).toArray();
        int[] secrets = Arrays.stream(schema.withRole(Role.SENSITIVE))
                .filter(c -> !isIdentifier(schema, c))
                .filter(c -> !schema.column(c).has(Role.QUASI_IDENTIFIER)).toArray();
        List<String> both = names(schema, Arrays.stream(schema.withRole(Role.SENSITIVE))
                .filter(c -> schema.column(c).has(Role.QUASI_IDENTIFIER)).toArray());
        if (!both.isEmpty()) {
            notes.add("Sensitive and also quasi-identifiers, so known to the attacker and not "
                    + "attacked: " + String.join(", ", both) + ".");
        }
        List<String> ids = names(schema, Arrays.stream(schema.identifiers())
                .filter(c -> schema.column(c).has(Role.QUASI_IDENTIFIER)
                        || schema.column(c).has(Role.SENSITIVE)).toArray());
        if (!ids.isEmpty()) {
            notes.add("Identifier columns are left out of the attack: " + String.join(", ", ids)
                    + ".");
        }
        return new AttackerKnowledge(known, secrets, List.copyOf(notes));
    }

    /**
     * Tells why attribute inference cannot run on a schema (case C19).
     *
     * @param schema the audit's schema
     * @return the reason, or empty when there are known and secret columns
     */
    static Optional<String> inapplicable(Schema schema) {
        AttackerKnowledge knowledge = of(schema);
        if (knowledge.known.length == 0) {
            return Optional.of("attribute inference needs known columns: no column has the role "
                    + "quasi-identifier (identifier columns do not count)");
        }
        if (knowledge.secrets.length == 0) {
            return Optional.of("attribute inference needs a secret: no column has the role "
                    + "sensitive without also being a quasi-identifier");
        }
        return Optional.empty();
    }

    /**
     * The names of the known columns.
     *
     * @param schema the schema
     * @return the names in schema order
     */
    List<String> knownNames(Schema schema) {
        return names(schema, known);
    }

    /**
     * A sentence stating the attacker's knowledge, for the report.
     *
     * @param schema the schema
     * @return the statement
     */
    String describe(Schema schema) {
        return "Known columns (quasi-identifiers): " + String.join(", ", knownNames(schema))
                + ". Secret columns: " + String.join(", ", names(schema, secrets)) + ".";
    }

    /**
     * The attacker's knowledge as a report states it: the synthetic release, and the known
     * columns of each target with the secrets sought.
     *
     * @param context the audit
     * @return the release and the known attributes
     */
    List<Knowledge> stated(AuditContext context) {
        Schema schema = context.schema();
        return List.of(new Knowledge.SyntheticRelease(context.synthetic().rowCount()),
                new Knowledge.KnownAttributes(knownNames(schema), known.length, null,
                        names(schema, secrets)));
    }

    static List<String> names(Schema schema, int[] columns) {
        return Arrays.stream(columns).mapToObj(c -> schema.column(c).name()).toList();
    }

    private static boolean isIdentifier(Schema schema, int column) {
        ColumnSpec spec = schema.column(column);
        return spec.type() == ColumnType.IDENTIFIER;
    }
}
