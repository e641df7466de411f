package id.pulih.access;

import id.pulih.shared.ErrorCode;
import id.pulih.shared.PulihException;
import java.util.Optional;

/**
 * An actor tried to read or change something outside its jurisdiction or role. Nothing was read or written; the
 * attempt itself is recorded in the access log. Codes in {@link AccessError}: {@code access.denied} (outside the
 * jurisdiction), {@code access.role} (the role does not allow it), {@code case.elsewhere} (a NIK registered in a
 * case outside the jurisdiction: no case id, only a {@link #reference() reference}), ...
 */
public final class AccessDeniedException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final String actorId;
    private final String action;
    private final String recordId;

    /**
     * Creates the exception.
     *
     * @param code the entry, thrown as this type, such as {@link AccessError#ROLE}
     * @param actorId the actor's id
     * @param action the action attempted, for example {@code case.read}
     * @param recordId the record concerned (a UUID, never a NIK), or {@code -}
     * @param values the template's values, in order (what rule refused it)
     */
    public AccessDeniedException(ErrorCode code, String actorId, String action, String recordId, Object... values) {
        super(
                code,
                with(with(with(code.arguments(values), "actorId", actorId), "action", action), "recordId", recordId),
                "actor " + actorId + " may not " + action + " " + recordId,
                null);
        this.actorId = actorId;
        this.action = action;
        this.recordId = recordId;
    }

    /**
     * The actor refused.
     *
     * @return the actor's id
     */
    public String actorId() {
        return actorId;
    }

    /**
     * The action attempted.
     *
     * @return the action
     */
    public String action() {
        return action;
    }

    /**
     * The reference a refusal gives instead of a case's id ({@code case.elsewhere}): the id of the access-log entry
     * that recorded the refusal, which a national officer can resolve with {@link id.pulih.Oversight#resolveReference}.
     *
     * @return the reference, or empty for a refusal that gives none
     */
    public Optional<String> reference() {
        return Optional.ofNullable(arguments().get("reference")).map(Object::toString);
    }

    /**
     * The record concerned.
     *
     * @return its id
     */
    public String recordId() {
        return recordId;
    }
}
