package id.pulih.shared;

import java.util.Map;
import java.util.Objects;

/**
 * A record that an operation names does not exist (or was never visible). Code {@code <recordType>.not-found}
 * ({@link RecordError#NOT_FOUND}).
 */
public final class NotFoundException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final RecordType kind;
    private final String recordId;

    /**
     * Creates the exception.
     *
     * @param kind the kind of record, for example {@link RecordType#SHELTER}
     * @param recordId its identifier (never a NIK or account number)
     */
    public NotFoundException(RecordType kind, Object recordId) {
        super(
                RecordError.NOT_FOUND,
                Map.of("recordType", kind.label(), "recordId", String.valueOf(recordId)),
                null,
                null);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recordId = String.valueOf(recordId);
    }

    /**
     * The kind of record that was looked for, by its label.
     *
     * @return the record type's label
     */
    public String recordType() {
        return kind.label();
    }

    /**
     * The kind of record that was looked for.
     *
     * @return the record type
     */
    public RecordType kind() {
        return kind;
    }

    /**
     * The identifier that was looked for.
     *
     * @return the identifier
     */
    public String recordId() {
        return recordId;
    }
}
