package id.pulih.csv;

/**
 * Observes an import's progress, for a progress bar: called every {@link ImportOptions#progressEvery()} rows and
 * once at the end, on the importing thread.
 *
 * <pre>{@code
 * long size = Files.size(file);
 * ImportOptions options = ImportOptions.defaults().withProgress((rows, bytes) -> bar.set(bytes * 100 / size));
 * }</pre>
 */
@FunctionalInterface
public interface ImportProgress {
    /** Ignores progress. */
    ImportProgress NONE = (rows, bytes) -> {};

    /**
     * Reports progress.
     *
     * @param rows the data rows read so far
     * @param bytes the bytes read from the file so far (read ahead by a buffer, so a little above the rows')
     */
    void progress(long rows, long bytes);
}
