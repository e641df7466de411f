package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ClosureRequestId;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A case worker's request to close a case with an outcome, which a supervisor other than the requester approves (the
 * case is then closed, as {@code Cases.close} closes it) or returns with a reason (the case stays open). A case has at
 * most one pending request ({@link OnePendingClosure}).
 *
 * <p>Instances are immutable: a decision returns the decided request, which the service saves.
 */
public final class ClosureRequest implements Versioned<ClosureRequest> {
    private final ClosureRequestId id;
    private final BeneficiaryId beneficiary;
    private final CaseOutcome outcome;
    private final String note;
    private final String requestedBy;
    private final Instant requestedAt;
    private final ClosureStatus status;
    private final String decidedBy;
    private final Instant decidedAt;
    private final String returnReason;
    private final long version;

    /**
     * Rebuilds a request from storage, checking every part. Use {@link #request} for a new one.
     *
     * @param id the identifier
     * @param beneficiary the case
     * @param outcome the outcome asked for
     * @param note the requester's note, may be empty
     * @param requestedBy the officer who asked
     * @param requestedAt when
     * @param status the status
     * @param decidedBy the supervisor who decided, empty while pending
     * @param decidedAt when it was decided, null exactly while pending
     * @param returnReason why it was returned, required exactly when RETURNED
     * @param version the stored version
     * @throws id.pulih.shared.RuleViolationException {@code closure.decision} when the decision parts disagree with
     *     the status
     */
    public ClosureRequest(
            ClosureRequestId id,
            BeneficiaryId beneficiary,
            CaseOutcome outcome,
            String note,
            String requestedBy,
            Instant requestedAt,
            ClosureStatus status,
            String decidedBy,
            @Nullable Instant decidedAt,
            String returnReason,
            long version) {
        this.id = Checks.required(id, "closureRequestId");
        this.beneficiary = Checks.required(beneficiary, "beneficiary");
        this.outcome = Checks.required(outcome, "outcome");
        this.note = Checks.optionalText(note, "note", TextLimit.REASON);
        this.requestedBy = Checks.requiredText(requestedBy, "requestedBy");
        this.requestedAt = Checks.required(requestedAt, "requestedAt");
        this.status = Checks.required(status, "closure.status");
        this.decidedBy = decidedBy == null ? "" : decidedBy.strip();
        this.returnReason = Checks.optionalText(returnReason, "reason", TextLimit.REASON);
        boolean pending = status == ClosureStatus.PENDING;
        if (pending != (decidedAt == null) || pending != this.decidedBy.isEmpty()) {
            throw BeneficiaryError.CLOSURE_DECISION.violation(
                    "a decided request names its supervisor and date, a pending one neither");
        }
        if ((status == ClosureStatus.RETURNED) == this.returnReason.isEmpty()) {
            throw BeneficiaryError.CLOSURE_DECISION.violation("a returned request, and only one, gives its reason");
        }
        this.decidedAt = decidedAt;
        this.version = version;
    }

    /**
     * A new request, pending.
     *
     * @param beneficiary the case
     * @param outcome the outcome asked for
     * @param note a note, may be null or empty
     * @param by the officer
     * @param at when
     * @return the request, at version 0
     */
    public static ClosureRequest request(
            BeneficiaryId beneficiary, CaseOutcome outcome, @Nullable String note, String by, Instant at) {
        return new ClosureRequest(
                ClosureRequestId.next(), beneficiary, outcome, note, by, at, ClosureStatus.PENDING, "", null, "", 0);
    }

    /**
     * A supervisor approves the request.
     *
     * @param by the supervisor, not the requester
     * @param at when
     * @return the request, APPROVED
     * @throws id.pulih.shared.RuleViolationException {@code closure.none} unless pending
     * @throws id.pulih.access.AccessDeniedException {@code closure.four-eyes} when {@code by} asked for it
     */
    public ClosureRequest approve(String by, Instant at) {
        return decide(ClosureStatus.APPROVED, by, at, "");
    }

    /**
     * A supervisor returns the request with a reason; the case stays open.
     *
     * @param by the supervisor, not the requester
     * @param at when
     * @param reason why, required
     * @return the request, RETURNED
     * @throws id.pulih.shared.RuleViolationException {@code closure.none} unless pending
     * @throws id.pulih.access.AccessDeniedException {@code closure.four-eyes} when {@code by} asked for it
     */
    public ClosureRequest returnWith(String by, Instant at, String reason) {
        return decide(ClosureStatus.RETURNED, by, at, Checks.requiredText(reason, "reason", TextLimit.REASON));
    }

    private ClosureRequest decide(ClosureStatus decision, String by, Instant at, String reason) {
        String supervisor = Checks.requiredText(by, "decidedBy");
        Checks.required(at, "decidedAt");
        if (status != ClosureStatus.PENDING) {
            throw BeneficiaryError.CLOSURE_NONE.violation();
        }
        if (supervisor.equals(requestedBy)) {
            throw new id.pulih.access.AccessDeniedException(
                    BeneficiaryError.CLOSURE_FOUR_EYES, supervisor, "closure.decide", id.toString());
        }
        return new ClosureRequest(
                id, beneficiary, outcome, note, requestedBy, requestedAt, decision, supervisor, at, reason, version);
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public ClosureRequestId id() {
        return id;
    }

    /**
     * The case.
     *
     * @return the registration it was asked for
     */
    public BeneficiaryId beneficiary() {
        return beneficiary;
    }

    /**
     * The outcome asked for.
     *
     * @return the outcome
     */
    public CaseOutcome outcome() {
        return outcome;
    }

    /**
     * The requester's note.
     *
     * @return the note, may be empty
     */
    public String note() {
        return note;
    }

    /**
     * The officer who asked.
     *
     * @return the officer's id
     */
    public String requestedBy() {
        return requestedBy;
    }

    /**
     * When it was asked.
     *
     * @return the instant
     */
    public Instant requestedAt() {
        return requestedAt;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public ClosureStatus status() {
        return status;
    }

    /**
     * The supervisor who decided.
     *
     * @return the officer's id, empty while pending
     */
    public String decidedBy() {
        return decidedBy;
    }

    /**
     * When it was decided.
     *
     * @return the instant, or empty while pending
     */
    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    /**
     * Why it was returned.
     *
     * @return the reason, empty unless RETURNED
     */
    public String returnReason() {
        return returnReason;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public ClosureRequest withVersion(long newVersion) {
        return new ClosureRequest(
                id,
                beneficiary,
                outcome,
                note,
                requestedBy,
                requestedAt,
                status,
                decidedBy,
                decidedAt,
                returnReason,
                newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClosureRequest other
                && id.equals(other.id)
                && version == other.version
                && beneficiary.equals(other.beneficiary)
                && outcome == other.outcome
                && note.equals(other.note)
                && requestedBy.equals(other.requestedBy)
                && requestedAt.equals(other.requestedAt)
                && status == other.status
                && decidedBy.equals(other.decidedBy)
                && Objects.equals(decidedAt, other.decidedAt)
                && returnReason.equals(other.returnReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the ids, the outcome and the status; never the note. */
    @Override
    public String toString() {
        return "ClosureRequest[" + id + ", case " + beneficiary + ", " + outcome + ", " + status + ", v" + version
                + "]";
    }
}
