package id.pulih;

import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrantId;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AuditEntry;
import id.pulih.shared.BeneficiaryId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Accountability: break-the-glass access in emergencies, resolving the references refusals give, and reading the
 * audit trail and access log.
 *
 * <pre>{@code
 * AccessGrant grant = pulih.as(officer).oversight()
 *         .breakGlass(caseId, "admitted unconscious to RSUD Kupang", Duration.ofHours(4));
 * pulih.as(supervisor).oversight().renewGrant(grant.id(), "still in intensive care", Duration.ofHours(4));
 * }</pre>
 */
public interface Oversight {
    /**
     * Opens one case outside the actor's jurisdiction for an emergency, for a stated reason and at most 24 hours,
     * from now. The grant is audited, raises an {@link id.pulih.access.AccessGranted} event after commit, and every
     * use of it is recorded in the access log. Case workers and supervisors of a government unit only.
     *
     * @param beneficiary the case
     * @param reason the emergency, at least 10 characters
     * @param duration how long, more than zero and at most 24 hours
     * @return the grant
     * @throws id.pulih.access.AccessDeniedException {@code access.role} for an auditor, {@code grant.partner} for a
     *     partner organisation
     * @throws id.pulih.shared.ConflictException {@code grant.active} when the actor already holds a grant for the
     *     case in force now ({@link id.pulih.access.OneGrantPerOfficer}); a supervisor can renew it
     * @throws id.pulih.shared.InvalidValueException {@code grant.reason}, {@code grant.duration}
     */
    AccessGrant breakGlass(BeneficiaryId beneficiary, String reason, Duration duration);

    /**
     * Renews a grant for its holder: a new grant, for the same officer and case, that starts when the holder's latest
     * grant for the case lapses (or now, when it has lapsed already) and lasts {@code duration}. Only a supervisor
     * whose jurisdiction covers the case (a grant of its own does not count) and who is not the holder may renew, so
     * that nobody keeps a case open back to back by renewing their own grant. Audited, and raises an
     * {@link id.pulih.access.AccessGranted} event naming the supervisor ({@link AccessGrant#renewedBy()}).
     *
     * @param grant the grant to renew (any of the holder's grants for the case)
     * @param reason why the emergency goes on, at least 10 characters
     * @param duration how long the renewal lasts, more than zero and at most 24 hours
     * @return the new grant
     * @throws id.pulih.shared.NotFoundException {@code access-grant.not-found} for an unknown grant
     * @throws id.pulih.access.AccessDeniedException {@code access.role} for anyone but a supervisor,
     *     {@code grant.renewal} for the holder, {@code access.denied} for a supervisor whose jurisdiction does not
     *     cover the case
     */
    AccessGrant renewGrant(AccessGrantId grant, String reason, Duration duration);

    /**
     * The grants in force at some time since an instant (lapsed since or not), of cases this actor covers, oldest
     * start first: for the supervisors and auditors of a case's jurisdiction to watch who broke the glass. Filtered
     * row by row by the coverage rule of every list; each case listed is in the access log.
     *
     * @param since the instant
     * @return the grants
     * @throws id.pulih.access.AccessDeniedException {@code access.role} for anyone but a supervisor or an auditor
     */
    List<AccessGrant> grants(Instant since);

    /**
     * The case behind a reference that a {@code case.elsewhere} refusal gave (the id of the access-log entry of the
     * refusal): so that the national office can put the two offices in touch. National officers only, of any role;
     * the read is in the access log.
     *
     * @param reference the reference, as the refusal gave it
     * @return the case (the survivor, when merged since)
     * @throws id.pulih.shared.InvalidValueException {@code reference.format} when it is not a reference
     * @throws id.pulih.access.AccessDeniedException {@code reference.national} for an officer of any other
     *     jurisdiction, before anything is looked up
     * @throws id.pulih.shared.NotFoundException {@code access-reference.not-found} when no refusal has it
     */
    BeneficiaryId resolveReference(String reference);

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
