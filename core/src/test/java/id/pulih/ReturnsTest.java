package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.intake;
import static id.pulih.Fixtures.shelterForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.beneficiary.CaseStatus;
import id.pulih.repatriation.HandedOver;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationState;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RuleViolationException;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.Shelter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnsTest {
    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);
    private final Shelter shelter = hq.shelters().open(shelterForm("RPTC-TPI", "21.72", 10));
    private final BeneficiaryId id =
            hq.cases().register(intake().build()).beneficiary().id();

    private ReturnPlanForm plan(String destination, String reason) {
        return new ReturnPlanForm(
                id,
                destination,
                reason,
                TransportMode.SHIP,
                "escort-01",
                "Dinas Sosial Kabupaten Lombok Tengah",
                LocalDate.of(2020, 3, 20));
    }

    @Test
    void aReturnStartsFromAnOpenStay() {
        assertThatThrownBy(() -> hq.returns().plan(plan(null, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("repatriation.no-stay"));
    }

    @Test
    void plansToTheOriginRegencyByDefault() {
        hq.shelters().admit(id, shelter.id(), LocalDate.of(2020, 3, 2));

        Repatriation r = hq.returns().plan(plan(null, null));

        assertThat(r.destination()).isEqualTo(RegionCode.of("52.02"));
        assertThat(r.state()).isEqualTo(RepatriationState.PLANNED);
    }

    @Test
    void aDestinationOutsideTheOriginNeedsAReason() {
        hq.shelters().admit(id, shelter.id(), LocalDate.of(2020, 3, 2));

        assertThatThrownBy(() -> hq.returns().plan(plan("52.71", null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("repatriation.destination-reason"));
        assertThat(hq.returns().plan(plan("52.71", "family moved to Mataram")).destination())
                .isEqualTo(RegionCode.of("52.71"));
        assertThatThrownBy(() -> hq.returns().plan(plan(null, null)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("repatriation.active-exists"));
    }

    @Test
    void handoverEndsTheStayAndRepatriatesTheCaseInOneStep() {
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);
        hq.shelters().admit(id, shelter.id(), LocalDate.of(2020, 3, 2));
        Repatriation r = hq.returns().plan(plan(null, null));
        hq.returns().depart(r.id(), LocalDate.of(2020, 3, 20));

        Repatriation done = hq.returns().handOver(r.id(), LocalDate.of(2020, 3, 23), "Lalu Ahmad");

        assertThat(done.state()).isEqualTo(RepatriationState.HANDED_OVER);
        assertThat(done.handover()).contains(LocalDate.of(2020, 3, 23));
        assertThat(hq.cases().get(id).status()).isEqualTo(CaseStatus.REPATRIATED);
        assertThat(hq.shelters().openStay(id)).isEmpty();
        assertThat(hq.shelters().stays(id).get(0).dischargeReason()).contains(DischargeReason.REPATRIATED);
        assertThat(hq.shelters().get(shelter.id()).occupied()).isZero();
        assertThat(events).last().isInstanceOf(HandedOver.class);
    }

    @Test
    void cannotHandOverBeforeDepartureNorAfterCancelling() {
        hq.shelters().admit(id, shelter.id(), LocalDate.of(2020, 3, 2));
        Repatriation r = hq.returns().plan(plan(null, null));

        assertThatThrownBy(() -> hq.returns().handOver(r.id(), LocalDate.of(2020, 3, 23), "Lalu Ahmad"))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.current()).isEqualTo("PLANNED");
                    assertThat(e.requested()).isEqualTo("HANDED_OVER");
                });
        Repatriation cancelled = hq.returns().cancel(r.id(), "ship delayed by weather");
        assertThat(cancelled.state()).isEqualTo(RepatriationState.CANCELLED);
        assertThat(hq.shelters().openStay(id)).isPresent();
        assertThatThrownBy(() -> hq.returns().depart(r.id(), LocalDate.of(2020, 3, 24)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(hq.returns().forBeneficiary(id)).hasSize(1);
    }
}
