package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.grant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrantId;
import id.pulih.access.AccessGrants;
import id.pulih.access.OneGrantPerOfficer;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.RecordType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AccessGrants}: a grant is in force from its grant instant (included) to its expiry
 * (excluded), for its actor and case only, and is kept after it lapses; an officer holds at most one grant in force
 * for a case at any instant ({@link OneGrantPerOfficer}); a renewal keeps its renewer.
 */
public abstract class AccessGrantsContract extends PortContract {
    private BeneficiaryId beneficiary;

    /** For subclasses. */
    protected AccessGrantsContract() {}

    @BeforeEach
    final void storeTheCase() {
        beneficiary = storedBeneficiary().id();
    }

    private AccessGrants grants() {
        return store().accessGrants();
    }

    @Test
    void aGrantIsActiveFromItsGrantInstantUntilJustBeforeItsExpiry() {
        AccessGrant grant = grant("doctor-1", beneficiary, T0, Duration.ofHours(4));
        grants().add(grant);

        assertThat(grants().activeFor("doctor-1", beneficiary, T0.minusNanos(1_000)))
                .isNotNull()
                .isEmpty();
        assertThat(grants().activeFor("doctor-1", beneficiary, T0)).contains(grant);
        assertThat(grants().activeFor("doctor-1", beneficiary, T0.plusSeconds(3600)))
                .contains(grant);
        assertThat(grants().activeFor("doctor-1", beneficiary, grant.expiresAt().minusNanos(1_000)))
                .contains(grant);
        assertThat(grants().activeFor("doctor-1", beneficiary, grant.expiresAt()))
                .isEmpty();
    }

    @Test
    void aGrantIsForItsActorAndCaseOnly() {
        grants().add(grant("doctor-1", beneficiary, T0, Duration.ofHours(4)));

        assertThat(grants().activeFor("doctor-2", beneficiary, T0)).isNotNull().isEmpty();
        assertThat(grants().activeFor("doctor-1", BeneficiaryId.next(), T0))
                .isNotNull()
                .isEmpty();
    }

    @Test
    void aGrantOverlappingOneTheOfficerHoldsForTheCaseIsRefusedAndNothingIsAdded() {
        AccessGrant first = grant("doctor-1", beneficiary, T0, Duration.ofHours(4));
        grants().add(first);

        for (AccessGrant overlapping : List.of(
                grant("doctor-1", beneficiary, T0.plusSeconds(3600), Duration.ofHours(4)),
                grant("doctor-1", beneficiary, T0.minusSeconds(3600), Duration.ofHours(2)),
                grant("doctor-1", beneficiary, T0.plusSeconds(60), Duration.ofMinutes(5)))) {
            assertThatThrownBy(() -> grants().add(overlapping)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.code()).isEqualTo(OneGrantPerOfficer.CODE.code());
                assertThat(e.recordType()).isEqualTo(RecordType.ACCESS_GRANT.label());
                assertThat(e.recordId()).isEqualTo(first.id().toString());
            });
        }
        assertThat(grants().forBeneficiary(beneficiary)).containsExactly(first);
    }

    @Test
    void grantsOfOtherOfficersOrCasesAndBackToBackGrantsDoNotClash() {
        AccessGrant first = grant("doctor-1", beneficiary, T0, Duration.ofHours(4));
        AccessGrant otherOfficer = grant("doctor-2", beneficiary, T0, Duration.ofHours(4));
        AccessGrant otherCase = grant("doctor-1", storedBeneficiary().id(), T0, Duration.ofHours(4));
        AccessGrant backToBack = grant("doctor-1", beneficiary, first.expiresAt(), Duration.ofHours(4));
        grants().add(first);
        grants().add(otherOfficer);
        grants().add(otherCase);
        grants().add(backToBack);

        assertThat(grants().forBeneficiary(beneficiary)).containsExactlyInAnyOrder(first, otherOfficer, backToBack);
    }

    @Test
    void findReturnsAGrantByItsIdWithItsRenewer() {
        AccessGrant first = grant("doctor-1", beneficiary, T0, Duration.ofHours(4));
        AccessGrant renewal = new AccessGrant(
                AccessGrantId.next(),
                "doctor-1",
                beneficiary,
                "still in intensive care",
                first.expiresAt(),
                first.expiresAt().plus(Duration.ofHours(2)),
                "supervisor-1");
        grants().add(first);
        grants().add(renewal);

        assertThat(grants().find(first.id())).contains(first);
        assertThat(grants().find(first.id()).orElseThrow().renewedBy()).isEmpty();
        assertThat(grants().find(renewal.id())).contains(renewal);
        assertThat(grants().find(renewal.id()).orElseThrow().renewedBy()).contains("supervisor-1");
        assertThat(grants().find(AccessGrantId.next())).isNotNull().isEmpty();
    }

    @Test
    void sinceListsEveryGrantInForceAtOrAfterTheInstantOldestStartFirst() {
        BeneficiaryId other = storedBeneficiary().id();
        AccessGrant lapsedBefore = grant("doctor-1", beneficiary, T0, Duration.ofHours(1));
        AccessGrant lapsingAfter = grant("doctor-2", other, T0.plusSeconds(5400), Duration.ofHours(1));
        AccessGrant endingExactly = grant("doctor-3", other, T0.plusSeconds(60), Duration.ofSeconds(7140));
        AccessGrant later = grant("doctor-1", beneficiary, T0.plusSeconds(7200 + 600), Duration.ofHours(3));
        // added newest first, so a store that returns insertion order fails
        grants().add(later);
        grants().add(endingExactly);
        grants().add(lapsingAfter);
        grants().add(lapsedBefore);

        Instant since = T0.plusSeconds(7200);
        assertThat(grants().since(since)).containsExactly(lapsingAfter, later);
        assertThat(grants().since(T0.minusSeconds(1)))
                .containsExactly(lapsedBefore, endingExactly, lapsingAfter, later)
                .doesNotHaveDuplicates();
        assertThat(grants().since(later.expiresAt())).isNotNull().isEmpty();
    }

    @Test
    void aLaterGrantTakesOverWhenTheFirstLapses() {
        AccessGrant first = grant("doctor-1", beneficiary, T0, Duration.ofHours(1));
        AccessGrant second = grant("doctor-1", beneficiary, T0.plusSeconds(3600), Duration.ofHours(24));
        grants().add(first);
        grants().add(second);

        assertThat(grants().activeFor("doctor-1", beneficiary, T0.plusSeconds(1800)))
                .contains(first);
        assertThat(grants().activeFor("doctor-1", beneficiary, T0.plusSeconds(7200)))
                .contains(second);
    }

    @Test
    void forBeneficiaryKeepsEveryGrantOldestFirstIncludingLapsedOnes() {
        // added newest first, so a store that returns insertion order fails
        AccessGrant latest = grant("doctor-2", beneficiary, T0.plusSeconds(86_400), Duration.ofHours(2));
        AccessGrant earliest = grant("doctor-1", beneficiary, T0, Duration.ofHours(1));
        grants().add(latest);
        grants().add(earliest);
        grants().add(grant("doctor-1", storedBeneficiary().id(), T0, Duration.ofHours(1)));

        assertThat(grants().forBeneficiary(beneficiary)).containsExactly(earliest, latest);
        assertThat(grants().forBeneficiary(BeneficiaryId.next())).isNotNull().isEmpty();
    }
}
