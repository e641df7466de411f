package id.pulih.report.publication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of a report and the sums that tie them together, for {@link SmallCells} to decide what to withhold.
 *
 * <ul>
 *   <li>a <b>count</b> is a printed number of people: withheld when it is below the threshold (and not 0);
 *   <li>an <b>amount</b> is a printed figure that goes with a count (a rupiah total): withheld whenever its count is,
 *       since dividing it by a fixed grant would give the count back;
 *   <li>a <b>hidden</b> cell is not printed but follows from printed ones (enrolled minus attended): when it counts
 *       fewer people than the threshold, the cells it follows from may not all be printed;
 *   <li>a <b>line</b> says that some cells add up to a total: a printed cell of the table (a row total), or a
 *       total known from elsewhere ({@link #KNOWN}: the number of cases in the jurisdiction, which another report
 *       prints).
 * </ul>
 *
 * <pre>{@code
 * CellTable t = new CellTable();
 * int a = t.count(4), b = t.count(30), c = t.count(25);
 * t.line(CellTable.KNOWN, a, b, c);          // the column adds up to a total known elsewhere
 * Suppression s = SmallCells.threshold(11).suppress(t);
 * s.suppressed(a);   // true: 4 people
 * s.suppressed(c);   // true: else 59 - 30 - 25 would give 4 back
 * }</pre>
 */
public final class CellTable {
    /** The total of a line that is not a cell of the table but known to readers from elsewhere. */
    public static final int KNOWN = -1;

    /** What a cell is. */
    enum Kind {
        COUNT,
        AMOUNT,
        HIDDEN
    }

    /** A sum: {@code members} add up to {@code total} (a cell, or {@link #KNOWN}). */
    record Line(int total, int[] members) {}

    final List<Long> values = new ArrayList<>();
    final List<Kind> kinds = new ArrayList<>();
    /** For an amount, the count it goes with; -1 otherwise. */
    final List<Integer> leaders = new ArrayList<>();

    final List<Line> lines = new ArrayList<>();

    /**
     * Adds a printed count of people.
     *
     * @param value the count, 0 or more
     * @return the cell's index
     */
    public int count(long value) {
        return add(value, Kind.COUNT, -1);
    }

    /**
     * Adds a printed amount that goes with a count: withheld whenever that count is.
     *
     * @param value the amount
     * @param count the index of its count
     * @return the cell's index
     */
    public int amount(long value, int count) {
        check(count);
        if (kinds.get(count) != Kind.COUNT) {
            throw new IllegalArgumentException("an amount goes with a printed count, not cell " + count);
        }
        return add(value, Kind.AMOUNT, count);
    }

    /**
     * Adds a count that is not printed but follows from printed cells (declare the line that ties them).
     *
     * @param value the count, 0 or more
     * @return the cell's index
     */
    public int hidden(long value) {
        return add(value, Kind.HIDDEN, -1);
    }

    /**
     * Declares that cells add up to a total.
     *
     * @param total the index of the total's cell, or {@link #KNOWN}
     * @param members the cells that add up to it, at least one
     * @return this table
     */
    public CellTable line(int total, int... members) {
        if (total != KNOWN) {
            check(total);
        }
        if (members.length == 0) {
            throw new IllegalArgumentException("a line adds up at least one cell");
        }
        for (int m : members) {
            check(m);
        }
        lines.add(new Line(total, members.clone()));
        return this;
    }

    /**
     * Declares that cells add up to a total, as {@link #line(int, int...)}.
     *
     * @param total the total's cell, or {@link #KNOWN}
     * @param members the cells
     * @return this table
     */
    public CellTable line(int total, List<Integer> members) {
        return line(total, members.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * How many cells the table has.
     *
     * @return the count
     */
    public int size() {
        return values.size();
    }

    /**
     * The cells of every line, its total first when the total is a cell: for checks over a suppression.
     *
     * @return each line's cells
     */
    public List<int[]> lines() {
        List<int[]> all = new ArrayList<>();
        for (Line line : lines) {
            int[] cells = line.total == KNOWN ? line.members.clone() : prepend(line.total, line.members);
            all.add(cells);
        }
        return all;
    }

    /**
     * Whether a cell is printed (a count or an amount) rather than hidden.
     *
     * @param cell the index
     * @return true when printed
     */
    public boolean printed(int cell) {
        check(cell);
        return kinds.get(cell) != Kind.HIDDEN;
    }

    /**
     * Whether a cell counts people (printed or hidden), rather than being an amount.
     *
     * @param cell the index
     * @return true for a count
     */
    public boolean countsPeople(int cell) {
        check(cell);
        return kinds.get(cell) != Kind.AMOUNT;
    }

    /**
     * A cell's value.
     *
     * @param cell the index
     * @return the value
     */
    public long value(int cell) {
        check(cell);
        return values.get(cell);
    }

    private static int[] prepend(int first, int[] rest) {
        int[] all = new int[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private int add(long value, Kind kind, int leader) {
        values.add(value);
        kinds.add(kind);
        leaders.add(leader);
        return values.size() - 1;
    }

    private void check(int cell) {
        if (cell < 0 || cell >= values.size()) {
            throw new IllegalArgumentException("no cell " + cell + " among " + values.size());
        }
    }

    @Override
    public String toString() {
        return "CellTable" + values + " lines "
                + lines.stream()
                        .map(l -> l.total + "=" + Arrays.toString(l.members))
                        .toList();
    }
}
