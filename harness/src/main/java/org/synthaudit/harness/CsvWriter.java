package org.synthaudit.harness;

import org.synthaudit.core.data.Dataset;

/** Writes a dataset as CSV text: comma-separated, quoted where needed, missing values empty. */
public final class CsvWriter {
    private CsvWriter() {
    }

    /**
     * Renders a dataset as CSV.
     *
     * @param data the table; identifier columns a generator left missing come out empty
     * @return the CSV text with a header line and LF line endings
     */
    public static String render(Dataset data) {
        StringBuilder out = new StringBuilder();
        var names = data.schema().names();
        for (int c = 0; c < names.size(); c++) {
            out.append(c == 0 ? "" : ",").append(quote(names.get(c)));
        }
        out.append('\n');
        for (int r = 0; r < data.rowCount(); r++) {
            for (int c = 0; c < names.size(); c++) {
                String value = data.format(c, r);
                out.append(c == 0 ? "" : ",").append(value == null ? "" : quote(value));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Quotes a field when it holds a comma, a quote, a line break or surrounding blanks.
     *
     * @param field the field text
     * @return the field as it goes into the file
     */
    static String quote(String field) {
        boolean needs = field.isEmpty() || field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
                || !field.equals(field.strip());
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
