package id.pulih.shared;

/**
 * The one vocabulary for the kinds of record Pulih stores, used by {@link ConflictException},
 * {@link NotFoundException} and by every store (in memory and JDBC alike), so that a stale save of a grant scheme
 * is reported as {@code grant-scheme} whichever store refused it.
 */
public enum RecordType {
    /** A registered person, the case. */
    BENEFICIARY("beneficiary"),
    /** A bulk registration (an import) as a whole, as its one audit entry names it. */
    BENEFICIARY_IMPORT("beneficiary-import"),
    /** A file of bank results applied as one command, as its one audit entry names it. */
    BANK_RESULT_IMPORT("bank-result-import"),
    /** A pair of registrations that may be the same person. */
    POTENTIAL_DUPLICATE("potential-duplicate"),
    /** A request to close a case, waiting for a supervisor's decision. */
    CLOSURE_REQUEST("closure-request"),
    /** A shelter. */
    SHELTER("shelter"),
    /** A stay in a shelter. */
    STAY("stay"),
    /** A return home. */
    REPATRIATION("repatriation"),
    /** A guidance programme. */
    PROGRAMME("programme"),
    /** An enrolment in a programme. */
    ENROLMENT("enrolment"),
    /** A stimulus grant scheme. */
    GRANT_SCHEME("grant-scheme"),
    /** An award of a grant. */
    AWARD("award"),
    /** A payment of an award. */
    PAYMENT("payment"),
    /** A batch of payments sent to the bank. */
    PAYMENT_BATCH("payment-batch"),
    /** A proposal for further help. */
    PROPOSAL("proposal"),
    /** A reintegration plan. */
    REINTEGRATION_PLAN("reintegration-plan"),
    /** A service planned in a reintegration plan. */
    SERVICE("service"),
    /** A follow-up visit. */
    FOLLOW_UP("follow-up"),
    /** A break-the-glass access grant. */
    ACCESS_GRANT("access-grant"),
    /**
     * The reference a refusal gives instead of a case's id (the id of the access-log entry that recorded the
     * refusal), which a national officer can resolve.
     */
    ACCESS_REFERENCE("access-reference"),
    /** A data-subject request under UU PDP. */
    SUBJECT_REQUEST("subject-request"),
    /** The human review of a risk score, on the person's objection. */
    RISK_REVIEW("risk-review"),
    /** A breach in the breach register. */
    BREACH("breach"),
    /** A run of the retention rule, which anonymises closed cases kept past their period. */
    RETENTION_RUN("retention-run"),
    /** A record whose kind the store could not tell (an anonymous database constraint). */
    RECORD("record");

    private final String label;

    RecordType(String label) {
        this.label = label;
    }

    /**
     * The name used in codes and messages, such as {@code grant-scheme}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
