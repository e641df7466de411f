package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.assertSameShelter;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.shelter;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.shared.ConflictException;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.ShelterId;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterError;
import id.pulih.shelter.Shelters;
import id.pulih.testkit.PulihGen;
import org.junit.jupiter.api.Test;

/** The contract of {@link Shelters}: optimistic locking, unique codes, ordering by code, and a round trip. */
public abstract class SheltersContract extends PortContract {
    /** For subclasses. */
    protected SheltersContract() {}

    private Shelters shelters() {
        return store().shelters();
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        Shelter fresh = shelter("RPTC-BAMBU-APUS");

        Shelter saved = shelters().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(shelters().find(fresh.id())).contains(saved);
        assertSameShelter(shelters().findByCode("RPTC-BAMBU-APUS").orElseThrow(), saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        Shelter v1 = shelters().save(shelter("RPTC-BAMBU-APUS"));

        Shelter v2 = shelters().save(v1.admitOne().withCapacity(60));

        assertThat(v2.version()).isEqualTo(2);
        assertSameShelter(shelters().find(v1.id()).orElseThrow(), v2);
        assertThat(v2.occupied()).isEqualTo(1);
        assertThat(v2.capacity()).isEqualTo(60);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        Shelter v1 = shelters().save(shelter("RPTC-BAMBU-APUS"));
        Shelter v2 = shelters().save(v1.admitOne());

        ConflictException stale =
                conflict(RecordError.STALE, RecordType.SHELTER, () -> shelters().save(v1.withCapacity(10)));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(shelters().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        Shelter neverStored = shelter("RPTC-BAMBU-APUS").withVersion(1);

        conflict(RecordError.STALE, RecordType.SHELTER, () -> shelters().save(neverStored));

        assertThat(shelters().find(neverStored.id())).isEmpty();
        assertThat(shelters().all()).isEmpty();
    }

    @Test
    void findOfAnUnknownIdOrCodeIsEmptyNeverNull() {
        shelters().save(shelter("RPTC-BAMBU-APUS"));

        assertThat(shelters().find(ShelterId.next())).isNotNull().isEmpty();
        assertThat(shelters().findByCode("RPTC-NOWHERE")).isNotNull().isEmpty();
    }

    @Test
    void rejectsASecondShelterWithTheSameCode() {
        Shelter first = shelters().save(shelter("RPTC-BAMBU-APUS"));
        Shelter second = shelter("RPTC-BAMBU-APUS");

        ConflictException taken = conflict(
                ShelterError.CODE_TAKEN, RecordType.SHELTER, () -> shelters().save(second));

        assertThat(taken.recordId())
                .as("names the shelter holding the code")
                .isEqualTo(first.id().toString());
        assertThat(shelters().find(second.id())).isEmpty();
        assertThat(shelters().all()).containsExactly(first);
    }

    @Test
    void updatingAShelterKeepsItsOwnCodeWithoutConflict() {
        Shelter v1 = shelters().save(shelter("RPTC-BAMBU-APUS"));

        assertThat(shelters().save(v1.admitOne()).version()).isEqualTo(2);
    }

    @Test
    void allIsOrderedByCode() {
        Shelter c = shelters().save(shelter("SENTRA-C"));
        Shelter a = shelters().save(shelter("BALAI-A"));
        Shelter b = shelters().save(shelter("RPTC-B"));

        assertThat(shelters().all()).containsExactly(a, b, c);
    }

    @Test
    void generatedSheltersRoundTrip() {
        forEachGenerated(PulihGen.shelters(), (store, generated) -> {
            Shelter saved = store.shelters().save(generated);

            assertSameShelter(store.shelters().find(generated.id()).orElseThrow(), saved);
            assertThat(store.shelters().findByCode(generated.code())).contains(saved);
        });
    }
}
