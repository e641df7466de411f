package id.pulih.shared;

/**
 * An aggregate under optimistic locking. A new aggregate has version 0; each save stores it at {@code version + 1}
 * and fails with {@link ConflictException#stale} when the stored version is no longer the one that was read.
 *
 * @param <T> the aggregate's type
 */
public interface Versioned<T> {
    /**
     * The version this copy was read at (0 for a record never saved).
     *
     * @return the version
     */
    long version();

    /**
     * The same aggregate at another version; for stores only.
     *
     * @param version the new version
     * @return a copy at that version
     */
    T withVersion(long version);
}
