package id.pulih.jdbc;

import id.pulih.shared.ErrorCode;
import id.pulih.shared.PulihException;

/**
 * The error codes of the JDBC store when the database itself cannot do what was asked ({@link StoreException}).
 * The rules of Pulih that a database constraint enforces are translated to the core catalogues' codes instead.
 */
public enum StoreError implements ErrorCode {
    /** <code>store.constraint</code>: the database refused a value by a rule that is not one of Pulih's. */
    CONSTRAINT("store.constraint", "the database refused a value that breaks one of its rules ({state})"),
    /** <code>store.unavailable</code>: the connection failed. */
    UNAVAILABLE("store.unavailable", "the database connection failed{where}; nothing was written"),
    /** <code>store.missing</code>: there is no database at the address given. */
    MISSING("store.missing", "there is no database at {url}; create it with: pulih init --db {url}"),
    /**
     * <code>store.busy</code>: another transaction held a lock on the rows longer than the database waits (H2 {@code
     * HYT00}, PostgreSQL {@code 55P03}); nothing was written, and the same call may simply be tried again.
     */
    BUSY("store.busy", "the database did not grant a lock in time ({state}); nothing was written, try again"),
    /** <code>store.failure</code>: a statement failed for another reason. */
    FAILURE("store.failure", "a database statement failed ({state})"),
    /** <code>store.schema-newer</code>: the database's schema is newer than this library. */
    SCHEMA_NEWER(
            "store.schema-newer",
            "the database is at schema version {version}, newer than this version of Pulih knows; upgrade Pulih to"
                    + " use it"),
    /** <code>store.unsupported</code>: the database is neither H2 nor PostgreSQL. */
    UNSUPPORTED("store.unsupported", "Pulih runs on H2 and PostgreSQL; this database is {product}"),
    /**
     * <code>store.key-missing</code>: the database is encrypted at rest and the store was opened without its keys (or
     * the keyset file named is not there). Nothing was read.
     */
    KEY_MISSING(
            "store.key-missing",
            "the database is encrypted and no key was given{where}; name its keyset with --keyset or PULIH_KEYSET"),
    /**
     * <code>store.key-wrong</code>: the keys given do not open the database: its key check (a canary sealed by the
     * master key, a fingerprint of the blind-index key) fails, or a data key does not unwrap. Nothing was read.
     */
    KEY_WRONG(
            "store.key-wrong",
            "the keys given do not open this database{where}; give the keyset it was encrypted with"),
    /**
     * <code>store.corrupt</code>: a sealed value does not open under its person's key: it was altered, or copied from
     * another column, row or person. Nothing of it is returned.
     */
    CORRUPT("store.corrupt", "a sealed value of {column} does not open: it was altered or moved from another row");

    private final String code;
    private final String template;

    StoreError(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Class<? extends PulihException> type() {
        return StoreException.class;
    }

    @Override
    public String field() {
        return "";
    }

    @Override
    public String template() {
        return template;
    }

    /**
     * The refusal.
     *
     * @param cause the driver's exception, may be null
     * @param values the template's values, in order
     * @return the exception, to throw
     */
    public StoreException refuse(Throwable cause, Object... values) {
        return new StoreException(this, cause, values);
    }
}
