package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.audit;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.audit.AuditEntry;
import id.pulih.audit.AuditTrail;
import id.pulih.testkit.PulihGen;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AuditTrail}: entries come back equal, by record and by actor, oldest first, and are
 * counted.
 */
public abstract class AuditTrailContract extends PortContract {
    private final String record = UUID.randomUUID().toString();

    /** For subclasses. */
    protected AuditTrailContract() {}

    private AuditTrail trail() {
        return store().auditTrail();
    }

    @Test
    void forRecordListsTheEntriesOfOneRecordOldestFirst() {
        // appended out of time order, so a store that returns insertion order fails
        AuditEntry second = audit(T0.plusSeconds(60), "officer-2", "beneficiary", record);
        AuditEntry first = audit(T0, "officer-1", "beneficiary", record);
        AuditEntry third = audit(T0.plusSeconds(120), "officer-1", "beneficiary", record);
        trail().append(second);
        trail().append(first);
        trail().append(third);
        trail().append(audit(T0, "officer-1", "stay", record)); // same id, other type
        trail().append(audit(T0, "officer-1", "beneficiary", UUID.randomUUID().toString()));

        assertThat(trail().forRecord("beneficiary", record)).containsExactly(first, second, third);
    }

    @Test
    void byActorListsTheEntriesOfOneActorOldestFirst() {
        AuditEntry later = audit(T0.plusSeconds(60), "officer-1", "stay", record);
        AuditEntry earlier = audit(T0, "officer-1", "beneficiary", record);
        trail().append(later);
        trail().append(audit(T0.plusSeconds(30), "officer-2", "beneficiary", record));
        trail().append(earlier);

        assertThat(trail().byActor("officer-1")).containsExactly(earlier, later);
    }

    @Test
    void countCountsEveryEntry() {
        assertThat(trail().count()).isZero();

        for (int i = 0; i < 5; i++) {
            trail().append(audit(T0.plusSeconds(i), "officer-" + (i % 2), "beneficiary", record));
        }

        assertThat(trail().count()).isEqualTo(5);
    }

    @Test
    void unknownRecordsAndActorsHaveNoEntries() {
        trail().append(audit(T0, "officer-1", "beneficiary", record));

        assertThat(trail().forRecord("beneficiary", UUID.randomUUID().toString()))
                .isNotNull()
                .isEmpty();
        assertThat(trail().byActor("officer-9")).isNotNull().isEmpty();
    }

    @Test
    void generatedEntriesRoundTrip() {
        forEachGenerated(PulihGen.auditEntries(), (store, entry) -> {
            store.auditTrail().append(entry);

            assertThat(store.auditTrail().forRecord(entry.recordType(), entry.recordId()))
                    .containsExactly(entry);
            assertThat(store.auditTrail().byActor(entry.actorId())).containsExactly(entry);
            assertThat(store.auditTrail().count()).isEqualTo(1);
        });
    }
}
