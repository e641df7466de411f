package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.DAY0;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.plan;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationError;
import id.pulih.repatriation.RepatriationState;
import id.pulih.repatriation.Repatriations;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.RepatriationId;
import id.pulih.shelter.Stay;
import id.pulih.testkit.PulihGen;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Repatriations}: optimistic locking, one return under way per person, the queries by
 * person, and a round trip in each state.
 */
public abstract class RepatriationsContract extends PortContract {
    private BeneficiaryId person;
    private Stay stay;

    /** For subclasses. */
    protected RepatriationsContract() {}

    @BeforeEach
    final void storeAPersonInAShelter() {
        stay = storedStay();
        person = stay.beneficiary();
    }

    private Repatriations repatriations() {
        return store().repatriations();
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        Repatriation fresh = plan(stay, DAY0);

        Repatriation saved = repatriations().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(repatriations().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        Repatriation v1 = repatriations().save(plan(stay, DAY0));

        Repatriation v2 = repatriations().save(v1.depart(DAY0.plusDays(1)));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(repatriations().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        Repatriation v1 = repatriations().save(plan(stay, DAY0));
        Repatriation v2 = repatriations().save(v1.depart(DAY0.plusDays(1)));

        ConflictException stale = conflict(
                RecordError.STALE,
                RecordType.REPATRIATION,
                () -> repatriations().save(v1.cancel("family moved")));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(repatriations().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        Repatriation neverStored = plan(stay, DAY0).withVersion(5);

        conflict(
                RecordError.STALE,
                RecordType.REPATRIATION,
                () -> repatriations().save(neverStored));

        assertThat(repatriations().find(neverStored.id())).isEmpty();
        assertThat(repatriations().findActive(person)).isEmpty();
    }

    @Test
    void findOfAnUnknownIdOrPersonIsEmptyNeverNull() {
        repatriations().save(plan(stay, DAY0));

        assertThat(repatriations().find(RepatriationId.next())).isNotNull().isEmpty();
        assertThat(repatriations().findActive(BeneficiaryId.next())).isNotNull().isEmpty();
        assertThat(repatriations().forBeneficiary(BeneficiaryId.next()))
                .isNotNull()
                .isEmpty();
    }

    @Test
    void rejectsASecondActiveReturnForTheSamePerson() {
        Repatriation first = repatriations().save(plan(stay, DAY0));
        Repatriation second = plan(stay, DAY0.plusDays(3));

        ConflictException active = conflict(
                RepatriationError.ACTIVE_EXISTS,
                RecordType.REPATRIATION,
                () -> repatriations().save(second));

        assertThat(active.recordId())
                .as("names the return under way")
                .isEqualTo(first.id().toString());
        assertThat(repatriations().find(second.id())).isEmpty();
    }

    @Test
    void aReturnInTransitIsStillActive() {
        Repatriation first = repatriations().save(plan(stay, DAY0));
        Repatriation inTransit = repatriations().save(first.depart(DAY0));

        conflict(
                RepatriationError.ACTIVE_EXISTS,
                RecordType.REPATRIATION,
                () -> repatriations().save(plan(stay, DAY0.plusDays(3))));

        assertThat(repatriations().findActive(person)).contains(inTransit);
    }

    @Test
    void aFinishedOrCancelledReturnIsNoLongerActive() {
        Repatriation handedOver = repatriations()
                .save(repatriations().save(plan(stay, DAY0)).depart(DAY0).handOver(DAY0.plusDays(1), "Pak Kades"));
        assertThat(repatriations().findActive(person)).isEmpty();
        Repatriation cancelled = repatriations()
                .save(repatriations().save(plan(stay, DAY0.plusDays(30))).cancel("the person chose to stay"));
        assertThat(repatriations().findActive(person)).isEmpty();

        Repatriation third = repatriations().save(plan(stay, DAY0.plusDays(60)));

        assertThat(repatriations().findActive(person)).contains(third);
        assertThat(repatriations().forBeneficiary(person)).containsExactly(handedOver, cancelled, third);
    }

    @Test
    void forBeneficiaryListsEveryReturnOldestPlanFirst() {
        // saved latest plan first, so a store that returns insertion order fails
        Repatriation late = repatriations().save(plan(stay, DAY0.plusDays(40)));
        Repatriation early = repatriations().save(plan(stay, DAY0).cancel("postponed"));
        Repatriation middle = repatriations().save(plan(stay, DAY0.plusDays(20)).cancel("postponed again"));
        repatriations().save(plan(storedStay(), DAY0.plusDays(10)));

        assertThat(repatriations().forBeneficiary(person)).containsExactly(early, middle, late);
    }

    @Test
    void aReturnInEachStateRoundTrips() {
        Repatriation planned = plan(storedStay(), DAY0);
        Repatriation inTransit = plan(storedStay(), DAY0).depart(DAY0.plusDays(1));
        Repatriation handedOver = plan(storedStay(), DAY0)
                .depart(DAY0.plusDays(1))
                .handOver(DAY0.plusDays(2), "Ibu Kepala Desa Sukamaju");
        Repatriation cancelledBefore = plan(storedStay(), DAY0).cancel("no safe family home");
        Repatriation cancelledAfter = plan(storedStay(), DAY0).depart(DAY0).cancel("turned back at the port");

        for (Repatriation each : List.of(planned, inTransit, handedOver, cancelledBefore, cancelledAfter)) {
            repatriations().save(each);

            assertThat(repatriations().find(each.id())).contains(each.withVersion(1));
        }
        assertThat(List.of(planned, inTransit, handedOver, cancelledBefore, cancelledAfter))
                .extracting(Repatriation::state)
                .containsExactly(
                        RepatriationState.PLANNED,
                        RepatriationState.IN_TRANSIT,
                        RepatriationState.HANDED_OVER,
                        RepatriationState.CANCELLED,
                        RepatriationState.CANCELLED);
    }

    @Test
    void generatedRepatriationsRoundTrip() {
        forEachGenerated(PulihGen.repatriations(), (store, generated) -> {
            storedBeneficiary(store, generated.beneficiary());
            storedShelter(store, generated.fromShelter());
            store.stays()
                    .save(new Stay(
                            generated.stay(),
                            generated.beneficiary(),
                            generated.fromShelter(),
                            generated.plannedOn().minusDays(30),
                            false,
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            0));
            Repatriation saved = store.repatriations().save(generated);

            assertThat(store.repatriations().find(generated.id())).contains(saved);
            assertThat(store.repatriations().forBeneficiary(generated.beneficiary()))
                    .containsExactly(saved);
            assertThat(store.repatriations().findActive(generated.beneficiary()).isPresent())
                    .isEqualTo(generated.state().active());
        });
    }
}
