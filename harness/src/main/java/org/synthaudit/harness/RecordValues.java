package org.synthaudit.harness;

import java.util.ArrayList;
import java.util.List;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.RecordExamples;
import org.synthaudit.core.audit.RecordExamples.Match;
import org.synthaudit.core.audit.RecordExamples.Shown;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;

/**
 * Decides what the reports may show of the training records an evaluator found copied or
 * re-identified. By default nothing: the examples are dropped, so no output file holds a
 * record value. When the user asks ({@code --show-record-values}), the first
 * {@value #SHOWN} examples get their values, the training record's and the synthetic record's,
 * in every column but identifier columns (names, account numbers and the like are not
 * compared by any evaluator, and would add nothing but exposure).
 */
final class RecordValues {
    /** The most examples shown per finding. */
    static final int SHOWN = 10;

    private RecordValues() {
    }

    /**
     * Drops a finding's examples, or adds the values of the first of them.
     *
     * @param finding a finding of the audit
     * @param context the audit; the training records and the releases
     * @param show whether the user asked for record values
     * @return the finding without examples, or with values
     */
    static Finding apply(Finding finding, AuditContext context, boolean show) {
        RecordExamples examples = finding.examples();
        if (examples == null) {
            return finding;
        }
        if (!show) {
            return finding.withExamples(null);
        }
        Dataset release = release(finding, context);
        Dataset train = context.train();
        Schema schema = context.schema();
        int[] shownColumns = java.util.stream.IntStream.range(0, schema.size())
                .filter(c -> schema.column(c).type() != ColumnType.IDENTIFIER).toArray();
        List<String> names = java.util.Arrays.stream(shownColumns)
                .mapToObj(c -> schema.column(c).name()).toList();
        List<Shown> shown = new ArrayList<>();
        for (Match match : examples.matches().subList(0, Math.min(SHOWN,
                examples.matches().size()))) {
            int trainRow = trainRow(train, match.recordId());
            shown.add(new Shown(values(train, trainRow, shownColumns),
                    values(release, match.syntheticRow(), shownColumns)));
        }
        return finding.withExamples(examples.withValues(names, shown));
    }

    /** The release a finding scored: named after the release separator, else the first. */
    private static Dataset release(Finding finding, AuditContext context) {
        int at = finding.id().lastIndexOf(Finding.RELEASE_SEPARATOR);
        if (at >= 0) {
            String name = finding.id().substring(at + 1);
            for (int i = 0; i < context.releases().size(); i++) {
                if (AuditRunner.releaseName(i).equals(name)) {
                    return context.releases().get(i);
                }
            }
        }
        return context.synthetic();
    }

    private static int trainRow(Dataset train, int recordId) {
        for (int row = 0; row < train.rowCount(); row++) {
            if (train.recordId(row) == recordId) {
                return row;
            }
        }
        throw new IllegalStateException("record " + recordId + " is not a training record");
    }

    private static List<String> values(Dataset table, int row, int[] columns) {
        List<String> out = new ArrayList<>(columns.length);
        for (int column : columns) {
            out.add(table.format(column, row));
        }
        return out;
    }
}
