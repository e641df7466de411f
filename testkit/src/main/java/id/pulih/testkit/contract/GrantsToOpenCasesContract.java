package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantError;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.RejectionReason;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.Programme;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.testkit.contract.MatrixWorld.Grant;
import id.pulih.testkit.contract.MatrixWorld.Side;
import id.pulih.testkit.contract.MatrixWorld.Stage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A grant goes to an open case under its surviving registration ({@code AwardableCase}): an award to a closed case
 * or to a registration merged into another is refused ({@code award.case-closed}, {@code award.case-merged}, naming
 * the survivor); an award already made follows its registration into the survivor and is paid as the survivor's
 * one award; a re-issue and a disbursement to a closed case are refused, and that rule is asked again at every step
 * of disbursement, since a case may be closed by data written before closure waited for the bank (closing a case
 * whose payment is approved or sent is refused, {@code case.payment-in-flight}): batching leaves such a payment out (it stays approved and is
 * batched once the case is reopened), sending refuses the batch. A refused command leaves the store as it was.
 */
public abstract class GrantsToOpenCasesContract extends PortContract {
    private static final LocalDate SENT = LocalDate.of(2020, 5, 4);

    /** For subclasses. */
    protected GrantsToOpenCasesContract() {}

    @Test
    void aClosedCaseIsNotAwardedAGrant() {
        MatrixWorld world = new MatrixWorld(store());
        Grant grant = world.grant(Side.A, Stage.NO_AWARD);
        BeneficiaryId id = world.main(Side.A).id();
        close(world, id);

        refused(
                world,
                GrantError.AWARD_CASE_CLOSED,
                () -> world.hq.grants().award(grant.scheme().id(), id, world.account(Side.A)));

        assertThat(world.hq.grants().awards(grant.scheme().id())).isEmpty();
        assertThat(world.hq.grants().scheme(grant.scheme().id()).committed())
                .as("no budget committed")
                .isEqualTo(Rupiah.ZERO);
        world.hq.cases().reopen(id, "the family asked for the grant after all");
        assertThat(world.hq
                        .grants()
                        .award(grant.scheme().id(), id, world.account(Side.A))
                        .beneficiary())
                .isEqualTo(id);
    }

    @Test
    void aRegistrationMergedIntoAnotherIsNotAwardedAndTheRefusalNamesTheSurvivor() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        world.hq.cases().merge(pair.duplicate(), pair.survivor());

        RuleViolationException refusal = refused(
                world,
                GrantError.AWARD_CASE_MERGED,
                () -> world.hq.grants().award(pair.scheme().id(), pair.merged(), pair.account()));

        assertThat(refusal.getMessage()).contains(pair.survivor().toString());
        assertThat(world.hq.grants().awards(pair.scheme().id())).isEmpty();
        assertThat(world.hq
                        .grants()
                        .award(pair.scheme().id(), pair.survivor(), pair.account())
                        .beneficiary())
                .isEqualTo(pair.survivor());
    }

    @Test
    void anAwardOfACaseClosedSinceIsNotDisbursed() {
        MatrixWorld world = new MatrixWorld(store());
        Grant grant = world.grant(Side.A, Stage.AWARDED);
        close(world, grant.award().beneficiary());

        refused(
                world,
                GrantError.AWARD_CASE_CLOSED,
                () -> world.hq.grants().disburse(grant.award().id()));

        assertThat(world.hq.grants().payments(grant.award().id())).isEmpty();
    }

    @Test
    void anAwardWhoseRegistrationWasMergedSinceIsPaidAsTheSurvivorsAndIsItsOneAward() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        Award award = world.hq.grants().award(pair.scheme().id(), pair.merged(), pair.account());
        world.hq.cases().merge(pair.duplicate(), pair.survivor());

        Payment approved = world.hq.grants().disburse(award.id());
        List<PaymentBatch> batches =
                world.hq.grants().prepareBatches(pair.scheme().id(), 100);
        world.hq.grants().sendBatch(batches.get(0).id(), SENT);

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).payments()).containsExactly(approved.id());
        assertThat(world.hq.grants().payments(award.id()))
                .extracting(Payment::status)
                .containsExactly(PaymentStatus.SENT);
        Throwable again =
                catchThrowable(() -> world.hq.grants().award(pair.scheme().id(), pair.survivor(), pair.account()));
        assertThat(again)
                .as("the survivor already holds the award its merged registration was given")
                .isInstanceOf(id.pulih.shared.ConflictException.class);
    }

    @Test
    void aPaymentApprovedBeforeItsRegistrationWasMergedIsBatchedAsTheSurvivors() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        Award award = world.hq.grants().award(pair.scheme().id(), pair.merged(), pair.account());
        Payment approved = world.hq.grants().disburse(award.id());
        world.hq.cases().merge(pair.duplicate(), pair.survivor());

        List<PaymentBatch> batches =
                world.hq.grants().prepareBatches(pair.scheme().id(), 100);

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).payments())
                .as("not left waiting for ever once the registration is merged")
                .containsExactly(approved.id());
    }

    @Test
    void batchingLeavesOutThePaymentOfACaseClosedSinceAndTakesItOnceTheCaseIsReopened() {
        MatrixWorld world = new MatrixWorld(store());
        Grant grant = world.grant(Side.A, Stage.APPROVED);
        BeneficiaryId id = grant.award().beneficiary();
        closedWithAPaymentInFlight(world, id);
        long audited = world.pulih.store().auditTrail().count();

        List<PaymentBatch> none =
                world.hq.grants().prepareBatches(grant.scheme().id(), 100);

        assertThat(none).isEmpty();
        assertThat(world.pulih.store().auditTrail().count())
                .as("nothing batched, nothing audited")
                .isEqualTo(audited);
        assertThat(world.hq.grants().payments(grant.award().id()))
                .extracting(Payment::status, p -> p.batchId().isPresent())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PaymentStatus.APPROVED, false));

        world.hq.cases().reopen(id, "closed by mistake");
        List<PaymentBatch> batches =
                world.hq.grants().prepareBatches(grant.scheme().id(), 100);
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).payments()).containsExactly(grant.payment().id());
    }

    @Test
    void batchingCountsWhatItLeftOutInItsAuditEntry() {
        MatrixWorld world = new MatrixWorld(store());
        Grant closed = world.grant(Side.A, Stage.APPROVED);
        Pair pair = pair(world, closed.scheme());
        Award open = world.hq.grants().award(closed.scheme().id(), pair.merged(), pair.account());
        Payment waiting = world.hq.grants().disburse(open.id());
        closedWithAPaymentInFlight(world, closed.award().beneficiary());

        List<PaymentBatch> batches =
                world.hq.grants().prepareBatches(closed.scheme().id(), 100);

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).payments()).containsExactly(waiting.id());
        List<id.pulih.audit.AuditEntry> entries = world.pulih
                .store()
                .auditTrail()
                .forRecord(
                        id.pulih.shared.RecordType.GRANT_SCHEME.label(),
                        closed.scheme().id().toString());
        assertThat(entries.get(entries.size() - 1).summary())
                .contains("1 batch(es) prepared", "left out", "award.case-closed=1");
    }

    @Test
    void aBatchHoldingAPaymentOfACaseClosedSinceIsNotSent() {
        MatrixWorld world = new MatrixWorld(store());
        Grant grant = world.grant(Side.A, Stage.BATCHED);
        BeneficiaryId id = grant.award().beneficiary();
        closedWithAPaymentInFlight(world, id);

        refused(
                world,
                GrantError.AWARD_CASE_CLOSED,
                () -> world.hq.grants().sendBatch(grant.batch().id(), SENT));

        assertThat(world.hq.grants().batches(grant.scheme().id()))
                .extracting(b -> b.sent().isPresent())
                .containsExactly(false);
        assertThat(world.hq.grants().payments(grant.award().id()))
                .extracting(Payment::status)
                .containsExactly(PaymentStatus.APPROVED);
        world.hq.cases().reopen(id, "closed by mistake");
        assertThat(world.hq.grants().sendBatch(grant.batch().id(), SENT).sent()).contains(SENT);
    }

    @Test
    void aRejectedPaymentOfACaseClosedSinceIsNotReissuedButTheBankAnswerWasApplied() {
        MatrixWorld world = new MatrixWorld(store());
        Grant grant = world.grant(Side.A, Stage.SENT);
        BeneficiaryId id = grant.award().beneficiary();
        closedWithAPaymentInFlight(world, id);
        world.hq
                .grants()
                .applyBankResult(BankResult.rejected(
                        grant.payment().id(),
                        "BRI-R-CLOSED",
                        RejectionReason.ACCOUNT_CLOSED,
                        LocalDate.of(2020, 5, 5)));

        refused(
                world,
                GrantError.AWARD_CASE_CLOSED,
                () -> world.hq.grants().reissue(grant.award().id(), world.account(Side.A)));

        assertThat(world.hq.grants().payments(grant.award().id()))
                .extracting(Payment::status)
                .as("the bank's answer is recorded, no new payment")
                .containsExactly(PaymentStatus.REJECTED);
    }

    /**
     * Two registrations of one person flagged as one person, the second (to be merged) through a programme, and a
     * scheme on it.
     */
    private record Pair(
            BeneficiaryId survivor,
            BeneficiaryId merged,
            DuplicateId duplicate,
            GrantScheme scheme,
            AccountForm account) {}

    private static Pair pair(MatrixWorld world) {
        Programme programme = world.programme();
        return pair(world, programme, scheme(world, programme));
    }

    private static Pair pair(MatrixWorld world, GrantScheme scheme) {
        Programme programme = world.hq.guidance().get(scheme.programme());
        return pair(world, programme, scheme);
    }

    private static Pair pair(MatrixWorld world, Programme programme, GrantScheme scheme) {
        List<Object> pair = world.pair(Side.A);
        BeneficiaryId survivor = (BeneficiaryId) pair.get(0);
        BeneficiaryId merged = (BeneficiaryId) pair.get(1);
        // only the registration to be merged goes through the programme: a merge of two enrolments is refused
        world.enrol(programme, Side.A, merged);
        world.complete(programme, merged);
        String name = world.hq.cases().get(survivor).name().value();
        return new Pair(
                survivor, merged, (DuplicateId) pair.get(2), scheme, new AccountForm("BRI", "012300000077", name));
    }

    private static GrantScheme scheme(MatrixWorld world, Programme programme) {
        return world.hq
                .grants()
                .createScheme(new SchemeForm(
                        programme.id(),
                        Rupiah.parse("Rp 960.000"),
                        Rupiah.parse("Rp 9.600.000"),
                        "APBN Kemensos 2020"));
    }

    private static void close(MatrixWorld world, BeneficiaryId id) {
        world.hq.cases().close(id, CaseOutcome.LOST_CONTACT, "no answer after three visits");
    }

    /**
     * A case closed while a payment of it is approved or at the bank. Pulih refuses to close it
     * ({@code case.payment-in-flight}), so the case is closed as data written before that rule (or by another
     * system) holds it: straight in the store. Disbursement must still refuse to pay it.
     */
    private static void closedWithAPaymentInFlight(MatrixWorld world, BeneficiaryId id) {
        Throwable refused = catchThrowable(
                () -> world.hq.cases().close(id, CaseOutcome.LOST_CONTACT, "no answer after three visits"));
        assertThat(refused).isInstanceOf(RuleViolationException.class);
        assertThat(((RuleViolationException) refused).code()).isEqualTo("case.payment-in-flight");
        Beneficiaries cases = world.pulih.store().beneficiaries();
        Beneficiary open = cases.find(id).orElseThrow();
        cases.save(open.close(
                CaseOutcome.LOST_CONTACT,
                open.history().get(open.history().size() - 1).at().plusSeconds(1),
                "legacy-import",
                "closed in 2019"));
    }

    /** Asserts a command is refused with a rule's code and wrote no audit entry. */
    private static RuleViolationException refused(MatrixWorld world, ErrorCode code, Runnable call) {
        long audited = world.pulih.store().auditTrail().count();
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as("refused as " + code.code()).isInstanceOf(RuleViolationException.class);
        RuleViolationException refusal = (RuleViolationException) thrown;
        assertThat(refusal.code()).isEqualTo(code.code());
        assertThat(world.pulih.store().auditTrail().count())
                .as("a refused command writes no audit entry")
                .isEqualTo(audited);
        return refusal;
    }
}
