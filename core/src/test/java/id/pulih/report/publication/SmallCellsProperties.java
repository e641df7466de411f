package id.pulih.report.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Small-cell suppression over generated tables: no withheld cell comes back by subtraction. */
class SmallCellsProperties {
    /** A generated table: its cells, which counts are meant to be protected, and the threshold. */
    record Case(CellTable table, int threshold) {}

    /** Counts skewed towards small ones, so that most tables have something to withhold. */
    private static Gen<Integer> counts() {
        return integers()
                .between(0, 3)
                .zip(integers().between(0, 60), (small, any) -> small < 2 ? small * 4 + any % 8 : any);
    }

    /**
     * A two-way table of 2 to 6 rows and 2 to 5 columns (a line of one cell whose total is known elsewhere cannot be
     * protected by the table, see {@link SmallCells}), with row totals and column totals printed or known only
     * from elsewhere, and a grand total printed when both are.
     */
    private static Gen<Case> twoWayTables() {
        return lists().of(lists().of(counts()).ofSize(5))
                .ofSizeBetween(2, 6)
                .zip(
                        integers().between(2, 5),
                        booleans().all(),
                        booleans().all(),
                        integers().between(2, 15),
                        (grid, columns, rowTotals, columnTotals, threshold) -> {
                            CellTable t = new CellTable();
                            int rows = grid.size();
                            int[][] cell = new int[rows][columns];
                            for (int r = 0; r < rows; r++) {
                                for (int c = 0; c < columns; c++) {
                                    cell[r][c] = t.count(grid.get(r).get(c));
                                }
                            }
                            int[] rowTotal = new int[rows];
                            for (int r = 0; r < rows; r++) {
                                long sum = grid.get(r).subList(0, columns).stream()
                                        .mapToLong(Integer::longValue)
                                        .sum();
                                rowTotal[r] = rowTotals ? t.count(sum) : CellTable.KNOWN;
                                t.line(rowTotal[r], cell[r]);
                            }
                            int[] columnTotal = new int[columns];
                            long grand = 0;
                            for (int c = 0; c < columns; c++) {
                                long sum = 0;
                                int[] members = new int[rows];
                                for (int r = 0; r < rows; r++) {
                                    sum += grid.get(r).get(c);
                                    members[r] = cell[r][c];
                                }
                                grand += sum;
                                columnTotal[c] = columnTotals ? t.count(sum) : CellTable.KNOWN;
                                t.line(columnTotal[c], members);
                            }
                            int grandTotal = rowTotals && columnTotals ? t.count(grand) : CellTable.KNOWN;
                            if (rowTotals) {
                                t.line(grandTotal, rowTotal);
                            }
                            if (columnTotals) {
                                t.line(grandTotal, columnTotal);
                            }
                            return new Case(t, threshold);
                        });
    }

    /** Rows of nested counts (enrolled, attended, completed) with their hidden differences, as programmes have. */
    private static Gen<Case> nestedTables() {
        return lists().of(lists().of(counts()).ofSize(3))
                .ofSizeBetween(2, 6)
                .zip(integers().between(2, 15), (rows, threshold) -> {
                    CellTable t = new CellTable();
                    List<List<Integer>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                    for (List<Integer> row : rows) {
                        long completed = row.get(0);
                        long attended = completed + row.get(1);
                        long enrolled = attended + row.get(2);
                        int e = t.count(enrolled);
                        int a = t.count(attended);
                        int c = t.count(completed);
                        t.line(e, a, t.hidden(enrolled - attended));
                        t.line(a, c, t.hidden(attended - completed));
                        columns.get(0).add(e);
                        columns.get(1).add(a);
                        columns.get(2).add(c);
                    }
                    columns.forEach(members -> t.line(CellTable.KNOWN, members));
                    return new Case(t, threshold);
                });
    }

    /**
     * What a reader works out by subtraction: starting from the printed cells that are shown, any line with exactly
     * one cell left unknown gives that cell, again and again.
     */
    private static BitSet recoverable(CellTable t, SmallCells.Suppression s) {
        BitSet known = new BitSet();
        for (int c = 0; c < t.size(); c++) {
            if (t.printed(c) && !s.suppressed(c)) {
                known.set(c);
            }
        }
        boolean more = true;
        while (more) {
            more = false;
            for (int[] line : t.lines()) {
                int unknown = -1;
                int unknowns = 0;
                for (int c : line) {
                    if (!known.get(c)) {
                        unknowns++;
                        unknown = c;
                    }
                }
                if (unknowns == 1) {
                    known.set(unknown);
                    more = true;
                }
            }
        }
        return known;
    }

    private static void check(Case k) {
        CellTable t = k.table();
        SmallCells.Suppression s = SmallCells.threshold(k.threshold()).suppress(t);
        BitSet recovered = recoverable(t, s);
        for (int c = 0; c < t.size(); c++) {
            long v = t.value(c);
            boolean small = v > 0 && v < k.threshold();
            if (t.printed(c) && small) {
                assertThat(s.suppressed(c))
                        .as("small printed cell %d (%d) is withheld in %s", c, v, t)
                        .isTrue();
                assertThat(s.marker(c)).isEqualTo("<" + k.threshold());
            }
            if (s.suppressed(c) || (!t.printed(c) && small)) {
                assertThat(recovered.get(c))
                        .as("cell %d (%d) comes back by subtraction in %s", c, v, t)
                        .isFalse();
            }
        }
        // the line rule: a row, column or total holding a withheld cell (or a small hidden one) holds another
        // cell that is not printed, or its total is withheld too
        for (int[] line : t.lines()) {
            List<Integer> unknown = new ArrayList<>();
            for (int c : line) {
                if (s.suppressed(c) || !t.printed(c)) {
                    unknown.add(c);
                }
            }
            if (unknown.size() == 1) {
                int only = unknown.get(0);
                long v = t.value(only);
                assertThat(s.suppressed(only) || (v > 0 && v < k.threshold()))
                        .as("cell %d is alone unknown in a line of %s", only, t)
                        .isFalse();
            }
        }
    }

    @Test
    void noWithheldCellOfATwoWayTableComesBackBySubtraction() {
        qt().withExamples(2000).forAll(twoWayTables()).checkAssert(SmallCellsProperties::check);
    }

    @Test
    void noSmallDifferenceOfNestedCountsComesBackBySubtraction() {
        qt().withExamples(2000).forAll(nestedTables()).checkAssert(SmallCellsProperties::check);
    }
}
