package id.pulih.report.publication;

import id.pulih.internal.util.Checks;
import id.pulih.shared.SharedError;
import java.util.BitSet;

/**
 * The one small-cell suppression of Pulih's published reports.
 *
 * <ol>
 *   <li><b>Primary</b>: a printed count of 1 to threshold - 1 people is withheld and shown as {@code <11} (0 is
 *       shown: it says that nobody is counted, which names nobody).
 *   <li><b>Amounts</b> go with their counts: withheld whenever the count is.
 *   <li><b>Complementary</b>: a line (cells adding up to a total, see {@link CellTable}) with exactly one cell
 *       that is not printed, where that cell is withheld or is a hidden count below the threshold, would give it back
 *       by subtraction; another printed cell of the line is withheld then, the smallest non-zero member first (a zero
 *       member, then the line's total, when there is none), shown as {@link #WITHHELD}. Repeated until no line gives a cell back.
 * </ol>
 *
 * <p>The result meets the line rule: every row, column and total that holds a withheld cell holds at least two
 * cells that are not printed (the total among them, when it is a cell), except a line of a single cell whose total
 * is known only from elsewhere (a report of one row): that total shows the cell, and is the other report's to
 * withhold. This is the rule statistical offices apply
 * to tables published one at a time; it does not solve the linear system of several tables together.
 *
 * <pre>{@code
 * Suppression s = SmallCells.threshold(11).suppress(table);
 * String shown = s.suppressed(cell) ? s.marker(cell) : Long.toString(table.value(cell));   // "<11" or "x"
 * }</pre>
 */
public final class SmallCells {
    /** The threshold CTDC publishes with: fewer than 11 people are not shown. */
    public static final int DEFAULT_THRESHOLD = 11;

    /** What a cell withheld to protect another shows. */
    public static final String WITHHELD = "x";

    /** The largest threshold accepted. */
    public static final int MAX_THRESHOLD = 10_000;

    private final int threshold;

    private SmallCells(int threshold) {
        this.threshold = threshold;
    }

    /**
     * A suppression at a threshold.
     *
     * @param threshold 2 to {@link #MAX_THRESHOLD}: counts of 1 to threshold - 1 people are withheld
     * @return the suppression
     * @throws id.pulih.shared.InvalidValueException coded {@code publication.threshold} otherwise
     */
    public static SmallCells threshold(int threshold) {
        if (threshold < 2 || threshold > MAX_THRESHOLD) {
            throw SharedError.PUBLICATION_THRESHOLD.invalid(2, MAX_THRESHOLD);
        }
        return new SmallCells(threshold);
    }

    /**
     * The threshold.
     *
     * @return the threshold
     */
    public int threshold() {
        return threshold;
    }

    /**
     * Decides which cells of a table to withhold.
     *
     * @param table the table
     * @return the decision
     */
    public Suppression suppress(CellTable table) {
        Checks.required(table, "table");
        int n = table.size();
        BitSet withheld = new BitSet(n);
        BitSet primary = new BitSet(n);
        for (int c = 0; c < n; c++) {
            if (table.kinds.get(c) == CellTable.Kind.COUNT && small(table.values.get(c))) {
                withheld.set(c);
                primary.set(c);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < n; c++) {
                int leader = table.leaders.get(c);
                if (leader >= 0 && withheld.get(leader) && !withheld.get(c)) {
                    withheld.set(c);
                    changed = true;
                }
            }
            for (CellTable.Line line : table.lines) {
                int exposed = exposed(table, line, withheld);
                if (exposed >= 0) {
                    // a line of one cell with a total known elsewhere has no partner: that total shows the cell,
                    // and it is the other report's to withhold
                    int partner = partner(table, line, withheld);
                    if (partner >= 0) {
                        withheld.set(partner);
                        changed = true;
                    }
                }
            }
        }
        return new Suppression(table, withheld, primary, threshold);
    }

    private boolean small(long value) {
        return value > 0 && value < threshold;
    }

    /** The line's one unprinted cell when subtraction would give back something protected; -1 otherwise. */
    private int exposed(CellTable table, CellTable.Line line, BitSet withheld) {
        int unknown = -1;
        int unknowns = 0;
        for (int c : cellsOf(line)) {
            if (withheld.get(c) || table.kinds.get(c) == CellTable.Kind.HIDDEN) {
                unknown = c;
                unknowns++;
            }
        }
        if (unknowns != 1) {
            return -1;
        }
        boolean hidden = table.kinds.get(unknown) == CellTable.Kind.HIDDEN;
        return withheld.get(unknown) || (hidden && small(table.values.get(unknown))) ? unknown : -1;
    }

    /** The printed cell of the line to withhold with it: the smallest non-zero member, a zero member, the total. */
    private static int partner(CellTable table, CellTable.Line line, BitSet withheld) {
        int best = -1;
        for (int c : line.members()) {
            if (table.kinds.get(c) == CellTable.Kind.HIDDEN || withheld.get(c)) {
                continue;
            }
            if (best < 0 || rank(table.values.get(c)) < rank(table.values.get(best))) {
                best = c;
            }
        }
        if (best < 0
                && line.total() != CellTable.KNOWN
                && table.kinds.get(line.total()) != CellTable.Kind.HIDDEN
                && !withheld.get(line.total())) {
            best = line.total();
        }
        return best;
    }

    /** Orders candidates: the smallest positive value first, zeros after every positive value. */
    private static long rank(long value) {
        return value == 0 ? Long.MAX_VALUE : value;
    }

    private static int[] cellsOf(CellTable.Line line) {
        if (line.total() == CellTable.KNOWN) {
            return line.members();
        }
        int[] all = new int[line.members().length + 1];
        all[0] = line.total();
        System.arraycopy(line.members(), 0, all, 1, line.members().length);
        return all;
    }

    /** Which cells of a table are withheld. */
    public static final class Suppression {
        private final CellTable table;
        private final BitSet withheld;
        private final BitSet primary;
        private final int threshold;

        private Suppression(CellTable table, BitSet withheld, BitSet primary, int threshold) {
            this.table = table;
            this.withheld = withheld;
            this.primary = primary;
            this.threshold = threshold;
        }

        /**
         * Whether a printed cell is withheld.
         *
         * @param cell the index
         * @return true when withheld
         */
        public boolean suppressed(int cell) {
            return table.printed(cell) && withheld.get(cell);
        }

        /**
         * Whether a cell is withheld for its own small count, not to protect another.
         *
         * @param cell the index
         * @return true for a primary suppression
         */
        public boolean primary(int cell) {
            return primary.get(cell);
        }

        /**
         * How many printed cells are withheld.
         *
         * @return the count
         */
        public int count() {
            return withheld.cardinality();
        }

        /**
         * What a withheld cell shows: {@code <11} (for a threshold of 11) for a count withheld for its own size,
         * {@link #WITHHELD} for a cell withheld to protect another (its true value may be large: {@code <11} would
         * misreport it).
         *
         * @param cell the index of a withheld cell
         * @return the marker
         */
        public String marker(int cell) {
            if (!suppressed(cell)) {
                throw new IllegalArgumentException("cell " + cell + " is shown");
            }
            return primary.get(cell) ? "<" + threshold : WITHHELD;
        }
    }
}
