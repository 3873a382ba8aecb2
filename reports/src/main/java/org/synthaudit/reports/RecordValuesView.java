package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.RecordExamples;

/**
 * The record values the page lists when the user asked for them: a warning that the page holds
 * personal data, then for each finding with examples (exact copies, re-identifications) the
 * training records and the synthetic records that reproduce them. A separate scope of the
 * template, beside {@link ReportView}. Every value is data and is escaped by the template.
 *
 * @param recordValues the section, or {@code null} when the audit shows no record values
 */
record RecordValuesView(Section recordValues) {

    /**
     * Builds the view of an audit result.
     *
     * @param result the audit result
     * @return the view; its section is {@code null} unless some finding carries examples
     */
    static RecordValuesView of(AuditResult result) {
        List<FindingRecords> findings = new ArrayList<>();
        List<Finding> all = result.findings();
        for (int i = 0; i < all.size(); i++) {
            RecordExamples examples = all.get(i).examples();
            if (examples != null) {
                findings.add(FindingRecords.of(all.get(i), examples, "finding-" + (i + 1)));
            }
        }
        return new RecordValuesView(findings.isEmpty() ? null : new Section(findings));
    }

    /**
     * The section of the page.
     *
     * @param findings the findings with examples, in report order
     */
    record Section(List<FindingRecords> findings) {
    }

    /**
     * The examples of one finding.
     *
     * @param title the finding's title
     * @param anchor the id of the finding's section
     * @param caption how many training records were found, and how many are shown
     * @param columns the column names
     * @param records the examples, two rows each
     */
    record FindingRecords(String title, String anchor, String caption, List<String> columns,
            List<Example> records) {

        static FindingRecords of(Finding finding, RecordExamples examples, String anchor) {
            int found = examples.matches().size();
            String caption = found == 0 ? "No training record was " + examples.relation() + "."
                    : Numbers.count(found) + " training record" + (found == 1 ? " was " : "s were ")
                            + examples.relation() + "; "
                            + (examples.records().size() == found ? "all" : "the first "
                                    + examples.records().size()) + " shown.";
            List<Example> records = new ArrayList<>();
            for (int i = 0; i < examples.records().size(); i++) {
                records.add(Example.of(i + 1, examples.records().get(i)));
            }
            return new FindingRecords(finding.title(), anchor, caption, examples.columns(),
                    records);
        }
    }

    /**
     * One training record and its synthetic counterpart.
     *
     * @param number the example's number, from 1
     * @param training the training record's cells
     * @param synthetic the synthetic record's cells
     */
    record Example(int number, List<Cell> training, List<Cell> synthetic) {
        static Example of(int number, RecordExamples.Shown shown) {
            List<Cell> training = new ArrayList<>();
            List<Cell> synthetic = new ArrayList<>();
            for (int c = 0; c < shown.real().size(); c++) {
                String real = shown.real().get(c);
                String made = shown.synthetic().get(c);
                boolean differs = !Objects.equals(real, made);
                training.add(Cell.of(real, false));
                synthetic.add(Cell.of(made, differs));
            }
            return new Example(number, training, synthetic);
        }
    }

    /**
     * One value.
     *
     * @param text the value, or {@code (missing)}
     * @param missing whether the value is missing
     * @param differs whether the synthetic value differs from the training record's
     */
    record Cell(String text, boolean missing, boolean differs) {
        static Cell of(String value, boolean differs) {
            return new Cell(value == null ? "(missing)" : value, value == null, differs);
        }
    }
}
