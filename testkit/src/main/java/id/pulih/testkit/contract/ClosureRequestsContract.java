package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.beneficiary.BeneficiaryError;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.ClosureRequest;
import id.pulih.beneficiary.ClosureRequests;
import id.pulih.beneficiary.ClosureStatus;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ClosureRequests}: optimistic locking, one pending request per registration ({@code
 * closure.pending-exists}) while decided ones may be many, the pending look-up and the list by registration in the
 * order requested, and a round trip of an approved and a returned request.
 */
public abstract class ClosureRequestsContract extends PortContract {
    private BeneficiaryId a;
    private BeneficiaryId b;

    /** For subclasses. */
    protected ClosureRequestsContract() {}

    @BeforeEach
    final void storeTwoPeople() {
        a = storedBeneficiary().id();
        b = storedBeneficiary().id();
    }

    private ClosureRequests requests() {
        return store().closureRequests();
    }

    private static ClosureRequest request(BeneficiaryId id, long secondsAfterT0) {
        return ClosureRequest.request(
                id, CaseOutcome.REINTEGRATED, "self-reliant since March", "officer-1", T0.plusSeconds(secondsAfterT0));
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        ClosureRequest fresh = request(a, 0);

        ClosureRequest saved = requests().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(requests().find(fresh.id())).contains(saved);
        assertThat(requests().findPending(a)).contains(saved);
        assertThat(requests().findPending(b)).isEmpty();
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        ClosureRequest v1 = requests().save(request(a, 0));
        ClosureRequest v2 = requests().save(v1.approve("supervisor-1", T0.plusSeconds(60)));

        conflict(
                RecordError.STALE,
                RecordType.CLOSURE_REQUEST,
                () -> requests().save(v1.returnWith("supervisor-2", T0.plusSeconds(90), "call the family")));

        assertThat(requests().find(v1.id())).contains(v2);
    }

    @Test
    void aSecondPendingRequestOfTheSameRegistrationIsRefused() {
        ClosureRequest first = requests().save(request(a, 0));

        conflict(
                BeneficiaryError.CLOSURE_PENDING_EXISTS,
                RecordType.CLOSURE_REQUEST,
                () -> requests().save(request(a, 10)));

        assertThat(requests().forBeneficiary(a)).containsExactly(first);
        assertThat(requests().save(request(b, 10)).status()).isEqualTo(ClosureStatus.PENDING);
    }

    @Test
    void decidedRequestsRoundTripAndANewOneMayFollowInTheOrderRequested() {
        ClosureRequest returned = requests()
                .save(requests().save(request(a, 0)).returnWith("supervisor-1", T0.plusSeconds(60), "call first"));
        ClosureRequest approved =
                requests().save(requests().save(request(a, 120)).approve("supervisor-2", T0.plusSeconds(180)));
        ClosureRequest pending = requests().save(request(a, 240));

        assertThat(requests().forBeneficiary(a)).containsExactly(returned, approved, pending);
        assertThat(requests().findPending(a)).contains(pending);
        ClosureRequest stored = requests().find(returned.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ClosureStatus.RETURNED);
        assertThat(stored.returnReason()).isEqualTo("call first");
        assertThat(stored.decidedBy()).isEqualTo("supervisor-1");
        assertThat(stored.decidedAt()).contains(T0.plusSeconds(60));
        assertThat(requests().find(approved.id()).orElseThrow().decidedAt()).contains(T0.plusSeconds(180));
    }
}
