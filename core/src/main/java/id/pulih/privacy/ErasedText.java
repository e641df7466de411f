package id.pulih.privacy;

import id.pulih.shared.RecordType;

/**
 * The one list of what erasure removes from a person's records besides the person itself ({@link Erasure}): each
 * constant is the free texts (or the account) of one kind of record of the person, which every store removes as
 * {@link Erasure#removed(String)} rules, and whether the audit summaries of those records go too. Each store goes
 * through this list with a switch that names every constant, so a kind added here cannot be forgotten by a store
 * without failing to compile; the contract suite reads the texts back through the same list.
 *
 * <pre>{@code
 * for (ErasedText kind : ErasedText.values()) {
 *     Runnable removal = switch (kind) { case CASE_HISTORY -> () -> ...; ... };   // every constant named
 *     removal.run();
 * }
 * }</pre>
 */
public enum ErasedText {
    /** The case's history: the reasons of its status changes, the reasons and values of its corrections. */
    CASE_HISTORY(RecordType.BENEFICIARY, true),
    /** The notes and return reasons of the closure requests of the case. */
    CLOSURE_REQUESTS(RecordType.CLOSURE_REQUEST, true),
    /** The resolution notes of the potential duplicates the case is either side of. */
    POTENTIAL_DUPLICATES(RecordType.POTENTIAL_DUPLICATE, true),
    /** The discharge notes of the stays and the details of the services given in them. */
    STAYS(RecordType.STAY, true),
    /** Of the returns: why the destination, the escort, the receiving office, who received, why cancelled. */
    RETURNS(RecordType.REPATRIATION, true),
    /** The reasons an enrolment overrode the missing consent. */
    ENROLMENTS(RecordType.ENROLMENT, true),
    /** The account number and holder of the awards (the bank stays, as {@link Erasure#removed(id.pulih.shared.BankAccount)}). */
    AWARDS(RecordType.AWARD, true),
    /** The account number and holder of the payments; amounts, dates, statuses and bank references stay. */
    PAYMENTS(RecordType.PAYMENT, true),
    /** The summaries of the business proposals and the reasons of their decisions. */
    PROPOSALS(RecordType.PROPOSAL, true),
    /**
     * Of the reintegration plans: the goals, the close reason, the services' details and cancel reasons, and the
     * referrals' override, answer and end reasons.
     */
    PLANS(RecordType.REINTEGRATION_PLAN, true),
    /** The notes of the follow-up visits. */
    FOLLOW_UPS(RecordType.FOLLOW_UP, true),
    /** The reasons of the break-the-glass grants to open the case. */
    ACCESS_GRANTS(RecordType.ACCESS_GRANT, false),
    /** The details of the person's data-subject requests. */
    SUBJECT_REQUESTS(RecordType.SUBJECT_REQUEST, false),
    /** The person's objections to a risk score. */
    RISK_REVIEWS(RecordType.RISK_REVIEW, false);

    private final RecordType record;
    private final boolean auditSummaries;

    ErasedText(RecordType record, boolean auditSummaries) {
        this.record = record;
        this.auditSummaries = auditSummaries;
    }

    /**
     * The kind of record whose texts these are.
     *
     * @return the record type
     */
    public RecordType record() {
        return record;
    }

    /**
     * Whether the audit summaries (and field changes) of these records are removed too.
     *
     * @return true for the records whose audit entries may quote the person's data
     */
    public boolean auditSummaries() {
        return auditSummaries;
    }
}
