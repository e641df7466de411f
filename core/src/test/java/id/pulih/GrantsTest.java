package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.Proposal;
import id.pulih.grant.ProposalForm;
import id.pulih.grant.ProposalStatus;
import id.pulih.grant.Reconciliation;
import id.pulih.grant.RejectionReason;
import id.pulih.grant.ResultOutcome;
import id.pulih.guidance.Programme;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantsTest {
    private static final LocalDate OCT_31 = LocalDate.of(2019, 10, 31);
    private static final LocalDate NOV_13 = LocalDate.of(2019, 11, 13);

    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);
    private final SeedProgrammes seed = new SeedProgrammes(hq);

    @Test
    void lombokTengahPays340ParticipantsRp960000EachRp326400000InAll() {
        Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 340, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(praya, "Rp 960.000", "Rp 326.400.000");
        List<BeneficiaryId> people = seed.participants(praya, "52.02.01", 340);

        Reconciliation paid = payEveryone(scheme, seed.awardAll(scheme, people));

        assertThat(paid.paidCount()).isEqualTo(340);
        assertThat(paid.paidTotal()).isEqualTo(Rupiah.parse("Rp 326.400.000"));
        assertThat(paid.paidTotal().format()).isEqualTo("Rp 326.400.000");
        assertThat(hq.grants().scheme(scheme.id()).remaining()).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void bothLombokEventsTogetherPayRp470400000AndKupangRp225000000() {
        Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 340, SeedProgrammes.PANCA_KARSA);
        Programme sukmaRasa = seed.programme("Aula RM Sukma Rasa", "52.01", OCT_31, 150, SeedProgrammes.PANCA_KARSA);
        Programme tarus =
                seed.programme("Gereja GMIT Bethesda Tarus", "53.01", NOV_13, 250, SeedProgrammes.RUMAH_PEREMPUAN);
        GrantScheme prayaGrant = seed.scheme(praya, "Rp 960.000", "Rp 326.400.000");
        GrantScheme sukmaGrant = seed.scheme(sukmaRasa, "Rp 960.000", "Rp 144.000.000");
        GrantScheme tarusGrant = seed.scheme(tarus, "Rp 900.000", "Rp 225.000.000");

        Rupiah lombokTengah = payEveryone(
                        prayaGrant, seed.awardAll(prayaGrant, seed.participants(praya, "52.02.01", 340)))
                .paidTotal();
        Rupiah lombokBarat = payEveryone(
                        sukmaGrant, seed.awardAll(sukmaGrant, seed.participants(sukmaRasa, "52.01.01", 150)))
                .paidTotal();
        Rupiah kupang = payEveryone(tarusGrant, seed.awardAll(tarusGrant, seed.participants(tarus, "53.01.08", 250)))
                .paidTotal();

        assertThat(lombokTengah.format()).isEqualTo("Rp 326.400.000");
        assertThat(lombokBarat.format()).isEqualTo("Rp 144.000.000");
        assertThat(Rupiah.sum(lombokTengah, lombokBarat).format()).isEqualTo("Rp 470.400.000");
        assertThat(kupang.format()).isEqualTo("Rp 225.000.000");
    }

    @Test
    void neverAwardsAboveTheBudget() {
        Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 10, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(praya, "Rp 960.000", "Rp 1.920.000");
        List<BeneficiaryId> people = seed.participants(praya, "52.02.01", 3);
        seed.awardAll(scheme, people.subList(0, 2));

        assertThatThrownBy(() -> hq.grants()
                        .award(
                                scheme.id(),
                                people.get(2),
                                new AccountForm("BRI", "012300000002", SeedProgrammes.name(2))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("scheme.budget"));
        assertThat(hq.grants().scheme(scheme.id()).committed()).isEqualTo(Rupiah.parse("Rp 1.920.000"));
    }

    @Test
    void awardsOnlyCompletedParticipantsOnceIntoTheirOwnAccount() {
        Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 10, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(praya, "Rp 960.000", "Rp 9.600.000");
        BeneficiaryId done = seed.participants(praya, "52.02.01", 1).get(0);
        BeneficiaryId notDone = hq.cases()
                .register(Fixtures.intake()
                        .name("Wayan")
                        .consents(List.of(id.pulih.beneficiary.ConsentForm.given(
                                id.pulih.beneficiary.ConsentPurpose.PROGRAMME_PARTICIPATION, OCT_31)))
                        .build())
                .beneficiary()
                .id();
        hq.guidance().enrol(praya.id(), notDone, OCT_31, null);
        hq.guidance().recordAttendance(praya.id(), notDone, praya.topics().get(0), OCT_31);

        assertThatThrownBy(() -> hq.grants().award(scheme.id(), notDone, new AccountForm("BNI", "0987654321", "Wayan")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("award.not-completed"));
        assertThatThrownBy(() -> hq.grants().award(scheme.id(), done, new AccountForm("BRI", "0123456789", "Agus")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("award.account-name"));
        hq.grants().award(scheme.id(), done, new AccountForm("BRI", "0123456789", "PESERTA  a"));
        assertThatThrownBy(() -> hq.grants()
                        .award(scheme.id(), done, new AccountForm("BRI", "0123456789", SeedProgrammes.name(0))))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("award.exists"));
    }

    @Test
    void aRejectedTransferIsCorrectedAndPaidOnceAndBankResultsAreIdempotent() {
        Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 10, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(praya, "Rp 960.000", "Rp 9.600.000");
        Award award =
                seed.awardAll(scheme, seed.participants(praya, "52.02.01", 1)).get(0);
        Payment first = hq.grants().disburse(award.id());
        assertThatThrownBy(() -> hq.grants().disburse(award.id()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("payment.active-exists"));
        PaymentBatch batch = hq.grants().prepareBatches(scheme.id(), 100).get(0);
        hq.grants().sendBatch(batch.id(), LocalDate.of(2019, 11, 4));

        BankResult rejected = BankResult.rejected(
                first.id(), "BRI-0001", RejectionReason.ACCOUNT_NOT_FOUND, LocalDate.of(2019, 11, 5));
        assertThat(hq.grants().applyBankResult(rejected)).isEqualTo(ResultOutcome.APPLIED);
        long audit = f.pulih.store().auditTrail().count();
        assertThat(hq.grants().applyBankResult(rejected)).isEqualTo(ResultOutcome.ALREADY_APPLIED);
        assertThat(hq.grants().applyBankResult(BankResult.paid(first.id(), "BRI-0002", LocalDate.of(2019, 11, 6))))
                .isEqualTo(ResultOutcome.CONFLICT);
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(audit);

        Payment second =
                hq.grants().reissue(award.id(), new AccountForm("002", "0123 9999 01", SeedProgrammes.name(0)));
        PaymentBatch retry = hq.grants().prepareBatches(scheme.id(), 100).get(0);
        hq.grants().sendBatch(retry.id(), LocalDate.of(2019, 11, 7));
        assertThat(hq.grants().applyBankResult(BankResult.paid(second.id(), "BRI-0003", LocalDate.of(2019, 11, 8))))
                .isEqualTo(ResultOutcome.APPLIED);
        assertThat(hq.grants().applyBankResult(BankResult.paid(second.id(), "BRI-0003", LocalDate.of(2019, 11, 8))))
                .isEqualTo(ResultOutcome.ALREADY_APPLIED);

        assertThat(hq.grants().payments(award.id()))
                .extracting(Payment::status)
                .containsExactly(PaymentStatus.REJECTED, PaymentStatus.PAID);
        Reconciliation r = hq.grants().reconcileScheme(scheme.id());
        assertThat(r.paidCount()).isEqualTo(1);
        assertThat(r.rejectedCount()).isEqualTo(1);
        assertThat(r.paidTotal()).isEqualTo(Rupiah.parse("Rp 960.000"));
        assertThat(hq.grants().reconcileBatch(batch.id()).rejectedTotal()).isEqualTo(Rupiah.parse("Rp 960.000"));
        assertThatThrownBy(() ->
                        hq.grants().reissue(award.id(), new AccountForm("002", "0123999901", SeedProgrammes.name(0))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("payment.not-rejected"));
    }

    @Test
    void batchesAreBoundedAndOneBankEach() {
        Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 10, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(praya, "Rp 960.000", "Rp 9.600.000");
        List<BeneficiaryId> people = seed.participants(praya, "52.02.01", 5);
        for (int i = 0; i < 5; i++) {
            Award a = hq.grants()
                    .award(
                            scheme.id(),
                            people.get(i),
                            new AccountForm(
                                    i < 3 ? "BRI" : "NTB Syariah", SeedProgrammes.account(i), SeedProgrammes.name(i)));
            hq.grants().disburse(a.id());
        }

        List<PaymentBatch> batches = hq.grants().prepareBatches(scheme.id(), 2);

        assertThat(batches).extracting(b -> b.payments().size()).containsExactly(2, 1, 2);
        assertThat(batches).extracting(b -> b.bank().code()).containsExactly("002", "002", "128");
        assertThat(hq.grants().prepareBatches(scheme.id(), 2)).isEmpty();
    }

    @Test
    void aProposalFollowsAPaidGrantAndIsDecidedByASupervisor() {
        Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 10, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(praya, "Rp 960.000", "Rp 9.600.000");
        Award award =
                seed.awardAll(scheme, seed.participants(praya, "52.02.01", 1)).get(0);
        ProposalForm form = new ProposalForm(award.id(), "kue kering: a second oven", Rupiah.parse("Rp 2.500.000"));

        assertThatThrownBy(() -> hq.grants().submitProposal(form))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("proposal.not-paid"));
        payEveryone(scheme, List.of(award));
        Proposal submitted = hq.grants().submitProposal(form);
        assertThatThrownBy(() -> hq.grants().decideProposal(submitted.id(), true, "ok"))
                .isInstanceOf(id.pulih.access.AccessDeniedException.class);
        Proposal approved = f.pulih.as(HQ_SUPERVISOR).grants().decideProposal(submitted.id(), true, "business runs");
        assertThat(approved.status()).isEqualTo(ProposalStatus.APPROVED);
    }

    private Reconciliation payEveryone(GrantScheme scheme, List<Award> awards) {
        for (Award a : awards) {
            hq.grants().disburse(a.id());
        }
        int ref = 0;
        for (PaymentBatch batch : hq.grants().prepareBatches(scheme.id(), 500)) {
            hq.grants().sendBatch(batch.id(), LocalDate.of(2019, 11, 20));
            for (var paymentId : batch.payments()) {
                hq.grants().applyBankResult(BankResult.paid(paymentId, "REF-" + ref++, LocalDate.of(2019, 11, 21)));
            }
        }
        return hq.grants().reconcileScheme(scheme.id());
    }
}
