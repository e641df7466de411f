package id.pulih;

import id.pulih.access.AccessGrant;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AuditEntry;
import id.pulih.shared.BeneficiaryId;
import java.time.Duration;
import java.util.List;

/** Accountability: break-the-glass access in emergencies, and reading the audit trail and access log. */
public interface Oversight {
    /**
     * Opens one case outside the actor's jurisdiction for an emergency, for a stated reason and at most 24 hours.
     * The grant is audited and every use of it is recorded in the access log.
     *
     * @param beneficiary the case
     * @param reason the emergency, at least 10 characters
     * @param duration how long, more than zero and at most 24 hours
     * @return the grant
     */
    AccessGrant breakGlass(BeneficiaryId beneficiary, String reason, Duration duration);

    /**
     * The audit trail of a record. Supervisors and auditors only. The trail of a record of a case (the beneficiary,
     * a stay, a return, an enrolment, an award, a payment, a proposal, a plan or service, a follow-up; both cases of a
     * potential duplicate; every case of a payment batch) needs access to each of its cases, and puts each in the
     * access log; that of a record of no case (a shelter, a programme, a scheme, an import) needs none.
     *
     * @param recordType for example {@code beneficiary}, {@code stay}, {@code shelter}
     * @param recordId the record's id
     * @return the entries, oldest first
     * @throws id.pulih.access.AccessDeniedException when a case of the record lies outside the actor's reach
     * @throws id.pulih.shared.NotFoundException when a record of a case does not exist
     */
    List<AuditEntry> auditTrail(String recordType, String recordId);

    /**
     * Who read or tried to reach a case. Supervisors and auditors only, within the jurisdiction.
     *
     * @param beneficiary the case
     * @return the entries, oldest first
     */
    List<AccessLogEntry> accessLog(BeneficiaryId beneficiary);
}
