package id.pulih.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentTest {
    private static final LocalDate DAY = LocalDate.of(2019, 11, 1);
    private static final BankAccount SITI = BankAccount.of(BankCode.BRI, "0123456789", PersonName.of("Siti Aminah"));

    static Award award() {
        return new Award(AwardId.next(), SchemeId.next(), BeneficiaryId.next(), Rupiah.of(960_000), SITI, DAY, 0);
    }

    private static void assertSameAward(Payment moved, Payment approved) {
        assertThat(moved.id()).isEqualTo(approved.id());
        assertThat(moved.award()).isEqualTo(approved.award());
        assertThat(moved.scheme()).isEqualTo(approved.scheme());
        assertThat(moved.beneficiary()).isEqualTo(approved.beneficiary());
        assertThat(moved.amount()).isEqualTo(approved.amount());
        assertThat(moved.account()).isEqualTo(approved.account());
        assertThat(moved.approvedOn()).isEqualTo(approved.approvedOn());
        assertThat(moved.version()).isEqualTo(approved.version());
    }

    @Test
    void anApprovedPaymentHasNothingOfTheBankYet() {
        Payment approved = Payment.approve(award(), DAY);

        assertThat(approved.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(approved.batchId()).isEmpty();
        assertThat(approved.bankReference()).isEmpty();
        assertThat(approved.rejectionReason()).isEmpty();
        assertThat(approved.settledOn()).isEmpty();
        assertThat(approved.version()).isZero();
    }

    @Test
    void movesKeepTheAwardAndTheVersion() {
        Payment approved = Payment.approve(award(), DAY).withVersion(3);
        BatchId batch = BatchId.next();

        Payment batched = approved.batch(batch);
        Payment sent = batched.send();
        Payment.Applied applied = sent.applyResult(
                BankResult.rejected(sent.id(), "BRI-42", RejectionReason.NAME_MISMATCH, DAY.plusDays(7)));
        Payment rejected = applied.payment();

        assertSameAward(batched, approved);
        assertSameAward(sent, approved);
        assertSameAward(rejected, approved);
        assertThat(batched.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(batched.batchId()).contains(batch);
        assertThat(sent.status()).isEqualTo(PaymentStatus.SENT);
        assertThat(sent.batchId()).contains(batch);
        assertThat(sent.bankReference()).isEmpty();
        assertThat(applied.outcome()).isEqualTo(ResultOutcome.APPLIED);
        assertThat(rejected.status()).isEqualTo(PaymentStatus.REJECTED);
        assertThat(rejected.batchId()).contains(batch);
        assertThat(rejected.bankReference()).contains("BRI-42");
        assertThat(rejected.rejectionReason()).contains(RejectionReason.NAME_MISMATCH);
        assertThat(rejected.settledOn()).contains(DAY.plusDays(7));
    }

    @Test
    void aPaidPaymentHasNoRejectionAndTheSameAnswerTwiceChangesNothing() {
        Payment sent = Payment.approve(award(), DAY).batch(BatchId.next()).send();

        Payment paid = sent.applyResult(BankResult.paid(sent.id(), "BRI-7", DAY.plusDays(2)))
                .payment();
        Payment.Applied again = paid.applyResult(BankResult.paid(sent.id(), "BRI-7", DAY.plusDays(2)));

        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.rejectionReason()).isEmpty();
        assertThat(paid.bankReference()).contains("BRI-7");
        assertThat(again.outcome()).isEqualTo(ResultOutcome.ALREADY_APPLIED);
        assertThat(again.payment()).isSameAs(paid);
    }

    @Test
    void withVersionKeepsEveryFieldAndEqualityCoversThem() {
        Payment sent = Payment.approve(award(), DAY).batch(BatchId.next()).send();
        Payment paid = sent.applyResult(BankResult.paid(sent.id(), "BRI-7", DAY.plusDays(2)))
                .payment();

        Payment bumped = paid.withVersion(paid.version() + 1);

        assertThat(bumped.version()).isEqualTo(paid.version() + 1);
        assertThat(bumped.withVersion(paid.version())).isEqualTo(paid).hasSameHashCodeAs(paid);
        assertThat(bumped).isNotEqualTo(paid);
        assertThat(paid).isNotEqualTo(sent.withVersion(paid.version()));
        assertThat(paid.toString()).doesNotContain("0123456789");
    }

    @Test
    void refusesASentPaymentWithoutABatch() {
        Award award = award();

        assertThatThrownBy(() -> new Payment(
                        PaymentId.next(),
                        award.id(),
                        award.scheme(),
                        award.beneficiary(),
                        award.amount(),
                        award.account(),
                        PaymentStatus.SENT,
                        null,
                        null,
                        null,
                        DAY,
                        null,
                        0))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo(GrantError.PAYMENT_BATCH.code()));
    }
}
