package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.ResultOutcome;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: payment batches carry whole accounts, so preparing, listing, reading, sending and answering them needs
 * access to each payment's case, not only to the programme's region. A Jakarta case enrolled by override into a
 * programme held in Lombok Tengah is the case the Lombok Tengah officer cannot open.
 */
class BatchAccessTest {
    private static final LocalDate OCT_31 = LocalDate.of(2019, 10, 31);
    private static final LocalDate NOV_4 = LocalDate.of(2019, 11, 4);

    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);
    private final Desk lombokTengah = f.pulih.as(LOMBOK_TENGAH);
    private final SeedProgrammes seed = new SeedProgrammes(hq);

    private GrantScheme scheme;
    private BeneficiaryId local;
    private BeneficiaryId fromJakarta;
    private Payment localPayment;
    private Payment jakartaPayment;

    @BeforeEach
    void aLocalAndAJakartaCaseHaveApprovedPaymentsInOneScheme() {
        Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 10, SeedProgrammes.PANCA_KARSA);
        scheme = seed.scheme(praya, "Rp 960.000", "Rp 9.600.000");
        local = seed.participants(praya, "52.02.01", 1).get(0);
        Award localAward = seed.awardAll(scheme, List.of(local)).get(0);
        fromJakarta = hq.cases()
                .register(Fixtures.intake()
                        .name("Dewi Lestari")
                        .originRegion("31.71.01")
                        .consents(List.of(ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, OCT_31)))
                        .build())
                .beneficiary()
                .id();
        hq.guidance().enrol(praya.id(), fromJakarta, OCT_31, "stays with her sister in Praya");
        for (Topic topic : praya.topics()) {
            hq.guidance().recordAttendance(praya.id(), fromJakarta, topic, OCT_31);
        }
        Award jakartaAward =
                hq.grants().award(scheme.id(), fromJakarta, new AccountForm("BRI", "098765432101", "Dewi Lestari"));
        localPayment = hq.grants().disburse(localAward.id());
        jakartaPayment = hq.grants().disburse(jakartaAward.id());
    }

    @Test
    void theRegencyOfficerBatchesOnlyThePaymentsOfCasesItCanOpenAndTheOthersWaitForHeadquarters() {
        List<PaymentBatch> regency = lombokTengah.grants().prepareBatches(scheme.id(), 500);

        assertThat(regency)
                .singleElement()
                .satisfies(b -> assertThat(b.payments()).containsExactly(localPayment.id()));
        assertThat(accessLog(local, "grant.batch")).containsExactly(AccessOutcome.ALLOWED);
        assertThat(accessLog(fromJakarta, "grant.batch")).isEmpty();

        List<PaymentBatch> national = hq.grants().prepareBatches(scheme.id(), 500);
        assertThat(national)
                .singleElement()
                .satisfies(b -> assertThat(b.payments()).containsExactly(jakartaPayment.id()));
    }

    @Test
    void aBatchLeavesOutThePaymentOfARestrictedCaseUntilTheRestrictionIsLifted() {
        Desk supervisor = f.pulih.as(Fixtures.HQ_SUPERVISOR);
        supervisor.privacy().restrict(fromJakarta, "asked by phone to stop all processing");

        List<PaymentBatch> batches = hq.grants().prepareBatches(scheme.id(), 500);

        assertThat(batches)
                .singleElement()
                .satisfies(b -> assertThat(b.payments()).containsExactly(localPayment.id()));
        assertThat(f.pulih
                        .store()
                        .payments()
                        .find(jakartaPayment.id())
                        .orElseThrow()
                        .batchId())
                .as("it waits, approved and unbatched; reading it is refused while restricted")
                .isEmpty();
        supervisor.privacy().liftRestriction(fromJakarta, "the person agreed again");
        assertThat(hq.grants().prepareBatches(scheme.id(), 500))
                .singleElement()
                .satisfies(b -> assertThat(b.payments()).containsExactly(jakartaPayment.id()));
    }

    @Test
    void aBatchHoldingAPaymentOfACaseTheOfficerCannotOpenIsNotListedReadSentOrAnswered() {
        PaymentBatch batch = hq.grants().prepareBatches(scheme.id(), 500).get(0);

        assertThat(lombokTengah.grants().batches(scheme.id())).isEmpty();
        assertThatThrownBy(() -> lombokTengah.grants().batchPayments(batch.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lombokTengah.grants().sendBatch(batch.id(), NOV_4))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(hq.grants().batchPayments(batch.id()))
                .extracting(Payment::status)
                .containsOnly(PaymentStatus.APPROVED);

        hq.grants().sendBatch(batch.id(), NOV_4);
        BankResult paid = BankResult.paid(jakartaPayment.id(), "BRI-0001", NOV_4);
        assertThatThrownBy(() -> lombokTengah.grants().applyBankResult(paid)).isInstanceOf(AccessDeniedException.class);
        long refused = lombokTengah.grants().applyBankResults(file -> {
            assertThatThrownBy(() -> file.apply(paid)).isInstanceOf(AccessDeniedException.class);
            return file.refused();
        });
        assertThat(refused).isEqualTo(1);
        assertThat(hq.grants().applyBankResult(paid)).isEqualTo(ResultOutcome.APPLIED);
    }

    @Test
    void theBatchFileReadPutsEveryCaseOfTheBatchInTheAccessLogInBatchOrder() {
        PaymentBatch batch = hq.grants().prepareBatches(scheme.id(), 500).get(0);

        List<Payment> payments = hq.grants().batchPayments(batch.id());

        assertThat(payments).extracting(Payment::id).containsExactlyElementsOf(batch.payments());
        assertThat(payments).extracting(p -> p.account().number()).contains("098765432101");
        assertThat(accessLog(fromJakarta, "grant.batch-read", HQ.id())).containsExactly(AccessOutcome.ALLOWED);
        assertThat(accessLog(local, "grant.batch-read", HQ.id())).containsExactly(AccessOutcome.ALLOWED);
    }

    private List<AccessOutcome> accessLog(BeneficiaryId id, String action) {
        return accessLog(id, action, LOMBOK_TENGAH.id());
    }

    private List<AccessOutcome> accessLog(BeneficiaryId id, String action, String actorId) {
        return f.pulih.as(AUDITOR).oversight().accessLog(id).stream()
                .filter(e -> e.actorId().equals(actorId) && e.action().equals(action))
                .map(e -> e.outcome())
                .toList();
    }
}
