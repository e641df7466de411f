package id.pulih.cli;

import id.pulih.csv.ImportProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * An import's progress on the error output, as one line rewritten in place ({@code \r}): shown once the import has
 * read {@code every} rows, and ended with a line break when closed, so that whatever is printed next (the summary, a
 * failure) starts on a line of its own. Close it before printing anything else.
 */
final class ProgressLine implements ImportProgress, AutoCloseable {
    private final PrintWriter err;
    private final long size;
    private final long every;
    private boolean shown;

    /**
     * A progress line.
     *
     * @param err where it is shown
     * @param size the file's size in bytes, or 0 or less when not known (a pipe): then bytes are shown
     * @param every the rows between two updates
     */
    ProgressLine(PrintWriter err, long size, long every) {
        this.err = err;
        this.size = size;
        this.every = every;
    }

    @Override
    public void progress(long rows, long bytes) {
        if (!shown && rows < every) {
            return; // a small file: done before a progress line would help
        }
        err.print(String.format(
                Locale.ROOT, "\r%,d rows, %s", rows, size > 0 ? (100 * bytes / size) + "%" : bytes + " bytes"));
        err.flush();
        shown = true;
    }

    /** Ends the line, if one is shown. */
    @Override
    public void close() {
        if (shown) {
            err.println();
            err.flush();
            shown = false;
        }
    }
}
