package id.pulih.jdbc;

import id.pulih.shared.PulihException;

/**
 * The database could not do what was asked: it is unreachable, its schema is newer than this library, or a statement
 * failed for a reason that is not a rule of Pulih's. Codes: {@link StoreError}. The cause carries the driver's exception; the message never carries SQL or row data.
 */
public final class StoreException extends PulihException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; use {@link StoreError#refuse(Throwable, Object...)}.
     *
     * @param code the entry
     * @param cause the driver's exception, may be null
     * @param values the template's values, in order
     */
    StoreException(StoreError code, Throwable cause, Object... values) {
        super(code, code.arguments(values), null, cause);
    }

    /**
     * Whether the same call may be tried again as it is: the database was only busy ({@code store.busy}), the call
     * rolled back and nothing of it was written.
     *
     * @return true for {@code store.busy}
     */
    public boolean retryable() {
        return code().equals(StoreError.BUSY.code());
    }
}
