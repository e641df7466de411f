package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static id.pulih.Fixtures.NTB;
import static id.pulih.Fixtures.intake;
import static id.pulih.Fixtures.shelterForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessGrant;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessOutcome;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RiskFactor;
import id.pulih.shelter.Shelter;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccessTest {
    private final Fixtures f = new Fixtures();
    private final BeneficiaryId fromPraya =
            f.pulih.as(HQ).cases().register(intake().build()).beneficiary().id();

    @Test
    void regionalOfficersSeeCasesFromTheirRegionOnly() {
        assertThat(f.pulih.as(NTB).cases().get(fromPraya).id()).isEqualTo(fromPraya);
        assertThat(f.pulih.as(LOMBOK_TENGAH).cases().get(fromPraya).id()).isEqualTo(fromPraya);

        assertThatThrownBy(() -> f.pulih.as(KUPANG).cases().get(fromPraya))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo("access.denied");
                    assertThat(e.actorId()).isEqualTo(KUPANG.id());
                });
    }

    @Test
    void everyReadAndEveryRefusalIsInTheAccessLog() {
        f.pulih.as(NTB).cases().get(fromPraya);
        assertThatThrownBy(() -> f.pulih
                        .as(KUPANG)
                        .cases()
                        .assess(fromPraya, CasesTest.assessment(Fixtures.TODAY, RiskFactor.DEBT_TRAP)))
                .isInstanceOf(AccessDeniedException.class);

        var log = f.pulih.as(AUDITOR).oversight().accessLog(fromPraya);
        assertThat(log).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(NTB.id());
            assertThat(e.outcome()).isEqualTo(AccessOutcome.ALLOWED);
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(KUPANG.id());
            assertThat(e.action()).isEqualTo("case.assess");
            assertThat(e.outcome()).isEqualTo(AccessOutcome.DENIED);
        });
        assertThat(f.pulih.as(HQ).cases().get(fromPraya).assessments()).isEmpty();
    }

    @Test
    void aShelterSeesTheCasesItHoldsAndTheUnitThatRegisteredACaseKeepsSightOfIt() {
        Shelter tpi = f.pulih.as(HQ).shelters().open(shelterForm("RPTC-TPI", "21.72", 10));
        Actor tpiOfficer = Fixtures.actor("tpi-01", Role.CASE_WORKER, Jurisdiction.shelter(tpi.id()));
        assertThatThrownBy(() -> f.pulih.as(tpiOfficer).cases().get(fromPraya))
                .isInstanceOf(AccessDeniedException.class);

        f.pulih.as(HQ).shelters().admit(fromPraya, tpi.id(), LocalDate.of(2020, 3, 2));
        assertThat(f.pulih.as(tpiOfficer).cases().get(fromPraya).id()).isEqualTo(fromPraya);

        BeneficiaryId registeredAtKupang = f.pulih
                .as(KUPANG)
                .cases()
                .register(intake().build())
                .beneficiary()
                .id();
        assertThat(f.pulih.as(KUPANG).cases().get(registeredAtKupang).origin().toString())
                .isEqualTo("52.02.01");
    }

    @Test
    void aPartnerSeesNoCaseThatWasNotReferredToIt() {
        Actor lks = Fixtures.actor(
                "lks-ppk-01", Role.CASE_WORKER, Jurisdiction.partner(OrganisationId.of("LKS-PANCA-KARSA")));

        assertThatThrownBy(() -> f.pulih.as(lks).cases().get(fromPraya)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void breakTheGlassOpensOneCaseForALimitedTimeAndIsRecorded() {
        AccessGrant grant = f.pulih
                .as(KUPANG)
                .oversight()
                .breakGlass(fromPraya, "admitted unconscious to RSUD Kupang", Duration.ofHours(4));

        assertThat(f.pulih.as(KUPANG).cases().get(fromPraya).id()).isEqualTo(fromPraya);
        assertThat(f.pulih.as(AUDITOR).oversight().accessLog(fromPraya))
                .filteredOn(e -> e.actorId().equals(KUPANG.id()))
                .extracting(e -> e.outcome())
                .containsOnly(AccessOutcome.BREAK_GLASS);
        assertThat(f.pulih.as(AUDITOR).oversight().auditTrail("beneficiary", fromPraya.toString()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("access.break-glass"));

        f.clock.advance(Duration.ofHours(5));
        assertThat(grant.activeAt(f.clock.instant())).isFalse();
        assertThatThrownBy(() -> f.pulih.as(KUPANG).cases().get(fromPraya)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGrantNeedsAReasonAndAtMostOneDay() {
        assertThatThrownBy(() -> f.pulih.as(KUPANG).oversight().breakGlass(fromPraya, "urgent", Duration.ofHours(1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("grant.reason"));
        assertThatThrownBy(() -> f.pulih
                        .as(KUPANG)
                        .oversight()
                        .breakGlass(fromPraya, "admitted unconscious to hospital", Duration.ofDays(2)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("grant.duration"));
    }

    @Test
    void anAuditorReadsButChangesNothing() {
        assertThat(f.pulih.as(AUDITOR).cases().get(fromPraya).id()).isEqualTo(fromPraya);

        assertThatThrownBy(() -> f.pulih.as(AUDITOR).cases().register(intake().build()))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.role"));
        assertThatThrownBy(() -> f.pulih.as(HQ).oversight().accessLog(fromPraya))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.role"));
        assertThat(f.pulih.as(HQ_SUPERVISOR).oversight().auditTrail("beneficiary", fromPraya.toString()))
                .hasSize(1);
    }
}
