package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.KUPANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.PulihException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BulkAttendanceTest {
    private static final LocalDate OCT_31 = LocalDate.of(2019, 10, 31);

    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);
    private final SeedProgrammes seed = new SeedProgrammes(hq);
    private final Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 5, SeedProgrammes.PANCA_KARSA);

    private BeneficiaryId register(String name, String origin) {
        return hq.cases()
                .register(Fixtures.intake()
                        .name(name)
                        .originRegion(origin)
                        .consents(List.of(ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, OCT_31)))
                        .build())
                .beneficiary()
                .id();
    }

    private BeneficiaryId enrolled(Programme programme, String name, String origin, String override) {
        BeneficiaryId id = register(name, origin);
        hq.guidance().enrol(programme.id(), id, OCT_31, override);
        return id;
    }

    private Enrolment enrolment(Programme programme, BeneficiaryId id) {
        return f.pulih.store().enrolments().find(programme.id(), id).orElseThrow();
    }

    private List<AccessLogEntry> logged(BeneficiaryId id, String action) {
        return f.pulih.store().accessLog().forBeneficiary(id).stream()
                .filter(e -> e.action().equals(action))
                .toList();
    }

    @Test
    void recordsAListInOneCommandWithOneAuditEntryAndARefusedLineLeavesNothingOfItself() {
        BeneficiaryId ani = enrolled(praya, "Ani", "52.02.01", null);
        BeneficiaryId budi = enrolled(praya, "Budi", "52.02.01", null);
        BeneficiaryId notEnrolled = register("Citra", "52.02.01");
        long trailBefore = f.pulih.store().auditTrail().count();
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);
        List<String> refusals = new ArrayList<>();

        long recorded = hq.guidance().recordAttendanceAll(praya.id(), list -> {
            list.record(ani, Topic.MARKETING_STRATEGY, OCT_31);
            try {
                list.record(notEnrolled, Topic.MARKETING_STRATEGY, OCT_31);
            } catch (PulihException e) {
                refusals.add(e.code());
            }
            list.record(budi, Topic.MARKETING_STRATEGY, OCT_31);
            list.record(ani, Topic.MARKETING_STRATEGY, OCT_31);
            assertThat(list.refused()).isEqualTo(1);
            assertThat(list.repeated()).isEqualTo(1);
            return list.recorded();
        });

        assertThat(recorded).isEqualTo(2);
        assertThat(refusals).containsExactly("attendance.not-enrolled");
        assertThat(enrolment(praya, ani).attended()).hasSize(1);
        assertThat(enrolment(praya, budi).attended()).hasSize(1);
        assertThat(f.pulih.store().enrolments().find(praya.id(), notEnrolled)).isEmpty();
        assertThat(logged(notEnrolled, "programme.attend-all"))
                .as("the refused line's reads")
                .isEmpty();
        assertThat(logged(ani, "programme.attend-all")).hasSize(2);
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(trailBefore + 1);
        AuditEntry entry = f.pulih.store().auditTrail().byActor(HQ.id()).stream()
                .filter(e -> e.action().equals("programme.attend-all"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.recordType()).isEqualTo("programme");
        assertThat(entry.recordId()).isEqualTo(praya.id().toString());
        assertThat(entry.summary()).isEqualTo("attendance list: recorded 2, already recorded 1, refused 1");
        assertThat(events)
                .as("an attendance publishes no event, single or in a list")
                .isEmpty();
    }

    @Test
    void aLineOutsideTheJurisdictionIsRefusedAloneAndTheRefusalIsLogged() {
        Programme kupang = seed.programme("Aula Kupang", "53.01", OCT_31, 5, SeedProgrammes.PANCA_KARSA);
        BeneficiaryId fromPraya = enrolled(kupang, "Ani", "52.02.01", "moved to Kupang");
        BeneficiaryId fromKupang = enrolled(kupang, "Maria", "53.01.08", null);
        List<String> refusals = new ArrayList<>();

        f.pulih.as(KUPANG).guidance().recordAttendanceAll(kupang.id(), list -> {
            try {
                list.record(fromPraya, Topic.MARKETING_STRATEGY, OCT_31);
            } catch (PulihException e) {
                refusals.add(e.code());
            }
            return list.record(fromKupang, Topic.MARKETING_STRATEGY, OCT_31);
        });

        assertThat(refusals).containsExactly("access.denied");
        assertThat(enrolment(kupang, fromPraya).attended()).isEmpty();
        assertThat(enrolment(kupang, fromKupang).attended()).hasSize(1);
        assertThat(logged(fromPraya, "programme.attend-all"))
                .extracting(AccessLogEntry::outcome)
                .containsExactly(AccessOutcome.DENIED);
    }

    @Test
    void aBodyThatFailsLeavesNothingWritten() {
        BeneficiaryId ani = enrolled(praya, "Ani", "52.02.01", null);
        long trailBefore = f.pulih.store().auditTrail().count();

        assertThatThrownBy(() -> hq.guidance().recordAttendanceAll(praya.id(), list -> {
                    list.record(ani, Topic.MARKETING_STRATEGY, OCT_31);
                    throw new IllegalStateException("the file broke at line 90");
                }))
                .hasMessageContaining("line 90");

        assertThat(enrolment(praya, ani).attended()).isEmpty();
        assertThat(logged(ani, "programme.attend-all")).isEmpty();
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(trailBefore);
    }

    @Test
    void aListOfRepeatsLeavesNoAuditEntryAsARepeatedSingleCallDoesNot() {
        BeneficiaryId ani = enrolled(praya, "Ani", "52.02.01", null);
        hq.guidance().recordAttendance(praya.id(), ani, Topic.MARKETING_STRATEGY, OCT_31);
        long trailBefore = f.pulih.store().auditTrail().count();

        long repeated = hq.guidance().recordAttendanceAll(praya.id(), list -> {
            list.record(ani, Topic.MARKETING_STRATEGY, OCT_31);
            return list.repeated();
        });

        assertThat(repeated).isEqualTo(1);
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(trailBefore);
    }

    @Test
    void anAuditorIsRefusedBeforeTheBodyRuns() {
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> f.pulih.as(AUDITOR).guidance().recordAttendanceAll(praya.id(), list -> {
                    ran.set(true);
                    return 0L;
                }))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.role"));
        assertThat(ran).isFalse();
    }
}
