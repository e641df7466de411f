package id.pulih.shared;

/**
 * The error codes every store raises about records as such: a stale version, a record that does not exist, an anonymous duplicate or a concurrent change.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default
 * English template; see {@link ErrorCode}.
 */
public enum RecordError implements ErrorCode.Defined {
    /** <code>record.stale</code> (ConflictException): was changed by someone else (read at version &#123;expected&#125;, stored at version &#123;actual&#125;); read it again and repeat the change */
    STALE(
            "record.stale",
            ConflictException.class,
            "",
            "was changed by someone else (read at version {expected}, stored at version {actual}); read it again and repeat the change"),
    /** <code>&#123;recordType&#125;.not-found</code> (NotFoundException): &#123;recordType&#125; &#123;recordId&#125; does not exist */
    NOT_FOUND("{recordType}.not-found", NotFoundException.class, "", "{recordType} {recordId} does not exist"),
    /** <code>record.duplicate</code> (ConflictException): the record already exists */
    DUPLICATE("record.duplicate", ConflictException.class, "", "the record already exists"),
    /** <code>record.concurrent</code> (ConflictException): a concurrent change got there first; repeat the operation */
    CONCURRENT(
            "record.concurrent",
            ConflictException.class,
            "",
            "a concurrent change got there first; repeat the operation");

    private final ErrorCode.Definition definition;

    RecordError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
