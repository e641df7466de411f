package id.pulih.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.shared.OrganisationId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlannedServiceTest {
    private static final LocalDate DAY = LocalDate.of(2019, 11, 1);
    private static final OrganisationId DINSOS = OrganisationId.of("DINSOS-5202");
    private static final OrganisationId PANCA_KARSA = OrganisationId.of("LKS-PANCA-KARSA");

    private static PlannedService planned() {
        return PlannedService.plan(
                ServiceType.ENTREPRENEURSHIP_EMPOWERMENT,
                null,
                " sewing ",
                DINSOS,
                DAY.plusDays(30),
                Rupiah.of(500_000));
    }

    private static void assertSamePlan(PlannedService moved, PlannedService planned) {
        assertThat(moved.id()).isEqualTo(planned.id());
        assertThat(moved.type()).isEqualTo(planned.type());
        assertThat(moved.component()).isEqualTo(planned.component());
        assertThat(moved.detail()).isEqualTo(planned.detail());
        assertThat(moved.dueOn()).isEqualTo(planned.dueOn());
        assertThat(moved.cost()).isEqualTo(planned.cost());
    }

    @Test
    void aPlannedServiceIsNotDeliveredNorReferred() {
        PlannedService planned = planned();

        assertThat(planned.status()).isEqualTo(ServiceStatus.PLANNED);
        assertThat(planned.component()).isEqualTo(ServiceType.ENTREPRENEURSHIP_EMPOWERMENT.defaultComponent());
        assertThat(planned.detail()).isEqualTo("sewing");
        assertThat(planned.delivery()).isEmpty();
        assertThat(planned.openReferral()).isEmpty();
        assertThat(planned.referrals()).isEmpty();
    }

    @Test
    void deliveringKeepsThePlanAndSetsTheDate() {
        PlannedService planned = planned();

        PlannedService delivered = planned.start().deliver(DAY.plusDays(20));

        assertSamePlan(delivered, planned);
        assertThat(delivered.provider()).isEqualTo(DINSOS);
        assertThat(delivered.status()).isEqualTo(ServiceStatus.DELIVERED);
        assertThat(delivered.delivery()).contains(DAY.plusDays(20));
        assertThat(delivered).isNotEqualTo(planned);
    }

    @Test
    void anAcceptedReferralMakesThePartnerTheProvider() {
        PlannedService planned = planned();

        PlannedService referred = planned.refer(Referral.send(PANCA_KARSA, DAY, "officer-1", ""));
        PlannedService accepted = referred.accept(DAY.plusDays(2), "partner-1");

        assertSamePlan(accepted, planned);
        assertThat(referred.latestReferral().answer()).isEmpty();
        assertThat(referred.provider()).isEqualTo(DINSOS);
        assertThat(accepted.provider()).isEqualTo(PANCA_KARSA);
        assertThat(accepted.latestReferral().status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.latestReferral().answer()).contains(DAY.plusDays(2));
        assertThat(accepted.latestReferral().answeredBy()).isEqualTo("partner-1");
        assertThat(accepted.openReferral()).contains(accepted.latestReferral());
        assertThatThrownBy(() -> accepted.refer(Referral.send(PANCA_KARSA, DAY, "officer-1", "")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo(ReintegrationError.REFERRAL_OPEN_EXISTS.code()));
    }

    @Test
    void aRejectedReferralKeepsTheReferralAndTheProvider() {
        Referral sent = Referral.send(PANCA_KARSA, DAY, "officer-1", " no consent form yet ");

        Referral rejected = sent.reject(DAY.plusDays(1), "partner-1", " full ");

        assertThat(sent.consentOverridden()).isTrue();
        assertThat(rejected.to()).isEqualTo(sent.to());
        assertThat(rejected.referredOn()).isEqualTo(sent.referredOn());
        assertThat(rejected.referredBy()).isEqualTo(sent.referredBy());
        assertThat(rejected.overrideReason()).isEqualTo("no consent form yet");
        assertThat(rejected.status()).isEqualTo(ReferralStatus.REJECTED);
        assertThat(rejected.answer()).contains(DAY.plusDays(1));
        assertThat(rejected.reason()).isEqualTo("full");
        assertThat(rejected.isOpen()).isFalse();
        assertThat(rejected).isNotEqualTo(sent);
        assertThat(Referral.send(PANCA_KARSA, DAY, "officer-1", " no consent form yet "))
                .isEqualTo(sent)
                .hasSameHashCodeAs(sent);
        PlannedService afterRejection = planned().refer(sent).reject(DAY.plusDays(1), "partner-1", "full");
        assertThat(afterRejection.provider()).isEqualTo(DINSOS);
        assertThat(afterRejection.openReferral()).isEmpty();
    }
}
