package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Pulih;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessGrant;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, path 2, on real databases: a NIK registered elsewhere answers with a reference and no case id, which a
 * national officer resolves; break-the-glass grants are one per officer and case, renewed by a supervisor.
 */
class NikElsewhereOnJdbcIT {
    private static final String NIK = "5202014507900001";
    private static final Actor HQ =
            Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());
    private static final Actor KUPANG = Actor.of(
            "dinsos-5301", PersonName.of("Yohana"), Role.CASE_WORKER, Jurisdiction.regency(RegionCode.of("53.01")));
    private static final Actor LOMBOK_TENGAH_SUPERVISOR = Actor.of(
            "sup-5202", PersonName.of("Baiq Nurul"), Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("52.02")));

    private static IntakeFormBuilder form() {
        return new IntakeFormBuilder()
                .name("Siti Aminah")
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 7, 5))
                .nik(NIK)
                .documentStatus(DocumentStatus.LOST)
                .originRegion("52.02.01")
                .returnCountry("MY")
                .returnDate(LocalDate.of(2020, 3, 1))
                .returnMode(ReturnMode.DEPORTED);
    }

    @Test
    void aNikRegisteredElsewhereGivesAReferenceThatANationalOfficerResolvesOnH2AndPostgres() {
        for (DataSource ds : List.of(Databases.h2(), Databases.freshPostgres())) {
            Pulih pulih = Pulih.builder().store(JdbcStore.open(ds)).build();
            BeneficiaryId fromPraya =
                    pulih.as(HQ).cases().register(form().build()).beneficiary().id();

            for (Runnable attempt : List.<Runnable>of(
                    () -> pulih.as(KUPANG).cases().findByNik(Nik.of(NIK)),
                    () -> pulih.as(KUPANG)
                            .cases()
                            .register(form().name("Siti A.").build()))) {
                assertThatThrownBy(attempt::run).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo("case.elsewhere");
                    assertThat(e.getMessage()).doesNotContain(fromPraya.toString());
                    assertThat(pulih.as(HQ)
                                    .oversight()
                                    .resolveReference(e.reference().orElseThrow()))
                            .isEqualTo(fromPraya);
                });
            }
            assertThat(pulih.store().beneficiaries().count()).isEqualTo(1);
        }
    }

    @Test
    void aSecondGrantIsRefusedAndASupervisorsRenewalFollowsTheFirstOnH2AndPostgres() {
        for (DataSource ds : List.of(Databases.h2(), Databases.freshPostgres())) {
            Pulih pulih = Pulih.builder().store(JdbcStore.open(ds)).build();
            Instant start = pulih.clock().instant().minusSeconds(1);
            BeneficiaryId fromPraya =
                    pulih.as(HQ).cases().register(form().build()).beneficiary().id();
            AccessGrant first = pulih.as(KUPANG)
                    .oversight()
                    .breakGlass(fromPraya, "admitted unconscious to RSUD Kupang", Duration.ofHours(4));

            assertThatThrownBy(() -> pulih.as(KUPANG)
                            .oversight()
                            .breakGlass(fromPraya, "admitted unconscious to RSUD Kupang", Duration.ofHours(4)))
                    .isInstanceOfSatisfying(
                            ConflictException.class, e -> assertThat(e.code()).isEqualTo("grant.active"));
            AccessGrant renewed = pulih.as(LOMBOK_TENGAH_SUPERVISOR)
                    .oversight()
                    .renewGrant(first.id(), "still in intensive care", Duration.ofHours(4));

            assertThat(renewed.grantedAt()).isEqualTo(first.expiresAt());
            assertThat(renewed.renewedBy()).contains(LOMBOK_TENGAH_SUPERVISOR.id());
            assertThat(pulih.as(LOMBOK_TENGAH_SUPERVISOR).oversight().grants(start))
                    .containsExactly(first, renewed);
        }
    }
}
