package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.access;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.audit.AccessLog;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.shared.BeneficiaryId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AccessLog}: entries come back equal, by id (a refusal's reference), by case and by actor,
 * oldest first.
 */
public abstract class AccessLogContract extends PortContract {
    private final BeneficiaryId beneficiary = BeneficiaryId.next();

    /** For subclasses. */
    protected AccessLogContract() {}

    private AccessLog log() {
        return store().accessLog();
    }

    @Test
    void forBeneficiaryListsTheEntriesOfOneCaseOldestFirst() {
        // appended out of time order, so a store that returns insertion order fails
        AccessLogEntry denied = access(T0.plusSeconds(60), "officer-9", beneficiary, AccessOutcome.DENIED);
        AccessLogEntry read = access(T0, "officer-1", beneficiary, AccessOutcome.ALLOWED);
        AccessLogEntry glass = access(T0.plusSeconds(120), "doctor-1", beneficiary, AccessOutcome.BREAK_GLASS);
        log().append(denied);
        log().append(read);
        log().append(glass);
        log().append(access(T0, "officer-1", BeneficiaryId.next(), AccessOutcome.ALLOWED));

        assertThat(log().forBeneficiary(beneficiary)).containsExactly(read, denied, glass);
    }

    @Test
    void byActorListsTheEntriesOfOneActorOldestFirst() {
        AccessLogEntry later = access(T0.plusSeconds(60), "officer-1", BeneficiaryId.next(), AccessOutcome.ALLOWED);
        AccessLogEntry earlier = access(T0, "officer-1", beneficiary, AccessOutcome.DENIED);
        log().append(later);
        log().append(access(T0, "officer-2", beneficiary, AccessOutcome.ALLOWED));
        log().append(earlier);

        assertThat(log().byActor("officer-1")).containsExactly(earlier, later);
    }

    @Test
    void anEntryKeepsThePurposeStatedForItAndAnEntryWithoutOneKeepsNone() {
        String purpose = "PBI-JKN enrolment list for BPJS Kesehatan, Lombok Tengah; a second line\nand quotes '\"";
        AccessLogEntry disclosed = new AccessLogEntry(
                UUID.randomUUID(), T0, "sup-5202", beneficiary, "case.disclose", AccessOutcome.ALLOWED, purpose);
        AccessLogEntry plain = access(T0.plusSeconds(1), "officer-1", beneficiary, AccessOutcome.ALLOWED);
        log().append(disclosed);
        log().append(plain);

        assertThat(log().forBeneficiary(beneficiary)).containsExactly(disclosed, plain);
        assertThat(log().find(disclosed.id()))
                .hasValueSatisfying(e -> assertThat(e.purpose()).hasValue(purpose));
        assertThat(log().find(plain.id()))
                .hasValueSatisfying(e -> assertThat(e.purpose()).isEmpty());
    }

    @Test
    void findReturnsAnEntryByItsIdAndNothingForAnUnknownId() {
        AccessLogEntry denied = access(T0, "officer-9", beneficiary, AccessOutcome.DENIED);
        AccessLogEntry read = access(T0, "officer-1", beneficiary, AccessOutcome.ALLOWED);
        log().append(denied);
        log().append(read);

        assertThat(log().find(denied.id())).contains(denied);
        assertThat(log().find(read.id())).contains(read);
        assertThat(log().find(UUID.randomUUID())).isNotNull().isEmpty();
    }

    @Test
    void unknownCasesAndActorsHaveNoEntries() {
        log().append(access(T0, "officer-1", beneficiary, AccessOutcome.ALLOWED));

        assertThat(log().forBeneficiary(BeneficiaryId.next())).isNotNull().isEmpty();
        assertThat(log().byActor("officer-9")).isNotNull().isEmpty();
    }
}
