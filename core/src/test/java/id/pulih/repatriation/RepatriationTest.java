package id.pulih.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RepatriationTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    private static Repatriation planned() {
        return Repatriation.plan(
                BeneficiaryId.next(),
                StayId.next(),
                ShelterId.next(),
                RegionCode.of("52.02"),
                "",
                TransportMode.SHIP,
                "escort-1",
                "Dinas Sosial Kabupaten Lombok Tengah",
                DAY);
    }

    private static void assertSamePlan(Repatriation moved, Repatriation plan) {
        assertThat(moved.id()).isEqualTo(plan.id());
        assertThat(moved.beneficiary()).isEqualTo(plan.beneficiary());
        assertThat(moved.stay()).isEqualTo(plan.stay());
        assertThat(moved.fromShelter()).isEqualTo(plan.fromShelter());
        assertThat(moved.destination()).isEqualTo(plan.destination());
        assertThat(moved.destinationReason()).isEqualTo(plan.destinationReason());
        assertThat(moved.transport()).isEqualTo(plan.transport());
        assertThat(moved.escort()).isEqualTo(plan.escort());
        assertThat(moved.receivingOffice()).isEqualTo(plan.receivingOffice());
        assertThat(moved.plannedOn()).isEqualTo(plan.plannedOn());
        assertThat(moved.version()).isEqualTo(plan.version());
    }

    @Test
    void movesKeepThePlanAndTheVersion() {
        Repatriation plan = planned().withVersion(2);

        Repatriation departed = plan.depart(DAY);
        Repatriation handedOver = departed.handOver(DAY.plusDays(2), " Pak Lalu ");

        assertSamePlan(departed, plan);
        assertSamePlan(handedOver, plan);
        assertThat(plan.state()).isEqualTo(RepatriationState.PLANNED);
        assertThat(plan.departure()).isEmpty();
        assertThat(departed.state()).isEqualTo(RepatriationState.IN_TRANSIT);
        assertThat(departed.departure()).contains(DAY);
        assertThat(departed.handover()).isEmpty();
        assertThat(handedOver.state()).isEqualTo(RepatriationState.HANDED_OVER);
        assertThat(handedOver.departure()).contains(DAY);
        assertThat(handedOver.handover()).contains(DAY.plusDays(2));
        assertThat(handedOver.receivedBy()).isEqualTo("Pak Lalu");
        assertThat(handedOver.cancelReason()).isEmpty();
    }

    @Test
    void cancellingInTransitKeepsTheDepartureAndTheReason() {
        Repatriation plan = planned();

        Repatriation cancelled = plan.depart(DAY).cancel("ferry cancelled");

        assertSamePlan(cancelled, plan);
        assertThat(cancelled.state()).isEqualTo(RepatriationState.CANCELLED);
        assertThat(cancelled.departure()).contains(DAY);
        assertThat(cancelled.handover()).isEmpty();
        assertThat(cancelled.cancelReason()).isEqualTo("ferry cancelled");
    }

    @Test
    void refusesAHandoverBeforeTheDeparture() {
        Repatriation departed = planned().depart(DAY);

        assertThatThrownBy(() -> departed.handOver(DAY.minusDays(1), "Pak Lalu"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "repatriation.handover-date");
    }

    @Test
    void rebuildingAHandedOverReturnNeedsItsHandoverDate() {
        Repatriation p = planned();

        assertThatThrownBy(() -> new Repatriation(
                        p.id(),
                        p.beneficiary(),
                        p.stay(),
                        p.fromShelter(),
                        p.destination(),
                        "",
                        p.transport(),
                        p.escort(),
                        p.receivingOffice(),
                        p.plannedOn(),
                        RepatriationState.HANDED_OVER,
                        DAY,
                        null,
                        "Pak Lalu",
                        "",
                        1))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "repatriation.handover");
    }

    @Test
    void equalWhenEveryPartIsEqual() {
        Repatriation p = planned();
        Repatriation rebuilt = new Repatriation(
                p.id(),
                p.beneficiary(),
                p.stay(),
                p.fromShelter(),
                p.destination(),
                null,
                p.transport(),
                p.escort(),
                p.receivingOffice(),
                p.plannedOn(),
                p.state(),
                null,
                null,
                null,
                null,
                p.version());

        assertThat(rebuilt).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.depart(DAY)).isNotEqualTo(p);
        assertThat(p.withVersion(1)).isNotEqualTo(p);
    }
}
