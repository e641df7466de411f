package id.pulih;

import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.ClosureRequest;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.CorrectionForm;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.beneficiary.NikAttachmentForm;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.Nik;
import java.util.List;
import java.util.Optional;

/**
 * Intake and the case's life: registration (one person, one case), assessments, consents, status moves, duplicates.
 * Every method runs as the actor of the {@link Desk} it came from, within that actor's jurisdiction.
 *
 * <pre>{@code
 * Registration r = pulih.as(officer).cases().register(form);
 * pulih.as(officer).cases().assess(r.beneficiary().id(), assessment);
 * }</pre>
 */
public interface Cases {
    /**
     * Registers a beneficiary from an intake form.
     *
     * @param form the form, validated with every violation reported at once
     * @return the new case, and any probable duplicates flagged
     * @throws id.pulih.shared.InvalidFormException when the form is invalid
     * @throws id.pulih.shared.ConflictException {@code beneficiary.nik-registered}, naming the existing case, when
     *     the NIK is already registered in a case the actor covers
     * @throws id.pulih.access.AccessDeniedException {@code case.elsewhere} when the NIK is registered in a case the
     *     actor does not cover (whatever its role, a partner's too): the message names no case, only a
     *     {@linkplain id.pulih.access.AccessDeniedException#reference() reference} that a national officer can
     *     {@linkplain Oversight#resolveReference resolve}; the refusal is in the access log
     */
    Registration register(IntakeForm form);

    /**
     * Registers many beneficiaries in one command: one transaction, the role check of any change, the duplicate
     * rule of {@link #register}, one audit entry for the batch and a {@link
     * id.pulih.beneficiary.BeneficiaryRegistered} event per record after commit. The body reads its source (a file of
     * a million rows, say) and hands the new records to {@link BulkRegistration#register} a chunk at a time; if it
     * throws, nothing is written.
     *
     * <p>The audit entry ({@code case.import}, record type {@code beneficiary-import}, the batch's own id) names the
     * records it created by its instant and actor: each was registered at exactly {@link BulkRegistration#at()} by
     * this actor, which the batch checks. One entry for the batch, rather than one per record or a list of ids,
     * keeps the trail and the memory small for a million rows.
     *
     * <p>The body hands over its records and gets back a decision for each ({@link BulkRegistration#register}): the
     * matching against what is stored (a repeated case, a NIK registered in a case the actor does not cover, records
     * to flag as potential duplicates) happens in the engine, under the access rules, and the body learns nothing of
     * the store beyond those decisions.
     *
     * <pre>{@code
     * long registered = pulih.as(officer).cases().registerAll(batch -> {
     *     for (List<Beneficiary> chunk : chunks(file, batch.at())) {
     *         batch.register(chunk);
     *     }
     *     return batch.registered();
     * });
     * }</pre>
     *
     * @param <R> what the body answers
     * @param body reads the source and registers it in chunks; not null
     * @return what the body answered
     * @throws id.pulih.access.AccessDeniedException {@code access.role} for an actor who may not change records,
     *     before the body runs
     */
    <R> R registerAll(java.util.function.Function<BulkRegistration, R> body);

    /**
     * Opens a case (a merged id opens the survivor). The read is recorded in the access log.
     *
     * @param id the case
     * @return the beneficiary
     * @throws id.pulih.shared.NotFoundException when unknown
     * @throws id.pulih.access.AccessDeniedException outside the jurisdiction
     */
    Beneficiary get(BeneficiaryId id);

    /**
     * Opens a case to disclose its identifiers whole (NIK, No. KK, phone numbers), as an identified export does: only
     * for a supervisor of a government unit ({@link id.pulih.access.Actor#mayDiscloseIdentifiers()}), within the
     * jurisdiction as {@link #get} decides, and with a stated purpose that the access log keeps with the read. Auditors,
     * case workers and partners get masked data only ({@link #get} and {@code toString()} mask every identifier).
     *
     * <pre>{@code
     * Beneficiary b = pulih.as(supervisor).cases().disclose(id, "BPJS PBI-JKN enrolment list for Dinsos NTB");
     * String nik = b.person().nik().map(Nik::value).orElse("");
     * }</pre>
     *
     * @param id the case
     * @param purpose why the identifiers are needed, not blank, at most 1,000 characters; kept in the access log
     * @return the beneficiary
     * @throws id.pulih.access.AccessDeniedException {@code access.identified} for anyone but a supervisor of a
     *     government unit (before anything is read), {@code access.denied} outside the jurisdiction
     * @throws id.pulih.shared.InvalidValueException {@code purpose.required} or {@code text.length} for the purpose
     * @throws id.pulih.shared.NotFoundException when unknown
     */
    Beneficiary disclose(BeneficiaryId id, String purpose);

    /**
     * The next page of the cases this actor may see, in identifier order: merged records and cases outside the
     * jurisdiction are passed over silently; each case returned is recorded in the access log as read.
     *
     * <pre>{@code
     * Optional<BeneficiaryId> after = Optional.empty();
     * for (List<Beneficiary> page; !(page = cases.list(after, 500)).isEmpty(); ) {
     *     page.forEach(exporter::write);
     *     after = Optional.of(page.get(page.size() - 1).id());
     * }
     * }</pre>
     *
     * @param after the last id of the previous page, or empty to start
     * @param limit the most to return, 1 to 10,000
     * @return up to {@code limit} visible cases after {@code after}; empty at the end
     */
    List<Beneficiary> list(Optional<BeneficiaryId> after, int limit);

    /**
     * Finds the case registered with a NIK (the survivor, when merged); the read is in the access log.
     *
     * <p><b>A NIK registered elsewhere.</b> When the case lies outside the actor's jurisdiction (and no grant opens
     * it), this throws {@code case.elsewhere} rather than answering empty. The answer names no case, only a reference
     * (the id of the access-log entry of the refusal) that a national officer can
     * {@linkplain Oversight#resolveReference resolve} to put the two offices in touch. Why not empty: one person has
     * one case, so {@link #register} must refuse that NIK anyway, and does so with the same {@code case.elsewhere};
     * an empty answer here would hide nothing the next call does not tell, and would send the officer to register a
     * person who is already being helped. The fact that a NIK is registered somewhere is all either call tells; every
     * such answer is a {@code DENIED} entry in the access log, so probing NIKs leaves a trail.
     *
     * @param nik the NIK
     * @return the beneficiary, or empty when no case has the NIK
     * @throws id.pulih.access.AccessDeniedException {@code case.elsewhere} when the case lies outside the
     *     jurisdiction, with a reference and without the case's id
     */
    Optional<Beneficiary> findByNik(Nik nik);

    /**
     * The registered members of one household: the active cases recorded with this family card number (No. KK), within
     * the actor's jurisdiction. Like every list, it is filtered case by case: a member whose case the actor does not
     * cover is left out without a refusal, and each case returned is recorded in the access log as read. Stores answer
     * from an index on the family card.
     *
     * <pre>{@code
     * List<Beneficiary> members = pulih.as(officer).cases().household(FamilyCardNumber.of("5202010101200001"));
     * }</pre>
     *
     * @param familyCard the family card number; not null
     * @return the members the actor may see, oldest registration first
     */
    List<Beneficiary> household(id.pulih.shared.FamilyCardNumber familyCard);

    /**
     * Records an assessment.
     *
     * @param id the case
     * @param form the assessment
     * @return the changed case
     */
    Beneficiary assess(BeneficiaryId id, AssessmentForm form);

    /**
     * Records a consent given or withdrawn. A withdrawal stops the processing for its purpose in the same command,
     * listed in its one audit entry (UU PDP art. 9): {@code DISCLOSURE_TO_PARTNERS} withdraws the open referrals of
     * the case's active plan, so partners no longer see it; {@code FOLLOW_UP_CONTACT} marks the SCHEDULED follow-ups
     * not to contact ({@link id.pulih.reintegration.FollowUp#noContact()}), which takes them off the due list until
     * the consent is given again; {@code PROGRAMME_PARTICIPATION} refuses new enrolments and attendance ({@code
     * programme.consent-withdrawn}). A consent to disclosure that lapses (its expiry) closes the case to partners the
     * same way, without any write.
     *
     * @param id the case
     * @param form the consent
     * @return the changed case
     */
    Beneficiary recordConsent(BeneficiaryId id, ConsentForm form);

    /**
     * Corrects a case's record (rectification and completion, UU PDP No. 27/2022 art. 6): name, sex, birth date or
     * estimated year, origin, phone, No. KK, document status, the bank account on file and the trafficking profile,
     * with a reason. The form is checked as an intake form is, every violation at once, and the corrected record must
     * still agree with the NIK it holds. The case's history keeps the correction, and the audit entry lists every
     * field changed with its value before and after, identifiers masked. A corrected name, birth date, origin or
     * No. KK is checked for duplicates again, as at intake. A case worker or supervisor who covers the case may
     * correct it; a closed case too, a merged registration never (correct its survivor).
     *
     * <pre>{@code
     * Beneficiary b = cases.get(id);
     * Corrected c = cases.correct(id, new CorrectionFormBuilder()
     *         .birthDate(LocalDate.of(1991, 7, 5))
     *         .reason("birth date from the recovered family card")
     *         .expectedVersion(b.version())
     *         .build());
     * }</pre>
     *
     * @param id the case (a merged id is refused as {@code case.merged})
     * @param form the correction
     * @return the corrected case, and the potential duplicates flagged
     * @throws id.pulih.shared.InvalidFormException when the form is invalid, or the corrected record disagrees with
     *     its NIK ({@code nik.sex-mismatch}, {@code nik.birthdate-mismatch})
     * @throws id.pulih.shared.ConflictException {@code record.stale} when the case changed since the version read
     * @throws id.pulih.shared.RuleViolationException {@code correction.none} when nothing would change
     * @throws id.pulih.access.AccessDeniedException outside the jurisdiction, or for an auditor
     */
    Corrected correct(BeneficiaryId id, CorrectionForm form);

    /**
     * Attaches a NIK to a case registered without one, once the documents are recovered: the documents become held,
     * and the history and the audit entry keep the change. The NIK must agree with the record (sex, birth date and
     * the province of origin), unless the form says why it does not. When the NIK is another case's, it is not
     * attached, and a potential duplicate linking the two cases is opened for a supervisor (or the open one found):
     * the command succeeds with that refusal as its result, so that the duplicate is kept; the other case is named
     * only to an officer who covers it, and others get a reference.
     *
     * @param id the case
     * @param form the NIK, the reason, whether the reason explains a disagreement, and the version read
     * @return attached, or refused with the duplicate opened
     * @throws id.pulih.shared.InvalidFormException when the form is invalid, or the NIK disagrees with the record
     *     without an explanation ({@code nik.province-mismatch}, {@code nik.sex-mismatch},
     *     {@code nik.birthdate-mismatch}, with {@code nik.mismatch-explained})
     * @throws id.pulih.shared.RuleViolationException {@code nik.on-file} when the case holds a NIK already
     * @throws id.pulih.shared.ConflictException {@code record.stale} when the case changed since the version read
     * @throws id.pulih.access.AccessDeniedException outside the jurisdiction, or for an auditor
     */
    NikAttachment attachNik(BeneficiaryId id, NikAttachmentForm form);

    /**
     * Moves a repatriated case (or one registered at home) into reintegration.
     *
     * @param id the case
     * @return the changed case, IN_REINTEGRATION
     */
    Beneficiary startReintegration(BeneficiaryId id);

    /**
     * Closes a case with an outcome, on a supervisor's own decision (the direct way; a case worker asks with {@link
     * #requestClosure}, and another supervisor decides). Supervisors of government units only, and not while a
     * request to close the case is pending (decide it instead).
     *
     * <p>In the same transaction, listed in the one audit entry: the case's active reintegration plan is closed (its
     * SCHEDULED follow-ups CANCELLED, its open referrals WITHDRAWN, so partners no longer see the case), and any other
     * SCHEDULED follow-up of the case is cancelled. Refused, before anything is written, while something keeps the case
     * open, counting every registration merged into it.
     *
     * @param id the case
     * @param outcome the outcome
     * @param note a note, may be empty
     * @return the closed case
     * @throws id.pulih.shared.RuleViolationException {@code case.return-under-way}, {@code case.open-stay}, {@code
     *     case.payment-in-flight} (a stimulus payment APPROVED or SENT to the bank)
     * @throws id.pulih.shared.ConflictException {@code closure.pending-exists} while a request is pending
     * @throws id.pulih.shared.IllegalTransitionException {@code case.transition} when already closed
     */
    Beneficiary close(BeneficiaryId id, CaseOutcome outcome, String note);

    /**
     * Asks for a case to be closed with an outcome: a supervisor other than the requester then approves it ({@link
     * #approveClosure}) or returns it ({@link #returnClosure}). Officers of government units; one pending request per
     * case. The same checks as {@link #close} are made now, and again on approval.
     *
     * <pre>{@code
     * pulih.as(caseWorker).cases().requestClosure(id, CaseOutcome.REINTEGRATED, "self-reliant since March");
     * pulih.as(supervisor).cases().approveClosure(id);        // closes the case, its plan, follow-ups, referrals
     * }</pre>
     *
     * @param id the case
     * @param outcome the outcome asked for
     * @param note a note, may be empty, at most 1,000 characters
     * @return the request, PENDING
     * @throws id.pulih.shared.ConflictException {@code closure.pending-exists}
     * @throws id.pulih.shared.RuleViolationException as {@link #close}
     * @throws id.pulih.shared.IllegalTransitionException {@code case.transition} when already closed
     */
    ClosureRequest requestClosure(BeneficiaryId id, CaseOutcome outcome, String note);

    /**
     * Approves the pending request to close a case, which then closes as {@link #close} closes it, with the requested
     * outcome and note. A supervisor of a government unit other than the requester.
     *
     * @param id the case
     * @return the closed case
     * @throws id.pulih.shared.RuleViolationException {@code closure.none} when no request is pending; as {@link
     *     #close} when something still keeps the case open
     * @throws id.pulih.access.AccessDeniedException {@code closure.four-eyes} for the requester, {@code access.role}
     *     for anyone but a supervisor
     */
    Beneficiary approveClosure(BeneficiaryId id);

    /**
     * Returns the pending request to close a case, with a reason; the case stays open and a new request may be made.
     * A supervisor of a government unit other than the requester.
     *
     * @param id the case
     * @param reason why, required
     * @return the request, RETURNED
     * @throws id.pulih.shared.RuleViolationException {@code closure.none} when no request is pending
     * @throws id.pulih.access.AccessDeniedException {@code closure.four-eyes} for the requester
     */
    ClosureRequest returnClosure(BeneficiaryId id, String reason);

    /**
     * The request to close a case waiting for a decision, if any. The read is in the access log.
     *
     * @param id the case
     * @return the request, or empty
     */
    Optional<ClosureRequest> pendingClosure(BeneficiaryId id);

    /**
     * Reopens a closed case with a reason, back to the status before closing. Supervisors of government units only.
     * Nothing that closing ended is restored: the audit entry says what must be planned again (each plan closed with
     * the case, on which day, how many follow-ups were cancelled, which referrals ended).
     *
     * @param id the case
     * @param reason why
     * @return the reopened case
     * @throws id.pulih.shared.RuleViolationException {@code case.not-closed} unless closed
     */
    Beneficiary reopen(BeneficiaryId id, String reason);

    /**
     * The open potential duplicates both of whose cases this actor can open (by jurisdiction or a break-the-glass
     * grant); each case of each pair listed is in the access log.
     *
     * @return the duplicates, oldest first
     */
    List<PotentialDuplicate> openDuplicates();

    /**
     * Resolves a potential duplicate as two different people. Supervisors only, who can open both cases of the pair.
     *
     * @param id the duplicate
     * @param note why
     * @return the resolved duplicate, INVALID
     */
    PotentialDuplicate dismissDuplicate(DuplicateId id, String note);

    /**
     * Merges a potential duplicate: the other record of the pair is merged into {@code survivor}, which keeps both
     * histories; the merged id stays resolvable to the survivor. Supervisors only, who can open both cases of the
     * pair.
     *
     * @param id the duplicate
     * @param survivor the record to keep, one of the pair
     * @return the survivor
     */
    Beneficiary merge(DuplicateId id, BeneficiaryId survivor);
}
