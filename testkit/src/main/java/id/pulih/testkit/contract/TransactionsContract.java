package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.DAY0;
import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.access;
import static id.pulih.testkit.contract.ContractRecords.audit;
import static id.pulih.testkit.contract.ContractRecords.beneficiary;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.grant;
import static id.pulih.testkit.contract.ContractRecords.nik;
import static id.pulih.testkit.contract.ContractRecords.plan;
import static id.pulih.testkit.contract.ContractRecords.shelter;
import static id.pulih.testkit.contract.ContractRecords.stay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BeneficiaryError;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.repatriation.Repatriation;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Store#inTransaction}: all of the work's changes are kept, or none; the work's exception
 * propagates unchanged; a nested transaction joins the outer one; a refused save inside a transaction undoes the
 * saves made before it.
 */
public abstract class TransactionsContract extends PortContract {
    /** For subclasses. */
    protected TransactionsContract() {}

    /** Thrown by the work; a type of its own, so the test can tell it was not wrapped or replaced. */
    static final class WorkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkFailed() {
            super("the work failed on purpose");
        }
    }

    /** An error rather than an exception: it must undo the work too. */
    static final class WorkBroke extends Error {
        private static final long serialVersionUID = 1L;

        WorkBroke() {
            super("the work broke on purpose");
        }
    }

    /** The records a test saves in one transaction, one in each port. */
    private record Saved(Beneficiary beneficiary, Shelter shelter, Stay stay, Repatriation repatriation) {}

    private Saved saveOneOfEach() {
        Beneficiary b = store().beneficiaries().save(beneficiary(nik(1)));
        Shelter s = store().shelters().save(shelter("RPTC-BAMBU-APUS"));
        Stay st = store().stays().save(stay(b.id(), s.id(), DAY0));
        Repatriation r = store().repatriations().save(plan(st, DAY0.plusDays(7)));
        Beneficiary existing = store().beneficiaries().save(beneficiary());
        store().potentialDuplicates()
                .save(PotentialDuplicate.flag(b.id(), existing.id(), id.pulih.beneficiary.DuplicateScore.identical()));
        store().accessGrants().add(grant("doctor-1", b.id(), T0, Duration.ofHours(1)));
        store().auditTrail().append(audit(T0, "officer-1", "beneficiary", b.id().toString()));
        store().accessLog().append(access(T0, "officer-1", b.id(), AccessOutcome.ALLOWED));
        return new Saved(b, s, st, r);
    }

    private void assertNothingOf(Saved saved) {
        assertThat(store().beneficiaries().find(saved.beneficiary().id())).isEmpty();
        assertThat(store().beneficiaries().findByNik(nik(1))).isEmpty();
        assertThat(store().beneficiaries().count()).isZero();
        assertThat(store().shelters().find(saved.shelter().id())).isEmpty();
        assertThat(store().shelters().all()).isEmpty();
        assertThat(store().stays().find(saved.stay().id())).isEmpty();
        assertThat(store().stays().findOpen(saved.beneficiary().id())).isEmpty();
        assertThat(store().repatriations().find(saved.repatriation().id())).isEmpty();
        assertThat(store().potentialDuplicates().open()).isEmpty();
        assertThat(store().accessGrants().forBeneficiary(saved.beneficiary().id()))
                .isEmpty();
        assertThat(store().auditTrail().count()).isZero();
        assertThat(store().accessLog().forBeneficiary(saved.beneficiary().id())).isEmpty();
    }

    @Test
    void commitsEverythingOnSuccessAndReturnsTheResult() {
        Saved saved = store().inTransaction(this::saveOneOfEach);

        assertThat(store().beneficiaries().find(saved.beneficiary().id())).contains(saved.beneficiary());
        assertThat(store().shelters().find(saved.shelter().id())).contains(saved.shelter());
        assertThat(store().stays().find(saved.stay().id())).contains(saved.stay());
        assertThat(store().repatriations().find(saved.repatriation().id())).contains(saved.repatriation());
        assertThat(store().potentialDuplicates().open()).hasSize(1);
        assertThat(store().accessGrants().forBeneficiary(saved.beneficiary().id()))
                .hasSize(1);
        assertThat(store().auditTrail().count()).isEqualTo(1);
        assertThat(store().accessLog().forBeneficiary(saved.beneficiary().id())).hasSize(1);
    }

    @Test
    void whenTheWorkThrowsEverySaveInsideIsUndoneAndTheExceptionPropagatesUnchanged() {
        WorkFailed failure = new WorkFailed();
        Saved[] saved = new Saved[1];

        Throwable thrown = catchThrowable(() -> store().inTransaction(() -> {
            saved[0] = saveOneOfEach();
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertNothingOf(saved[0]);
    }

    @Test
    void whenTheWorkThrowsAnErrorEverySaveInsideIsUndoneToo() {
        WorkBroke failure = new WorkBroke();
        Saved[] saved = new Saved[1];

        Throwable thrown = catchThrowable(() -> store().inTransaction(() -> {
            saved[0] = saveOneOfEach();
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertNothingOf(saved[0]);
    }

    @Test
    void whenTheWorkThrowsACheckedExceptionEverySaveInsideIsUndoneToo() {
        // Java code cannot throw a checked exception from a Supplier, but Kotlin, Groovy and sneaky throws can
        Exception failure = new Exception("checked, thrown sneakily");
        Saved[] saved = new Saved[1];

        Throwable thrown = catchThrowable(() -> store().inTransaction(() -> {
            saved[0] = saveOneOfEach();
            return TransactionsContract.<RuntimeException>sneakyThrow(failure);
        }));

        assertThat(thrown).isSameAs(failure);
        assertNothingOf(saved[0]);
    }

    @Test
    void theRunnableFormRollsBackAlike() {
        WorkFailed failure = new WorkFailed();
        Saved[] saved = new Saved[1];

        Throwable thrown = catchThrowable(() -> store().inTransaction((Runnable) () -> {
            saved[0] = saveOneOfEach();
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertNothingOf(saved[0]);
    }

    @Test
    void aFailedTransactionUndoesUpdatesToTheVersionBefore() {
        Beneficiary v1 = store().beneficiaries().save(beneficiary(nik(1)));

        catchThrowable(() -> store().inTransaction(() -> {
            store().beneficiaries().save(v1.moveTo(CaseStatus.SHELTERED, T0.plusSeconds(60), "officer-1", ""));
            throw new WorkFailed();
        }));

        assertThat(store().beneficiaries().find(v1.id())).contains(v1);
        Beneficiary v2 = store().beneficiaries()
                .save(v1.moveTo(CaseStatus.IN_REINTEGRATION, T0.plusSeconds(90), "officer-1", ""));
        assertThat(v2.version()).isEqualTo(2);
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        WorkFailed failure = new WorkFailed();
        Beneficiary[] inner = new Beneficiary[1];

        Throwable thrown = catchThrowable(() -> store().inTransaction(() -> {
            inner[0] = store().inTransaction(() -> store().beneficiaries().save(beneficiary(nik(1))));
            assertThat(store().beneficiaries().find(inner[0].id()))
                    .as("the inner work is visible inside the outer transaction")
                    .contains(inner[0]);
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(store().beneficiaries().find(inner[0].id()))
                .as("the inner transaction was undone with the outer one")
                .isEmpty();
    }

    @Test
    void nestedTransactionsThatSucceedAreKept() {
        Beneficiary saved = store().inTransaction(() ->
                store().inTransaction(() -> store().beneficiaries().save(beneficiary(nik(1)))));

        assertThat(store().beneficiaries().find(saved.id())).contains(saved);
    }

    @Test
    void aUniquenessFailureInsideATransactionRollsBackItsEarlierSaves() {
        Beneficiary holder = store().beneficiaries().save(beneficiary(nik(1)));
        Shelter shelter = shelter("RPTC-BAMBU-APUS");
        Beneficiary other = beneficiary(nik(2));

        conflict(
                BeneficiaryError.NIK_REGISTERED,
                RecordType.BENEFICIARY,
                () -> store().inTransaction(() -> {
                    store().shelters().save(shelter);
                    store().beneficiaries().save(other);
                    store().auditTrail()
                            .append(audit(
                                    T0, "officer-1", "beneficiary", other.id().toString()));
                    return store().beneficiaries().save(beneficiary(nik(1)));
                }));

        assertThat(store().shelters().find(shelter.id())).isEmpty();
        assertThat(store().beneficiaries().find(other.id())).isEmpty();
        assertThat(store().auditTrail().count()).isZero();
        assertThat(store().beneficiaries().findByNik(nik(1))).contains(holder);
        assertThat(store().beneficiaries().count()).isEqualTo(1);
    }

    @Test
    void aStaleSaveInsideATransactionRollsBackItsEarlierSaves() {
        Beneficiary v1 = store().beneficiaries().save(beneficiary());
        Shelter shelter = shelter("RPTC-BAMBU-APUS");

        conflict(
                RecordError.STALE,
                RecordType.BENEFICIARY,
                () -> store().inTransaction(() -> {
                    store().shelters().save(shelter);
                    store().beneficiaries().save(v1.moveTo(CaseStatus.SHELTERED, T0.plusSeconds(60), "officer-1", ""));
                    return store().beneficiaries()
                            .save(v1.moveTo(CaseStatus.IN_REINTEGRATION, T0.plusSeconds(60), "officer-2", ""));
                }));

        assertThat(store().shelters().all()).isEmpty();
        assertThat(store().beneficiaries().find(v1.id())).contains(v1);
    }

    @Test
    void theStoreStaysUsableAfterARollback() {
        catchThrowable(() -> store().inTransaction(() -> {
            store().beneficiaries().save(beneficiary(nik(1)));
            throw new WorkFailed();
        }));

        Beneficiary again = store().beneficiaries().save(beneficiary(nik(1)));

        assertThat(again.version()).isEqualTo(1);
        assertThat(store().beneficiaries().findByNik(nik(1))).contains(again);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> Void sneakyThrow(Throwable failure) throws E {
        throw (E) failure;
    }
}
