package id.pulih.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a file is read and stored.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.defaults()
 *         .withCharset(Charset.forName("windows-1252"))
 *         .withProgress((rows, bytes) -> log.info("{} rows", rows));
 * }</pre>
 *
 * @param charset the file's encoding: UTF-8 by default, with or without a byte order mark; {@code windows-1252} for
 *     files saved by an old Excel as "CSV (Comma delimited)"
 * @param chunkSize how many beneficiaries are inserted at once, 1 to 100,000 (default 1,000)
 * @param progressEvery how often {@link #progress()} is told, in rows, at least 1 (default 1,000)
 * @param progress the progress listener; {@link ImportProgress#NONE} by default
 * @param maxErrorsKept how many rejected rows the report keeps with their errors (and writes to the error file), 0
 *     to 1,000,000 (default 10,000); rows beyond are still counted as rejected, so memory stays bounded
 */
public record ImportOptions(
        Charset charset, int chunkSize, int progressEvery, ImportProgress progress, int maxErrorsKept) {
    /**
     * Checks the options.
     *
     * @param charset the encoding
     * @param chunkSize the insert chunk size
     * @param progressEvery the progress period in rows
     * @param progress the listener
     * @param maxErrorsKept the most rejected rows kept
     */
    public ImportOptions {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(progress, "progress");
        if (chunkSize < 1 || chunkSize > 100_000) {
            throw new IllegalArgumentException("chunkSize must be 1 to 100000");
        }
        if (progressEvery < 1) {
            throw new IllegalArgumentException("progressEvery must be at least 1");
        }
        if (maxErrorsKept < 0 || maxErrorsKept > 1_000_000) {
            throw new IllegalArgumentException("maxErrorsKept must be 0 to 1000000");
        }
    }

    /**
     * UTF-8, chunks of 1,000, no progress listener, 10,000 rejected rows kept.
     *
     * @return the defaults
     */
    public static ImportOptions defaults() {
        return new ImportOptions(StandardCharsets.UTF_8, 1_000, 1_000, ImportProgress.NONE, 10_000);
    }

    /**
     * These options with another encoding.
     *
     * @param value the encoding
     * @return the changed options
     */
    public ImportOptions withCharset(Charset value) {
        return new ImportOptions(value, chunkSize, progressEvery, progress, maxErrorsKept);
    }

    /**
     * These options with another chunk size.
     *
     * @param value rows per insert
     * @return the changed options
     */
    public ImportOptions withChunkSize(int value) {
        return new ImportOptions(charset, value, progressEvery, progress, maxErrorsKept);
    }

    /**
     * These options with a progress listener.
     *
     * @param value the listener
     * @return the changed options
     */
    public ImportOptions withProgress(ImportProgress value) {
        return new ImportOptions(charset, chunkSize, progressEvery, value, maxErrorsKept);
    }

    /**
     * These options with a progress listener called every {@code rows} rows.
     *
     * @param rows the period
     * @param value the listener
     * @return the changed options
     */
    public ImportOptions withProgress(int rows, ImportProgress value) {
        return new ImportOptions(charset, chunkSize, rows, value, maxErrorsKept);
    }

    /**
     * These options keeping at most {@code value} rejected rows in the report.
     *
     * @param value the limit
     * @return the changed options
     */
    public ImportOptions withMaxErrorsKept(int value) {
        return new ImportOptions(charset, chunkSize, progressEvery, progress, value);
    }
}
