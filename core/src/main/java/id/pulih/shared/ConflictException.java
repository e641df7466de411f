package id.pulih.shared;

/**
 * A change was refused because it conflicts with what is stored: a record changed since it was read (stale
 * version), or a uniqueness rule (one beneficiary per NIK, one open stay per person, ...) would be broken. Nothing
 * was written.
 *
 * <p>{@link #recordType()} and {@link #recordId()} name the record concerned; {@link #code()} names the rule, for
 * example {@code record.stale} or {@code beneficiary.nik-registered}.
 */
public class ConflictException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;

    /**
     * Creates the exception.
     *
     * @param code the rule broken, for example {@code record.stale}
     * @param recordType the kind of record, for example {@code beneficiary}
     * @param recordId the record's identifier (never a NIK or account number), may be null when unknown
     * @param detail what happened and what the caller can do
     */
    public ConflictException(String code, String recordType, String recordId, String detail) {
        super(code, recordType + (recordId == null ? "" : " " + recordId) + ": " + detail + " [" + code + "]");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    /**
     * A stale update: the record was changed by someone else after it was read.
     *
     * @param recordType the kind of record
     * @param recordId its identifier
     * @param expected the version the caller read
     * @param actual the version stored now, or -1 when the record no longer exists
     * @return the exception, coded {@code record.stale}
     */
    public static ConflictException stale(String recordType, String recordId, long expected, long actual) {
        return new ConflictException(
                "record.stale",
                recordType,
                recordId,
                "was changed by someone else (read at version " + expected + ", stored at version " + actual
                        + "); read it again and repeat the change");
    }

    /**
     * The kind of record concerned, for example {@code beneficiary} or {@code stay}.
     *
     * @return the record type
     */
    public String recordType() {
        return recordType;
    }

    /**
     * The identifier of the record concerned, or of the existing record that a new one would duplicate.
     *
     * @return the identifier, or null when unknown
     */
    public String recordId() {
        return recordId;
    }
}
