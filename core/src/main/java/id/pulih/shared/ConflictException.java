package id.pulih.shared;

import java.util.Map;
import java.util.Objects;

/**
 * A change was refused because it conflicts with what is stored: a record changed since it was read (stale
 * version), or a uniqueness rule (one beneficiary per NIK, one open stay per person, ...) would be broken. Nothing
 * was written.
 *
 * <p>{@link #recordType()} and {@link #recordId()} name the record concerned; {@link #code()} names the rule, for
 * example {@code record.stale} or {@code beneficiary.nik-registered}. Every store raises the same type and code
 * for the same rule.
 */
public class ConflictException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final RecordType kind;
    private final String recordId;

    /**
     * Creates the exception; use {@link ErrorCode#conflict(RecordType, Object, Object...)}.
     *
     * @param code the rule broken, an entry thrown as this type
     * @param kind the kind of record
     * @param recordId the record's identifier (never a NIK or account number), may be null when unknown
     * @param arguments the template's values by name
     */
    ConflictException(ErrorCode code, RecordType kind, String recordId, Map<String, ?> arguments) {
        super(
                code,
                with(with(arguments, "recordType", kind.label()), "recordId", recordId == null ? "" : recordId),
                kind.label() + (recordId == null ? "" : " " + recordId),
                null);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recordId = recordId;
    }

    /**
     * A stale update: the record was changed by someone else after it was read.
     *
     * @param kind the kind of record
     * @param recordId its identifier
     * @param expected the version the caller read
     * @param actual the version stored now, or -1 when the record no longer exists
     * @return the exception, coded {@code record.stale}
     */
    public static ConflictException stale(RecordType kind, Object recordId, long expected, long actual) {
        return RecordError.STALE.conflict(kind, recordId, expected, actual);
    }

    /**
     * The kind of record concerned, by its label, for example {@code beneficiary} or {@code stay}.
     *
     * @return the record type's label
     */
    public String recordType() {
        return kind.label();
    }

    /**
     * The kind of record concerned.
     *
     * @return the record type
     */
    public RecordType kind() {
        return kind;
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
