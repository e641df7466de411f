package id.pulih.jdbc;

import id.pulih.shared.PulihException;

/**
 * The database could not do what was asked: it is unreachable, its schema is newer than this library, or a statement
 * failed for a reason that is not a rule of Pulih's. Codes: {@code store.unavailable}, {@code store.schema-newer},
 * {@code store.failure}. The cause carries the driver's exception; the message never carries SQL or row data.
 */
public final class StoreException extends PulihException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code the code
     * @param message what happened and what to do
     * @param cause the driver's exception, may be null
     */
    public StoreException(String code, String message, Throwable cause) {
        super(code, message + " [" + code + "]", cause);
    }
}
