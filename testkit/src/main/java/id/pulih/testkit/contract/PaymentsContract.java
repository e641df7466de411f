package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.assertSameRecord;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.grant.Award;
import id.pulih.grant.GrantError;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.Payments;
import id.pulih.grant.RejectionReason;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.SchemeId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Payments}: optimistic locking; an award never has two payments that are not REJECTED
 * ({@code payment.active-exists}), so it is never paid twice, while a rejected one may be followed by another; the
 * queries by award and scheme (oldest approval first) and by batch (in the batch's order); and a round trip in each
 * status.
 */
public abstract class PaymentsContract extends PortContract {
    private static final LocalDate NOV_5 = LocalDate.of(2019, 11, 5);

    private Award award;

    /** For subclasses. */
    protected PaymentsContract() {}

    @BeforeEach
    final void storeAnAward() {
        award = storedAward();
    }

    private Payments payments() {
        return store().payments();
    }

    private GrantScheme scheme() {
        return store().grantSchemes().find(award.scheme()).orElseThrow();
    }

    private Award anotherAwardOfTheScheme() {
        return storedAward(scheme(), storedBeneficiary().id(), award.awardedOn());
    }

    /** A payment the bank refused, as stored after the answer, in a stored batch. */
    private static Payment rejected(Award of, PaymentBatch batch, LocalDate approvedOn) {
        return new Payment(
                PaymentId.next(),
                of.id(),
                of.scheme(),
                of.beneficiary(),
                of.amount(),
                of.account(),
                PaymentStatus.REJECTED,
                batch.id(),
                "BRI-RJ-" + approvedOn,
                RejectionReason.NAME_MISMATCH,
                approvedOn,
                approvedOn.plusDays(3),
                0);
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        Payment fresh = Payment.approve(award, NOV_5);

        Payment saved = payments().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(payments().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        Payment v1 = payments().save(Payment.approve(award, NOV_5));
        PaymentBatch batch = storedBatch(award.scheme(), NOV_5, v1);

        Payment v2 = payments().save(v1.batch(batch.id()));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(payments().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        Payment v1 = payments().save(Payment.approve(award, NOV_5));
        PaymentBatch batch = storedBatch(award.scheme(), NOV_5, v1);
        Payment v2 = payments().save(v1.batch(batch.id()));

        ConflictException stale = conflict(
                RecordError.STALE,
                RecordType.PAYMENT,
                () -> payments().save(v1.batch(batch.id()).send()));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(payments().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        Payment neverStored = Payment.approve(award, NOV_5).withVersion(1);

        conflict(RecordError.STALE, RecordType.PAYMENT, () -> payments().save(neverStored));

        assertThat(payments().find(neverStored.id())).isEmpty();
        assertThat(payments().forAward(award.id())).isEmpty();
    }

    @Test
    void findOfAnUnknownIdAwardSchemeOrBatchIsEmptyNeverNull() {
        payments().save(Payment.approve(award, NOV_5));

        assertThat(payments().find(PaymentId.next())).isNotNull().isEmpty();
        assertThat(payments().forAward(AwardId.next())).isNotNull().isEmpty();
        assertThat(payments().forScheme(SchemeId.next())).isNotNull().isEmpty();
        assertThat(payments().forBatch(BatchId.next())).isNotNull().isEmpty();
    }

    @Test
    void rejectsASecondPaymentOfAnAwardWhileOneIsApproved() {
        Payment first = payments().save(Payment.approve(award, NOV_5));
        Payment second = Payment.approve(award, NOV_5.plusDays(1));

        ConflictException active = conflict(
                GrantError.PAYMENT_ACTIVE_EXISTS,
                RecordType.PAYMENT,
                () -> payments().save(second));

        assertThat(active.recordId())
                .as("names the payment not rejected")
                .isEqualTo(first.id().toString());
        assertThat(payments().find(second.id())).isEmpty();
        assertThat(payments().forAward(award.id())).containsExactly(first);
    }

    @Test
    void aSentPaymentStillBlocksASecond() {
        Payment approved = payments().save(Payment.approve(award, NOV_5));
        PaymentBatch batch = storedBatch(award.scheme(), NOV_5, approved);
        Payment sent = payments().save(approved.batch(batch.id()).send());

        ConflictException active = conflict(
                GrantError.PAYMENT_ACTIVE_EXISTS,
                RecordType.PAYMENT,
                () -> payments().save(Payment.approve(award, NOV_5.plusDays(1))));

        assertThat(active.recordId()).isEqualTo(sent.id().toString());
    }

    @Test
    void aPaidAwardIsNeverPaidAgain() {
        Payment paid = storedSettledPayment(award, NOV_5, null);
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);

        ConflictException active = conflict(
                GrantError.PAYMENT_ACTIVE_EXISTS,
                RecordType.PAYMENT,
                () -> payments().save(Payment.approve(award, NOV_5.plusDays(30))));

        assertThat(active.recordId()).isEqualTo(paid.id().toString());
        assertThat(payments().forAward(award.id())).containsExactly(paid);
    }

    @Test
    void afterARejectionTheAwardMayBePaidAgainToACorrectedAccount() {
        Payment refused = storedSettledPayment(award, NOV_5, RejectionReason.ACCOUNT_NOT_FOUND);
        Award corrected = store().awards()
                .save(award.withAccount(BankAccount.of(BankCode.MANDIRI, "1234567890", PersonName.of("Siti Aminah"))));

        Payment again = payments().save(Payment.approve(corrected, NOV_5.plusDays(10)));

        assertThat(payments().forAward(award.id())).containsExactly(refused, again);
        conflict(
                GrantError.PAYMENT_ACTIVE_EXISTS,
                RecordType.PAYMENT,
                () -> payments().save(Payment.approve(corrected, NOV_5.plusDays(11))));
    }

    @Test
    void forAwardListsEveryPaymentOldestApprovalFirstAndRejectedOnesNeverConflict() {
        // saved latest first, so a store that returns insertion order fails
        Payment latest = payments().save(Payment.approve(award, NOV_5.plusDays(20)));
        PaymentBatch batch = storedBatch(award.scheme(), NOV_5.plusDays(20), latest);
        Payment earliest = payments().save(rejected(award, batch, NOV_5));
        Payment middle = payments().save(rejected(award, batch, NOV_5.plusDays(10)));
        payments().save(Payment.approve(anotherAwardOfTheScheme(), NOV_5.plusDays(1)));

        assertThat(payments().forAward(award.id())).containsExactly(earliest, middle, latest);
    }

    @Test
    void forSchemeListsThePaymentsOfEveryAwardOfTheSchemeOldestApprovalFirst() {
        Award other = anotherAwardOfTheScheme();
        Payment later = payments().save(Payment.approve(other, NOV_5.plusDays(5)));
        Payment earlier = payments().save(Payment.approve(award, NOV_5));
        payments().save(Payment.approve(storedAward(), NOV_5));

        assertThat(payments().forScheme(award.scheme())).containsExactly(earlier, later);
    }

    @Test
    void forBatchListsThePaymentsOfTheBatchInTheBatchsOrder() {
        Payment first = payments().save(Payment.approve(award, NOV_5));
        Payment second = payments().save(Payment.approve(anotherAwardOfTheScheme(), NOV_5.plusDays(1)));
        Payment third = payments().save(Payment.approve(anotherAwardOfTheScheme(), NOV_5.plusDays(2)));
        Payment unbatched = payments().save(Payment.approve(anotherAwardOfTheScheme(), NOV_5));
        // the file carries them in another order than approved and saved
        PaymentBatch batch = storedBatch(award.scheme(), NOV_5.plusDays(3), third, first, second);
        PaymentBatch other = storedBatch(award.scheme(), NOV_5.plusDays(3), unbatched);
        Payment firstBatched = payments().save(first.batch(batch.id()));
        Payment secondBatched = payments().save(second.batch(batch.id()));
        Payment thirdBatched = payments().save(third.batch(batch.id()));

        assertThat(payments().forBatch(batch.id())).containsExactly(thirdBatched, firstBatched, secondBatched);
        assertThat(payments().forBatch(other.id()))
                .as("a payment not yet batched")
                .isEmpty();
    }

    @Test
    void aPaymentInEachStatusRoundTrips() {
        Payment approved = Payment.approve(award, NOV_5);
        payments().save(approved);
        Payment batched = payments().save(Payment.approve(storedAward(), NOV_5));
        batched = payments()
                .save(batched.batch(
                        storedBatch(batched.scheme(), NOV_5, batched).id()));
        Payment sent = payments().save(Payment.approve(storedAward(), NOV_5));
        sent = payments()
                .save(sent.batch(storedBatch(sent.scheme(), NOV_5, sent).id()).send());
        Payment paid = storedSettledPayment(storedAward(), NOV_5, null);
        Payment refused = storedSettledPayment(storedAward(), NOV_5, RejectionReason.ACCOUNT_CLOSED);

        assertSameRecord(payments().find(approved.id()).orElseThrow(), approved.withVersion(1));
        for (Payment each : List.of(batched, sent, paid, refused)) {
            assertSameRecord(payments().find(each.id()).orElseThrow(), each);
        }
        assertThat(List.of(approved, batched, sent, paid, refused))
                .extracting(Payment::status)
                .containsExactly(
                        PaymentStatus.APPROVED,
                        PaymentStatus.APPROVED,
                        PaymentStatus.SENT,
                        PaymentStatus.PAID,
                        PaymentStatus.REJECTED);
        assertThat(approved.batchId()).isEmpty();
        assertThat(refused.rejectionReason()).contains(RejectionReason.ACCOUNT_CLOSED);
    }
}
