package id.pulih;

import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.Proposal;
import id.pulih.grant.ProposalForm;
import id.pulih.grant.Reconciliation;
import id.pulih.grant.ResultOutcome;
import id.pulih.grant.SchemeForm;
import id.pulih.shared.AwardId;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ProposalId;
import id.pulih.shared.SchemeId;
import java.time.LocalDate;
import java.util.List;

/**
 * Business stimulus grants: schemes, awards to participants' own accounts, payment batches, bank results,
 * reconciliation and proposals.
 *
 * <pre>{@code
 * Grants grants = pulih.as(officer).grants();
 * GrantScheme scheme = grants.createScheme(new SchemeForm(praya.id(), Rupiah.parse("Rp 960.000"),
 *         Rupiah.parse("Rp 326.400.000"), "APBN Kemensos 2019"));
 * Award award = grants.award(scheme.id(), beneficiary, new AccountForm("BRI", "0123-01-000123-50-1", "Siti Aminah"));
 * grants.disburse(award.id());
 * List<PaymentBatch> batches = grants.prepareBatches(scheme.id(), 500);
 * grants.sendBatch(batches.get(0).id(), LocalDate.of(2019, 11, 4));
 * grants.applyBankResult(BankResult.paid(paymentId, "BRI-20191105-0001", LocalDate.of(2019, 11, 5)));
 * grants.reconcileScheme(scheme.id()).paidTotal();
 * }</pre>
 */
public interface Grants {
    /**
     * Sets up a scheme for a programme in the actor's jurisdiction.
     *
     * @param form the scheme
     * @return the scheme
     */
    GrantScheme createScheme(SchemeForm form);

    /**
     * A scheme.
     *
     * @param id its id
     * @return the scheme
     */
    GrantScheme scheme(SchemeId id);

    /**
     * Awards the scheme's amount to a participant who completed the programme, to an account in their own name; once
     * per person and scheme; never above the budget.
     *
     * @param scheme the scheme
     * @param beneficiary the participant
     * @param account the participant's own account
     * @return the award
     * @throws id.pulih.shared.RuleViolationException {@code award.case-closed} for a closed case,
     *     {@code award.case-merged} (naming the survivor) for a registration merged into another,
     *     {@code award.not-completed}, {@code award.account-name}, {@code scheme.budget}
     * @throws id.pulih.shared.ConflictException {@code award.exists}, naming the existing award
     */
    Award award(SchemeId scheme, BeneficiaryId beneficiary, AccountForm account);

    /**
     * Awards the scheme's amount as {@link #award} does, into the participant's own bank account on file (recorded at
     * intake, or put on file by a {@linkplain Cases#correct correction}); the same rules apply to it.
     *
     * <pre>{@code
     * Award award = grants.awardToAccountOnFile(scheme.id(), beneficiary);
     * }</pre>
     *
     * @param scheme the scheme
     * @param beneficiary the participant
     * @return the award, to the account on file
     * @throws id.pulih.shared.RuleViolationException {@code award.no-account} when no account is on file, and as
     *     {@link #award}
     * @throws id.pulih.shared.ConflictException {@code award.exists}, naming the existing award
     */
    Award awardToAccountOnFile(SchemeId scheme, BeneficiaryId beneficiary);

    /**
     * Approves the payment of an award (once: a second call while a payment is under way or paid is refused).
     *
     * @param award the award
     * @return the payment, APPROVED
     * @throws id.pulih.shared.RuleViolationException {@code award.case-closed} when the case was closed since the
     *     award. An award whose registration was merged into another since is paid as the survivor's: a merge never
     *     joins two awards of one scheme.
     * @throws id.pulih.shared.ConflictException {@code payment.active-exists}
     */
    Payment disburse(AwardId award);

    /**
     * Puts the approved, unbatched payments of a scheme into batches, one bank per batch, at most {@code maxSize} per
     * batch. Only the payments of cases the actor may open are batched (each case batched is in the access log); the
     * others wait for an officer who covers them, since the batch file carries their whole accounts. A payment whose
     * case was closed since its approval is left out too (as {@code award.case-closed} would refuse it; a payment
     * whose registration was merged since is batched as the survivor's), and so is one whose case's processing is
     * restricted or whose person was erased ({@code case.restricted}, {@code case.erased}): it stays approved and
     * unbatched, joins
     * a later batch once the case is reopened, and the audit entry counts what was left out, by code.
     *
     * @param scheme the scheme
     * @param maxSize the most payments per batch, 1 to {@link PaymentBatch#MAX_SIZE}
     * @return the new batches
     */
    List<PaymentBatch> prepareBatches(SchemeId scheme, int maxSize);

    /**
     * Marks a batch sent to its bank; its payments become SENT. The actor must be able to open the case of every
     * payment in the batch.
     *
     * @param batch the batch
     * @param on when, not after today
     * @return the sent batch
     * @throws id.pulih.access.AccessDeniedException when a payment's case lies outside the actor's reach
     * @throws id.pulih.shared.InvalidValueException {@code date.future} when the date is after today (Asia/Jakarta)
     * @throws id.pulih.shared.RuleViolationException {@code award.case-closed} when a payment's case was closed
     *     after it was batched: the batch is not sent
     */
    PaymentBatch sendBatch(BatchId batch, LocalDate on);

    /**
     * Applies one bank answer, idempotently: the same answer twice changes nothing; a conflicting answer for a
     * payment already answered changes nothing and is reported. The actor must be able to open the payment's case.
     *
     * @param result the answer
     * @return what it did
     * @throws id.pulih.shared.InvalidValueException {@code date.future} when the answer's date is after today
     *     (Asia/Jakarta)
     */
    ResultOutcome applyBankResult(BankResult result);

    /**
     * Applies a bank's result file in one command: one transaction, the role check of any change, the rules of {@link
     * #applyBankResult} for each answer and one audit entry for the file ({@code grant.bank-results}, record type
     * {@code bank-result-import}, the file's own id, with counts per outcome), none when no answer changed anything.
     * The body reads its source and hands each answer to {@link BulkBankResults#apply}; an answer refused changes
     * nothing and the body may carry on. If the body throws, nothing is written.
     *
     * <pre>{@code
     * long paid = pulih.as(officer).grants().applyBankResults(file -> {
     *     answers.forEach(file::apply);
     *     return file.count(ResultOutcome.APPLIED);
     * });
     * }</pre>
     *
     * @param <R> what the body answers
     * @param body reads the source and applies each answer; not null
     * @return what the body answered
     * @throws id.pulih.access.AccessDeniedException {@code access.role} for an actor who may not change records,
     *     before the body runs
     */
    <R> R applyBankResults(java.util.function.Function<BulkBankResults, R> body);

    /**
     * After a rejected transfer, corrects the account (still in the participant's own name) and issues a new payment.
     *
     * @param award the award
     * @param corrected the corrected account
     * @return the new payment, APPROVED
     * @throws id.pulih.shared.RuleViolationException {@code award.case-closed}, as {@link #disburse} refuses it
     */
    Payment reissue(AwardId award, AccountForm corrected);

    /**
     * The payments of an award, oldest first.
     *
     * @param award the award
     * @return the payments
     */
    List<Payment> payments(AwardId award);

    /**
     * The awards of a scheme.
     *
     * @param scheme the scheme
     * @return the awards
     */
    List<Award> awards(SchemeId scheme);

    /**
     * The batches of a scheme: only those whose every payment belongs to a case the actor may open (each one in the
     * access log).
     *
     * @param scheme the scheme
     * @return the batches
     */
    List<PaymentBatch> batches(SchemeId scheme);

    /**
     * The payments of a batch, in batch order, with their whole accounts: what the bank's file is written from. The
     * actor must be able to open the case of every payment; each is in the access log.
     *
     * @param batch the batch
     * @return the payments
     * @throws id.pulih.access.AccessDeniedException when a payment's case lies outside the actor's reach
     * @throws id.pulih.shared.NotFoundException {@code payment-batch.not-found}
     */
    List<Payment> batchPayments(BatchId batch);

    /**
     * Counts and totals by status for a batch.
     *
     * @param batch the batch
     * @return the reconciliation
     */
    Reconciliation reconcileBatch(BatchId batch);

    /**
     * Counts and totals by status for a scheme (every payment, including rejected attempts later re-issued).
     *
     * @param scheme the scheme
     * @return the reconciliation
     */
    Reconciliation reconcileScheme(SchemeId scheme);

    /**
     * Submits a proposal for further assistance, once the award was paid.
     *
     * @param form the proposal
     * @return the proposal, SUBMITTED
     * @throws id.pulih.shared.RuleViolationException {@code proposal.not-paid}
     */
    Proposal submitProposal(ProposalForm form);

    /**
     * Decides a proposal. Supervisors only.
     *
     * @param proposal the proposal
     * @param approve true to approve
     * @param reason why (required to reject)
     * @return the decided proposal
     */
    Proposal decideProposal(ProposalId proposal, boolean approve, String reason);
}
