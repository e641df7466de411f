package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.assertSameRecord;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.grant.Award;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentBatches;
import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.SchemeId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PaymentBatches}: optimistic locking, the batches of a scheme oldest first, and a round trip
 * that keeps the payments in the file's order.
 */
public abstract class PaymentBatchesContract extends PortContract {
    private static final LocalDate NOV_5 = LocalDate.of(2019, 11, 5);

    private GrantScheme scheme;

    /** For subclasses. */
    protected PaymentBatchesContract() {}

    @BeforeEach
    final void storeAScheme() {
        scheme = storedScheme();
    }

    private PaymentBatches batches() {
        return store().paymentBatches();
    }

    /** A stored, approved payment of a new award of the scheme. */
    private Payment approvedPayment() {
        Award award = storedAward(scheme, storedBeneficiary().id(), NOV_5.minusDays(4));
        return store().payments().save(Payment.approve(award, NOV_5));
    }

    private PaymentBatch batch(LocalDate createdOn, Payment... payments) {
        return new PaymentBatch(
                BatchId.next(),
                scheme.id(),
                BankCode.BRI,
                List.of(payments).stream().map(Payment::id).toList(),
                createdOn,
                null,
                0);
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        PaymentBatch fresh = batch(NOV_5, approvedPayment());

        PaymentBatch saved = batches().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(batches().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        PaymentBatch v1 = batches().save(batch(NOV_5, approvedPayment()));

        PaymentBatch v2 = batches().save(v1.send(NOV_5.plusDays(1)));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(batches().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        PaymentBatch v1 = batches().save(batch(NOV_5, approvedPayment()));
        PaymentBatch v2 = batches().save(v1.send(NOV_5.plusDays(1)));

        ConflictException stale = conflict(
                RecordError.STALE, RecordType.PAYMENT_BATCH, () -> batches().save(v1.send(NOV_5.plusDays(2))));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(batches().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        PaymentBatch neverStored = batch(NOV_5, approvedPayment()).withVersion(1);

        conflict(RecordError.STALE, RecordType.PAYMENT_BATCH, () -> batches().save(neverStored));

        assertThat(batches().find(neverStored.id())).isEmpty();
        assertThat(batches().forScheme(scheme.id())).isEmpty();
    }

    @Test
    void findOfAnUnknownIdOrSchemeIsEmptyNeverNull() {
        batches().save(batch(NOV_5, approvedPayment()));

        assertThat(batches().find(BatchId.next())).isNotNull().isEmpty();
        assertThat(batches().forScheme(SchemeId.next())).isNotNull().isEmpty();
    }

    @Test
    void forSchemeListsTheBatchesOfTheSchemeOldestFirst() {
        // saved latest first, so a store that returns insertion order fails
        PaymentBatch latest = batches().save(batch(NOV_5.plusDays(20), approvedPayment()));
        PaymentBatch earliest = batches().save(batch(NOV_5, approvedPayment()));
        PaymentBatch middle = batches().save(batch(NOV_5.plusDays(10), approvedPayment()));
        Payment elsewhere = store().payments().save(Payment.approve(storedAward(), NOV_5));
        storedBatch(elsewhere.scheme(), NOV_5, elsewhere);

        assertThat(batches().forScheme(scheme.id())).containsExactly(earliest, middle, latest);
    }

    @Test
    void anUnsentAndASentBatchRoundTripWithThePaymentsInFileOrder() {
        Payment a = approvedPayment();
        Payment b = approvedPayment();
        Payment c = approvedPayment();
        PaymentBatch unsent = batch(NOV_5, c, a, b);
        PaymentBatch sent = batch(NOV_5, approvedPayment()).send(NOV_5.plusDays(2));

        batches().save(unsent);
        batches().save(sent);

        assertSameRecord(batches().find(unsent.id()).orElseThrow(), unsent.withVersion(1));
        assertSameRecord(batches().find(sent.id()).orElseThrow(), sent.withVersion(1));
        assertThat(batches().find(unsent.id()).orElseThrow().payments()).containsExactly(c.id(), a.id(), b.id());
    }
}
