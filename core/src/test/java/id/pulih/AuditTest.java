package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.intake;
import static id.pulih.Fixtures.shelterForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.BeneficiaryRegistered;
import id.pulih.beneficiary.CaseStatusChanged;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.PulihException;
import id.pulih.shared.RiskFactor;
import id.pulih.shelter.AdmittedToShelter;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.Shelter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTest {
    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);

    @Test
    void eachCommandLeavesOneAuditEntryWithVersionsBeforeAndAfter() {
        BeneficiaryId id = hq.cases().register(intake().build()).beneficiary().id();
        hq.cases().assess(id, CasesTest.assessment(Fixtures.TODAY, RiskFactor.DEBT_TRAP));

        List<AuditEntry> trail = f.pulih.store().auditTrail().forRecord("beneficiary", id.toString());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("case.register", "case.assess");
        assertThat(trail.get(0).versionBefore()).isZero();
        assertThat(trail.get(0).versionAfter()).isEqualTo(1);
        assertThat(trail.get(1).versionBefore()).isEqualTo(1);
        assertThat(trail.get(1).versionAfter()).isEqualTo(2);
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(HQ.id());
            assertThat(e.at()).isEqualTo(f.clock.instant());
        });
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(2);
    }

    @Test
    void eventsAreDeliveredAfterCommitAndNeverForAFailedCommand() {
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);
        f.pulih.subscribe(e -> {
            throw new IllegalStateException("a broken listener does not undo the change");
        });
        Shelter tiny = hq.shelters().open(shelterForm("TINY", "21.72", 1));
        BeneficiaryId first =
                hq.cases().register(intake().build()).beneficiary().id();
        hq.shelters().admit(first, tiny.id(), LocalDate.of(2020, 3, 2));
        BeneficiaryId second =
                hq.cases().register(intake().name("Ani").build()).beneficiary().id();
        events.clear();

        assertThatThrownBy(() -> hq.shelters().admit(second, tiny.id(), LocalDate.of(2020, 3, 2)))
                .isInstanceOf(PulihException.class);
        assertThat(events).isEmpty();

        hq.shelters()
                .discharge(
                        hq.shelters().openStay(first).orElseThrow().id(),
                        DischargeReason.OTHER,
                        LocalDate.of(2020, 3, 3),
                        "");
        events.clear();
        hq.shelters().admit(second, tiny.id(), LocalDate.of(2020, 3, 3));
        assertThat(events).hasExactlyElementsOfTypes(CaseStatusChanged.class, AdmittedToShelter.class);
    }

    @Test
    void registrationPublishesBeneficiaryRegistered() {
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);

        BeneficiaryId id = hq.cases().register(intake().build()).beneficiary().id();

        assertThat(events).singleElement().isInstanceOfSatisfying(BeneficiaryRegistered.class, e -> {
            assertThat(e.beneficiary()).isEqualTo(id);
            assertThat(e.actorId()).isEqualTo(HQ.id());
        });
    }
}
