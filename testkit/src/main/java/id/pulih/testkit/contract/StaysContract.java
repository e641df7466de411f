package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.DAY0;
import static id.pulih.testkit.contract.ContractRecords.assertSameStay;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.stay;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceDelivery;
import id.pulih.shelter.ServiceKind;
import id.pulih.shelter.ShelterError;
import id.pulih.shelter.Stay;
import id.pulih.shelter.Stays;
import id.pulih.testkit.PulihGen;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Stays}: optimistic locking, one open stay per person, the queries by person and the
 * occupancy of a shelter on a date, and a round trip with services and a transfer.
 */
public abstract class StaysContract extends PortContract {
    private BeneficiaryId person;
    private ShelterId shelter;

    /** For subclasses. */
    protected StaysContract() {}

    @BeforeEach
    final void storePersonAndShelter() {
        person = storedBeneficiary().id();
        shelter = storedShelter().id();
    }

    private BeneficiaryId someoneElse() {
        return storedBeneficiary().id();
    }

    private ShelterId elsewhere() {
        return storedShelter().id();
    }

    private Stays stays() {
        return store().stays();
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        Stay fresh = stay(person, shelter, DAY0);

        Stay saved = stays().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(stays().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        Stay v1 = stays().save(stay(person, shelter, DAY0));

        Stay v2 = stays().save(v1.record(new ServiceDelivery(ServiceKind.MEALS, DAY0, "officer-1", "")));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(stays().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        Stay v1 = stays().save(stay(person, shelter, DAY0));
        Stay v2 = stays().save(v1.record(new ServiceDelivery(ServiceKind.MEALS, DAY0, "officer-1", "")));

        ConflictException stale = conflict(
                RecordError.STALE,
                RecordType.STAY,
                () -> stays().save(v1.discharge(DAY0.plusDays(3), DischargeReason.OTHER, "")));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(stays().find(v1.id())).contains(v2);
        assertThat(stays().findOpen(person)).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        Stay neverStored = stay(person, shelter, DAY0).withVersion(2);

        conflict(RecordError.STALE, RecordType.STAY, () -> stays().save(neverStored));

        assertThat(stays().find(neverStored.id())).isEmpty();
        assertThat(stays().findOpen(person)).isEmpty();
        assertThat(stays().occupancyOn(shelter, DAY0)).isZero();
    }

    @Test
    void findOfAnUnknownIdOrPersonIsEmptyNeverNull() {
        stays().save(stay(person, shelter, DAY0));

        assertThat(stays().find(StayId.next())).isNotNull().isEmpty();
        assertThat(stays().findOpen(BeneficiaryId.next())).isNotNull().isEmpty();
        assertThat(stays().forBeneficiary(BeneficiaryId.next())).isNotNull().isEmpty();
        assertThat(stays().occupancyOn(ShelterId.next(), DAY0)).isZero();
    }

    @Test
    void rejectsASecondOpenStayForTheSamePerson() {
        Stay first = stays().save(stay(person, shelter, DAY0));
        Stay second = stay(person, elsewhere(), DAY0.plusDays(1));

        ConflictException open = conflict(ShelterError.STAY_OPEN_EXISTS, RecordType.STAY, () -> stays().save(second));

        assertThat(open.recordId())
                .as("names the open stay")
                .isEqualTo(first.id().toString());
        assertThat(stays().find(second.id())).isEmpty();
        assertThat(stays().forBeneficiary(person)).containsExactly(first);
    }

    @Test
    void aClosedStayDoesNotCountAsOpen() {
        Stay first = stays().save(stay(person, shelter, DAY0));
        Stay discharged = stays().save(first.discharge(DAY0.plusDays(5), DischargeReason.REFERRED_TO_HOSPITAL, ""));

        Stay again = stays().save(stay(person, shelter, DAY0.plusDays(9)));

        assertThat(stays().findOpen(person)).contains(again);
        assertThat(stays().forBeneficiary(person)).containsExactly(discharged, again);
    }

    @Test
    void openStaysOfDifferentPeopleDoNotConflict() {
        stays().save(stay(person, shelter, DAY0));
        stays().save(stay(someoneElse(), shelter, DAY0));

        assertThat(stays().occupancyOn(shelter, DAY0)).isEqualTo(2);
    }

    @Test
    void aTransferClosesOneStayAndTheNextOpensInOneTransaction() {
        ShelterId next = elsewhere();
        Stay first = stays().save(stay(person, shelter, DAY0));

        Stay arrived = store().inTransaction(() -> {
            stays().save(first.transferTo(next, DAY0.plusDays(4)));
            return stays().save(stay(person, next, DAY0.plusDays(4)));
        });

        assertThat(stays().findOpen(person)).contains(arrived);
        assertThat(stays().forBeneficiary(person)).hasSize(2);
    }

    @Test
    void forBeneficiaryListsEveryStayOldestAdmissionFirst() {
        // saved latest admission first, so a store that returns insertion order fails
        Stay late = stays().save(stay(person, shelter, DAY0.plusDays(20)));
        Stay early =
                stays().save(stay(person, elsewhere(), DAY0).discharge(DAY0.plusDays(3), DischargeReason.OTHER, ""));
        Stay middle = stays().save(stay(person, shelter, DAY0.plusDays(10))
                .discharge(DAY0.plusDays(12), DischargeReason.OTHER, ""));
        stays().save(stay(someoneElse(), shelter, DAY0.plusDays(5)));

        assertThat(stays().forBeneficiary(person)).containsExactly(early, middle, late);
        assertThat(stays().findOpen(person)).contains(late);
    }

    @Test
    void occupancyCountsStaysAdmittedOnOrBeforeTheDateAndNotDischargedByIt() {
        ShelterId elsewhere = elsewhere();
        stays().save(stay(someoneElse(), shelter, DAY0)); // open: counts from DAY0 on
        stays().save(stay(someoneElse(), shelter, DAY0.plusDays(2))
                .discharge(DAY0.plusDays(5), DischargeReason.REPATRIATED, "")); // counts on days 2, 3 and 4
        stays().save(stay(someoneElse(), shelter, DAY0.plusDays(3))
                .transferTo(elsewhere, DAY0.plusDays(3))); // left the day it came: never counts
        stays().save(stay(someoneElse(), elsewhere, DAY0)); // another shelter

        assertThat(stays().occupancyOn(shelter, DAY0.minusDays(1))).isZero();
        assertThat(stays().occupancyOn(shelter, DAY0)).isEqualTo(1);
        assertThat(stays().occupancyOn(shelter, DAY0.plusDays(2))).isEqualTo(2);
        assertThat(stays().occupancyOn(shelter, DAY0.plusDays(3))).isEqualTo(2);
        assertThat(stays().occupancyOn(shelter, DAY0.plusDays(4))).isEqualTo(2);
        assertThat(stays().occupancyOn(shelter, DAY0.plusDays(5))).isEqualTo(1);
        assertThat(stays().occupancyOn(elsewhere, DAY0)).isEqualTo(1);
    }

    @Test
    void aStayWithServicesAndATransferRoundTrips() {
        Stay full = stay(person, shelter, DAY0)
                .record(new ServiceDelivery(ServiceKind.HEALTH_CARE, DAY0, "perawat-1", "pemeriksaan awal"))
                .record(new ServiceDelivery(ServiceKind.PSYCHOSOCIAL_COUNSELLING, DAY0.plusDays(2), "psikolog-1", ""))
                .transferTo(elsewhere(), DAY0.plusDays(6));
        Stay child = new Stay(
                StayId.next(),
                someoneElse(),
                shelter,
                DAY0,
                true,
                List.of(),
                DAY0.plusDays(1),
                DischargeReason.LEFT_WITHOUT_NOTICE,
                null,
                "left at night",
                0);

        stays().save(full);
        stays().save(child);

        assertSameStay(stays().find(full.id()).orElseThrow(), full.withVersion(1));
        assertSameStay(stays().find(child.id()).orElseThrow(), child.withVersion(1));
    }

    @Test
    void generatedStaysRoundTrip() {
        forEachGenerated(PulihGen.stays(), (store, generated) -> {
            storedBeneficiary(store, generated.beneficiary());
            storedShelter(store, generated.shelter());
            generated.transferredTo().ifPresent(next -> storedShelter(store, next));
            Stay saved = store.stays().save(generated);

            assertSameStay(store.stays().find(generated.id()).orElseThrow(), saved);
            assertThat(store.stays().forBeneficiary(generated.beneficiary())).containsExactly(saved);
        });
    }
}
