package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RegionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, path 4: identifiers whole only for a supervisor of a government unit, within the jurisdiction, with a
 * stated purpose that the access log keeps for each case disclosed.
 */
class IdentifiedDisclosureTest {
    private static final String NIK = "5202014507900001";
    private static final String PURPOSE = "PBI-JKN enrolment list for BPJS Kesehatan, Lombok Tengah";
    private static final Actor PRAYA_SUPERVISOR =
            Fixtures.actor("sup-5202", Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("52.02")));
    private static final Actor KUPANG_SUPERVISOR =
            Fixtures.actor("sup-5301", Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("53.01")));
    private static final Actor PARTNER_SUPERVISOR =
            Fixtures.actor("lks-sup", Role.SUPERVISOR, Jurisdiction.partner(OrganisationId.of("LKS-PPK-01")));

    private final Fixtures f = new Fixtures();
    private final BeneficiaryId praya = f.pulih
            .as(HQ)
            .cases()
            .register(Fixtures.intake().nik(NIK).build())
            .beneficiary()
            .id();

    private List<AccessLogEntry> disclosures() {
        return f.pulih.store().accessLog().forBeneficiary(praya).stream()
                .filter(e -> e.action().equals("case.disclose"))
                .toList();
    }

    @Test
    void aSupervisorWhoCoversTheCaseGetsItWholeAndTheReadIsLoggedWithThePurpose() {
        Beneficiary b = f.pulih.as(PRAYA_SUPERVISOR).cases().disclose(praya, "  " + PURPOSE + " ");

        assertThat(b.person().nik())
                .hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(NIK));
        assertThat(disclosures()).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(PRAYA_SUPERVISOR.id());
            assertThat(e.outcome()).isEqualTo(AccessOutcome.ALLOWED);
            assertThat(e.purpose()).hasValue(PURPOSE);
        });
    }

    @Test
    void anAuditorACaseWorkerAndAPartnersSupervisorAreRefusedBeforeAnythingIsRead() {
        for (Actor actor : List.of(AUDITOR, HQ, LOMBOK_TENGAH, PARTNER_SUPERVISOR)) {
            assertThatThrownBy(() -> f.pulih.as(actor).cases().disclose(praya, PURPOSE))
                    .as(actor.id())
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.code()).isEqualTo("access.identified");
                        assertThat(e.getMessage()).contains(actor.role().toString());
                    });
        }
        assertThat(f.pulih.store().accessLog().forBeneficiary(praya))
                .noneMatch(
                        e -> e.outcome() != AccessOutcome.DENIED && e.action().equals("case.disclose"));
    }

    @Test
    void aSupervisorOutsideTheJurisdictionIsRefusedAndTheRefusalLogged() {
        assertThatThrownBy(() -> f.pulih.as(KUPANG_SUPERVISOR).cases().disclose(praya, PURPOSE))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.denied"));
        assertThat(disclosures())
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AccessOutcome.DENIED));
    }

    @Test
    void aPurposeIsRequiredAndLimited() {
        assertThatThrownBy(() -> f.pulih.as(HQ_SUPERVISOR).cases().disclose(praya, " "))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("purpose.required"));
        assertThatThrownBy(() -> f.pulih.as(HQ_SUPERVISOR).cases().disclose(praya, "x".repeat(1_001)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("text.length"));
        assertThat(disclosures()).isEmpty();
    }

    @Test
    void anOrdinaryReadStatesNoPurpose() {
        f.pulih.as(LOMBOK_TENGAH).cases().get(praya);

        assertThat(f.pulih.store().accessLog().forBeneficiary(praya))
                .filteredOn(e -> e.action().equals("case.read"))
                .singleElement()
                .satisfies(e -> assertThat(e.purpose()).isEmpty());
    }
}
