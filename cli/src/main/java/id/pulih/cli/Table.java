package id.pulih.cli;

import id.pulih.shared.Rupiah;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A report as columns and rows of plain values (text, numbers, {@link Rupiah}, dates, codes), rendered by a {@link
 * Format}. Columns marked {@code wide} (long identifiers) are left out of the terminal table and kept in CSV and JSON,
 * where a program reads them.
 */
final class Table {
    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    /**
     * A column.
     *
     * @param name its name: the header, the CSV header and the JSON key
     * @param wide whether the terminal table leaves it out
     */
    record Column(String name, boolean wide) {}

    private Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** A table with these columns; a name starting with {@code ~} marks a wide column. */
    static Table of(String... names) {
        return new Table(Arrays.stream(names)
                .map(n -> n.startsWith("~") ? new Column(n.substring(1), true) : new Column(n, false))
                .toList());
    }

    Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(cells.clone())));
        return this;
    }

    List<Column> columns() {
        return columns;
    }

    List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }
}
