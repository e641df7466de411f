package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.AwardId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.ProposalId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.Versioned;
import java.time.LocalDate;

/**
 * A proposal for further assistance by a grantee whose business runs, submitted only after the grant was paid; it
 * moves SUBMITTED to APPROVED or REJECTED.
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
public record Proposal(
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
        long version)
        implements Versioned<Proposal> {

    /**
     * Checks every part.
     *
     * @param id the id
     * @param award the award
     * @param beneficiary the grantee
     * @param submittedOn when
     * @param summary the summary
     * @param requested the amount
     * @param status the status
     * @param decidedBy who decided
     * @param decidedOn when decided
     * @param reason the reason
     * @param version the version
     */
    public Proposal {
        Checks.required(id, "proposalId");
        Checks.required(award, "award");
        Checks.required(beneficiary, "beneficiary");
        Checks.required(submittedOn, "submittedOn");
        summary = Checks.requiredText(summary, "summary");
        Checks.required(requested, "requested");
        Checks.required(status, "status");
        reason = reason == null ? "" : reason.strip();
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
        return new Proposal(
                id,
                award,
                beneficiary,
                submittedOn,
                summary,
                requested,
                target,
                Checks.requiredText(by, "decidedBy"),
                Checks.required(on, "decidedOn"),
                reasonGiven,
                version);
    }

    @Override
    public Proposal withVersion(long newVersion) {
        return new Proposal(
                id,
                award,
                beneficiary,
                submittedOn,
                summary,
                requested,
                status,
                decidedBy,
                decidedOn,
                reason,
                newVersion);
    }
}
