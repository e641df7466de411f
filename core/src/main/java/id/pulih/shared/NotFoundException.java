package id.pulih.shared;

/** A record that an operation names does not exist (or was never visible). Code {@code <recordType>.not-found}. */
public final class NotFoundException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;

    /**
     * Creates the exception.
     *
     * @param recordType the kind of record, for example {@code shelter}
     * @param recordId its identifier (never a NIK or account number)
     */
    public NotFoundException(String recordType, String recordId) {
        super(recordType + ".not-found", recordType + " " + recordId + " does not exist");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    /**
     * The kind of record that was looked for.
     *
     * @return the record type
     */
    public String recordType() {
        return recordType;
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
