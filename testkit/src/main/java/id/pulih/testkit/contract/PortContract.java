package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.RejectionReason;
import id.pulih.guidance.Programme;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.SchemeId;
import id.pulih.shared.ShelterId;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.quicktheories.core.Gen;

/**
 * What every contract suite shares: a fresh, empty {@link Store} for each test, made by {@link #newStore()} and
 * handed back to {@link #release(Store)} afterwards.
 *
 * <p>A database store keeps foreign keys: a stay, return, grant, enrolment, award, payment, plan or follow-up may
 * refer only to records that are stored. So every test first stores what its records refer to, through the
 * {@code stored...} helpers here; only the access log may name any beneficiary id.
 *
 * <p>Extend {@link StoreContract} to run every suite at once; extend one of the port suites (for example
 * {@link BeneficiariesContract}) to run only that one.
 */
public abstract class PortContract {
    /**
     * How many generated aggregates a round-trip test saves. Each one gets a store of its own (shrinking replays
     * values, which a shared store would refuse as stale), and a database store may take milliseconds to create,
     * so these tests use a fixed sample rather than the thousand examples of a pure property; the value
     * generators themselves are checked with the full count in the testkit's own properties.
     */
    static final int GENERATED_SAMPLE = 50;

    private Store store;
    private int shelterCodes;

    /** For subclasses. */
    protected PortContract() {}

    /**
     * A new, empty store: called before every test, and once per generated example in the round-trip tests.
     *
     * @return the store under test, holding no records
     */
    protected abstract Store newStore();

    /**
     * Releases a store made by {@link #newStore()} (close a connection pool, drop a schema); does nothing unless
     * overridden.
     *
     * @param store the store to release
     */
    protected void release(Store store) {}

    /**
     * The store of the running test.
     *
     * @return the store made for this test
     */
    protected final Store store() {
        return store;
    }

    @BeforeEach
    final void openStore() {
        store = newStore();
        assertThat(store).as("newStore()").isNotNull();
    }

    @AfterEach
    final void releaseStore() {
        if (store != null) {
            release(store);
        }
    }

    /** Stores a beneficiary with nothing optional, registered at {@link ContractRecords#T0}, and returns it as stored. */
    final Beneficiary storedBeneficiary() {
        return store.beneficiaries().save(ContractRecords.beneficiary());
    }

    /** Stores, in a given store, a beneficiary with nothing optional and the given id, for a record to refer to. */
    static Beneficiary storedBeneficiary(Store in, BeneficiaryId id) {
        return in.beneficiaries().save(ContractRecords.beneficiary(id));
    }

    /** Stores a shelter with a code of its own ({@code SHELTER-1}, {@code SHELTER-2}, ...) and returns it. */
    final Shelter storedShelter() {
        shelterCodes++;
        return store.shelters().save(ContractRecords.shelter("SHELTER-" + shelterCodes));
    }

    /** Stores, in a given store, a shelter with the given id, for a record to refer to. */
    static Shelter storedShelter(Store in, ShelterId id) {
        return in.shelters().save(ContractRecords.shelter(id));
    }

    /** Stores an open stay of a person in a shelter, both stored before, and returns it as stored. */
    final Stay storedStay(BeneficiaryId beneficiary, ShelterId shelter, LocalDate admittedOn) {
        return store.stays().save(ContractRecords.stay(beneficiary, shelter, admittedOn));
    }

    /** Stores a new beneficiary, a new shelter and an open stay of the one in the other from {@link ContractRecords#DAY0}. */
    final Stay storedStay() {
        return storedStay(storedBeneficiary().id(), storedShelter().id(), ContractRecords.DAY0);
    }

    /** Stores a programme in a region from a date, partnered by the given organisations, and returns it. */
    final Programme storedProgramme(RegionCode region, LocalDate startsOn, OrganisationId... partners) {
        return store.programmes().save(ContractRecords.programme("Bimbingan Sosial", region, startsOn, partners));
    }

    /** Stores a programme in Lombok Tengah from 31 October 2019 and returns it. */
    final Programme storedProgramme() {
        return storedProgramme(ContractRecords.LOMBOK_TENGAH, LocalDate.of(2019, 10, 31));
    }

    /** Stores a scheme of a stored programme and returns it. */
    final GrantScheme storedScheme(ProgrammeId programme) {
        return store.grantSchemes().save(ContractRecords.scheme(programme));
    }

    /** Stores a programme and a scheme of it, and returns the scheme. */
    final GrantScheme storedScheme() {
        return storedScheme(storedProgramme().id());
    }

    /** Stores an award of a stored scheme to a stored beneficiary and returns it. */
    final Award storedAward(GrantScheme scheme, BeneficiaryId beneficiary, LocalDate awardedOn) {
        return store.awards().save(ContractRecords.award(scheme, beneficiary, awardedOn));
    }

    /** Stores a programme, a scheme, a beneficiary and an award of the scheme to the beneficiary; returns the award. */
    final Award storedAward() {
        return storedAward(storedScheme(), storedBeneficiary().id(), LocalDate.of(2019, 11, 1));
    }

    /** Stores a batch, unsent, of stored payments of one scheme, in the order given, and returns it. */
    final PaymentBatch storedBatch(SchemeId scheme, LocalDate createdOn, Payment... payments) {
        return store.paymentBatches()
                .save(new PaymentBatch(
                        BatchId.next(),
                        scheme,
                        payments[0].account().bank(),
                        Stream.of(payments).map(Payment::id).toList(),
                        createdOn,
                        null,
                        0));
    }

    /**
     * Stores a payment of an award the way the grant service moves it, each record stored before another refers to
     * it: approved, put in a batch of its own (stored first), sent, and answered by the bank.
     *
     * @param rejection why the bank refused, or null for a payment PAID
     */
    final Payment storedSettledPayment(Award award, LocalDate approvedOn, @Nullable RejectionReason rejection) {
        Payment approved = store.payments().save(Payment.approve(award, approvedOn));
        PaymentBatch batch = storedBatch(award.scheme(), approvedOn, approved);
        Payment sent = store.payments().save(approved.batch(batch.id()).send());
        store.paymentBatches().save(batch.send(approvedOn.plusDays(1)));
        String reference = "BRI-" + sent.id().value();
        BankResult answer = rejection == null
                ? BankResult.paid(sent.id(), reference, approvedOn.plusDays(3))
                : BankResult.rejected(sent.id(), reference, rejection, approvedOn.plusDays(3));
        return store.payments().save(sent.applyResult(answer).payment());
    }

    /** Checks a generated sample, each value against a store of its own. */
    final <T> void forEachGenerated(Gen<T> values, BiConsumer<Store, T> check) {
        qt().withExamples(GENERATED_SAMPLE).forAll(values).checkAssert(value -> {
            Store own = newStore();
            try {
                check.accept(own, value);
            } finally {
                release(own);
            }
        });
    }
}
