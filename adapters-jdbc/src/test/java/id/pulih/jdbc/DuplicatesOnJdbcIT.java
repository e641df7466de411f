package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.Registration;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.shared.PersonName;
import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** One person, one case, through the services on real databases: probable duplicates are flagged and merged. */
class DuplicatesOnJdbcIT {

    @Test
    void aProbableDuplicateIsFlaggedAndMergedOnH2AndPostgres() {
        for (DataSource ds : List.of(Databases.h2(), Databases.freshPostgres())) {
            Pulih pulih = Pulih.builder().store(JdbcStore.open(ds)).build();
            Desk hq = pulih.as(
                    Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national()));
            Desk supervisor = pulih.as(
                    Actor.of("hq-sup", PersonName.of("Dewi Lestari"), Role.SUPERVISOR, Jurisdiction.national()));
            IntakeFormBuilder form = new IntakeFormBuilder()
                    .name("Siti Aminah")
                    .sex(Sex.FEMALE)
                    .birthDate(LocalDate.of(1990, 7, 5))
                    .documentStatus(DocumentStatus.LOST)
                    .originRegion("52.02.01")
                    .returnCountry("MY")
                    .returnDate(LocalDate.of(2020, 3, 1))
                    .returnMode(ReturnMode.DEPORTED);
            Registration first = hq.cases().register(form.build());

            Registration second = hq.cases().register(form.name("SITI  AMINAH").build());

            assertThat(second.duplicates())
                    .singleElement()
                    .satisfies(d -> assertThat(d.existing())
                            .isEqualTo(first.beneficiary().id()));
            var survivor = supervisor
                    .cases()
                    .merge(second.duplicates().get(0).id(), first.beneficiary().id());
            assertThat(survivor.mergedFrom())
                    .containsExactly(second.beneficiary().id());
            assertThat(hq.cases().get(second.beneficiary().id()).id())
                    .isEqualTo(first.beneficiary().id());
        }
    }
}
