package id.pulih.shared;

/**
 * The one declared maximum length of each kind of free text and code Pulih keeps: every form checks it with
 * {@link LimitedText}, every aggregate's factory checks it by hand, and every database column that holds such text
 * is exactly this long ({@code VARCHAR(max)}), so that the in-memory store, H2 and PostgreSQL accept and refuse the
 * same text. A text that is too long is refused as {@code text.length}, naming the field, the maximum and the
 * length found, never the text itself.
 *
 * <p>Lengths are counted in UTF-16 code units after stripping leading and trailing white space ({@link
 * String#length()} of {@link String#strip()}): never fewer than the characters a database counts, so that a text
 * within the limit always fits its column.
 *
 * <table>
 *   <caption>Which fields hold which kind of text</caption>
 *   <tr><th>limit</th><th>fields</th></tr>
 *   <tr><td>{@link #CODE}</td><td>a shelter's code</td></tr>
 *   <tr><td>{@link #REFERENCE}</td><td>the bank's reference of its answer</td></tr>
 *   <tr><td>{@link #NAME}</td><td>a shelter's name, the entry point of a return, the receiving office and who
 *       received a case, the funding source of a grant scheme, the escort of a return</td></tr>
 *   <tr><td>{@link #TITLE}</td><td>a programme's title and venue</td></tr>
 *   <tr><td>{@link #DETAIL}</td><td>the detail of a service (in a shelter or a plan), a plan's goal</td></tr>
 *   <tr><td>{@link #NOTE}</td><td>notes: a discharge note, a case's closing note, a duplicate's note, a visit's
 *       notes</td></tr>
 *   <tr><td>{@link #REASON}</td><td>reasons: a status change, a reopening, a break-the-glass grant, an enrolment or
 *       referral override, a cancellation, a rejection, a decision, a plan's closing, the choice of a return's
 *       destination</td></tr>
 *   <tr><td>{@link #SUMMARY}</td><td>a business proposal's summary, an audit entry's summary</td></tr>
 * </table>
 *
 * <pre>{@code
 * record NoteForm(@LimitedText(TextLimit.NOTE) String note) {}
 * }</pre>
 */
public enum TextLimit {
    /** A code chosen by an office, such as a shelter's code: 40. */
    CODE(40),
    /** A reference given by another system, such as a bank's: 64. */
    REFERENCE(64),
    /** The name of a place, an office or a person as written by an officer: 200. */
    NAME(200),
    /** A title or a venue: 300. */
    TITLE(300),
    /** The detail of a service or a goal: 500. */
    DETAIL(500),
    /** A note: 1,000. */
    NOTE(1000),
    /** A reason given for a decision: 1,000. */
    REASON(1000),
    /** A summary: 2,000. */
    SUMMARY(2000);

    private final int max;

    TextLimit(int max) {
        this.max = max;
    }

    /**
     * The most characters a text of this kind may have.
     *
     * @return the maximum, at least 1
     */
    public int max() {
        return max;
    }

    /**
     * Whether a text fits this limit, counted as the checks count it (stripped, in UTF-16 code units).
     *
     * @param text the text; not null
     * @return true when it is at most {@link #max()} long
     */
    public boolean fits(String text) {
        return length(text) <= max;
    }

    /**
     * The length a text is measured by.
     *
     * @param text the text; not null
     * @return its length after stripping
     */
    public static int length(String text) {
        return text.strip().length();
    }
}
