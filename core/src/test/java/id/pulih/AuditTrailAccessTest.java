package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.shelterForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.RegionCode;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Stay;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the audit trail of a record of a case (its stay, its return, its plan, ...) tells of that case, so reading
 * it needs access to the case, as reading the beneficiary's own trail does; a record of no case needs none.
 */
class AuditTrailAccessTest {
    private static final Actor KUPANG_SUPERVISOR =
            Fixtures.actor("sup-5301", Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("53.01")));
    private static final Actor PRAYA_SUPERVISOR =
            Fixtures.actor("sup-5202", Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("52.02")));

    private final Fixtures f = new Fixtures();
    private final Shelter shelter = f.pulih.as(HQ).shelters().open(shelterForm("RPTC-TPI", "21.72", 10));
    private final BeneficiaryId siti = f.pulih
            .as(HQ)
            .cases()
            .register(Fixtures.intake().build())
            .beneficiary()
            .id();
    private final Stay stay = f.pulih.as(HQ).shelters().admit(siti, shelter.id(), LocalDate.of(2020, 3, 2));

    @Test
    void theTrailOfAStayIsReadOnlyByASupervisorWhoCanOpenItsCase() {
        assertThatThrownBy(() -> f.pulih
                        .as(KUPANG_SUPERVISOR)
                        .oversight()
                        .auditTrail("stay", stay.id().toString()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(f.pulih
                        .as(PRAYA_SUPERVISOR)
                        .oversight()
                        .auditTrail("stay", stay.id().toString()))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("shelter.admit"));
        assertThat(f.pulih.as(PRAYA_SUPERVISOR).oversight().accessLog(siti))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("audit.read"));
    }

    @Test
    void theTrailOfARecordOfNoCaseNeedsNoCaseAndAnUnknownRecordOfACaseIsNotFound() {
        assertThat(f.pulih
                        .as(KUPANG_SUPERVISOR)
                        .oversight()
                        .auditTrail("shelter", shelter.id().toString()))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("shelter.open"));
        assertThatThrownBy(() -> f.pulih
                        .as(KUPANG_SUPERVISOR)
                        .oversight()
                        .auditTrail("stay", "0190c0de-0000-7000-8000-000000000000"))
                .isInstanceOf(NotFoundException.class);
    }
}
