package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.AwardId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.ProposalId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposal for further assistance by a grantee whose business runs, submitted only after the grant was paid; it
 * moves SUBMITTED to APPROVED or REJECTED.
 *
 * <p>Instances are immutable: deciding returns the changed proposal, which a service saves.
 */
public final class Proposal implements Versioned<Proposal> {
    private final ProposalId id;
    private final AwardId award;
    private final BeneficiaryId beneficiary;
    private final LocalDate submittedOn;
    private final String summary;
    private final Rupiah requested;
    private final ProposalStatus status;
    private final String decidedBy;
    private final LocalDate decidedOn;
    private final String reason;
    private final long version;

    /**
     * Rebuilds a proposal from storage, checking every part. Use {@link #submit} for a new one.
     *
     * @param id the identifier
     * @param award the paid award it follows
     * @param beneficiary the grantee
     * @param submittedOn when
     * @param summary what the business is and what the help is for (no identifiers)
     * @param requested the amount asked for
     * @param status the status
     * @param decidedBy who decided, or null
     * @param decidedOn when, or null
     * @param reason the reason for the decision, empty while open
     * @param version the stored version
     */
    public Proposal(
            ProposalId id,
            AwardId award,
            BeneficiaryId beneficiary,
            LocalDate submittedOn,
            String summary,
            Rupiah requested,
            ProposalStatus status,
            @Nullable String decidedBy,
            @Nullable LocalDate decidedOn,
            String reason,
            long version) {
        this.id = Checks.required(id, "proposalId");
        this.award = Checks.required(award, "award");
        this.beneficiary = Checks.required(beneficiary, "beneficiary");
        this.submittedOn = Checks.required(submittedOn, "submittedOn");
        this.summary = Checks.requiredText(summary, "summary", TextLimit.SUMMARY);
        this.requested = Checks.required(requested, "requested");
        this.status = Checks.required(status, "status");
        this.decidedBy = decidedBy;
        this.decidedOn = decidedOn;
        this.reason = Checks.optionalText(reason, "reason", TextLimit.REASON);
        this.version = version;
    }

    /**
     * A new proposal.
     *
     * @param award the paid award
     * @param beneficiary the grantee
     * @param on when
     * @param summary the summary
     * @param requested the amount
     * @return the proposal, SUBMITTED
     */
    public static Proposal submit(
            AwardId award, BeneficiaryId beneficiary, LocalDate on, String summary, Rupiah requested) {
        return new Proposal(
                ProposalId.next(),
                award,
                beneficiary,
                on,
                summary,
                requested,
                ProposalStatus.SUBMITTED,
                null,
                null,
                "",
                0);
    }

    /**
     * Decides the proposal.
     *
     * @param approve true to approve
     * @param by who
     * @param on when
     * @param why the reason (required to reject)
     * @return the decided proposal
     */
    public Proposal decide(boolean approve, String by, LocalDate on, String why) {
        ProposalStatus target = approve ? ProposalStatus.APPROVED : ProposalStatus.REJECTED;
        if (status != ProposalStatus.SUBMITTED) {
            throw GrantError.PROPOSAL_TRANSITION.transition(status, target, "none");
        }
        String reasonGiven = approve ? (why == null ? "" : why) : Checks.requiredText(why, "reason");
        return with(
                target, Checks.requiredText(by, "decidedBy"), Checks.required(on, "decidedOn"), reasonGiven, version);
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public ProposalId id() {
        return id;
    }

    /**
     * The paid award the proposal follows.
     *
     * @return the award
     */
    public AwardId award() {
        return award;
    }

    /**
     * The grantee.
     *
     * @return the beneficiary
     */
    public BeneficiaryId beneficiary() {
        return beneficiary;
    }

    /**
     * When it was submitted.
     *
     * @return the date
     */
    public LocalDate submittedOn() {
        return submittedOn;
    }

    /**
     * What the business is and what the help is for.
     *
     * @return the summary, without identifiers
     */
    public String summary() {
        return summary;
    }

    /**
     * The amount asked for.
     *
     * @return the amount
     */
    public Rupiah requested() {
        return requested;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public ProposalStatus status() {
        return status;
    }

    /**
     * Who decided.
     *
     * @return the officer, or empty while open
     */
    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    /**
     * When it was decided.
     *
     * @return the date, or empty while open
     */
    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    /**
     * The reason for the decision.
     *
     * @return the reason, empty while open (and possibly on approval)
     */
    public String reason() {
        return reason;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Proposal withVersion(long newVersion) {
        return with(status, decidedBy, decidedOn, reason, newVersion);
    }

    /** The one copy-on-change: deciding sets the status and the decision; the proposal itself is kept. */
    private Proposal with(
            ProposalStatus newStatus,
            @Nullable String newDecidedBy,
            @Nullable LocalDate newDecidedOn,
            String newReason,
            long newVersion) {
        return new Proposal(
                id,
                award,
                beneficiary,
                submittedOn,
                summary,
                requested,
                newStatus,
                newDecidedBy,
                newDecidedOn,
                newReason,
                newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Proposal other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && award.equals(other.award)
                && beneficiary.equals(other.beneficiary)
                && submittedOn.equals(other.submittedOn)
                && summary.equals(other.summary)
                && requested.equals(other.requested)
                && status == other.status
                && Objects.equals(decidedBy, other.decidedBy)
                && Objects.equals(decidedOn, other.decidedOn)
                && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, the award, the status and the amount asked for. */
    @Override
    public String toString() {
        return "Proposal[" + id + ", " + award + ", " + status + ", " + requested + ", v" + version + "]";
    }
}
