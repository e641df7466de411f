package id.pulih.access;

/** What an officer may do within the jurisdiction. */
public enum Role {
    /** Registers, assesses, admits, plans returns: changes cases. */
    CASE_WORKER,
    /** A case worker who may also resolve duplicates, approve closings and reopen cases. */
    SUPERVISOR,
    /** Reads cases and audit trails; changes nothing. */
    AUDITOR;

    /**
     * Whether this role may change records.
     *
     * @return false for an auditor
     */
    public boolean canChange() {
        return this != AUDITOR;
    }
}
