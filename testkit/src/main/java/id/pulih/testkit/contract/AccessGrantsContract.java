package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.grant;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrants;
import id.pulih.shared.BeneficiaryId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AccessGrants}: a grant is in force from its grant instant (included) to its expiry
 * (excluded), for its actor and case only, and is kept after it lapses.
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
