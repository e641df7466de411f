package id.pulih.report.publication;

import id.pulih.internal.util.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report as published: its columns, and rows of plain cells (text, numbers, {@link id.pulih.shared.Rupiah},
 * dates, codes, ids), where a withheld cell is a {@link Withheld}. Writers (the CLI's table, CSV, JSON) print a
 * withheld cell as its marker.
 *
 * @param columns the columns
 * @param rows the rows, each with one cell per column ({@code null} for a value not applicable)
 * @param withheld how many cells are withheld
 */
public record PublishedTable(List<Column> columns, List<List<Object>> rows, int withheld) {
    /**
     * Checks and copies.
     *
     * @param columns the columns
     * @param rows the rows
     * @param withheld the count of withheld cells
     */
    public PublishedTable {
        columns = List.copyOf(Checks.required(columns, "columns"));
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : Checks.required(rows, "rows")) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(row.size() + " cells for " + columns.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /**
     * A column.
     *
     * @param name its name, in camel case ({@code stillIn})
     * @param wide whether it holds a long identifier that a terminal table may leave out
     */
    public record Column(String name, boolean wide) {}

    /**
     * A cell withheld from publication.
     *
     * @param marker what it shows: {@code <11} or {@link SmallCells#WITHHELD}
     */
    public record Withheld(String marker) {
        /** The marker. */
        @Override
        public String toString() {
            return marker;
        }
    }
}
