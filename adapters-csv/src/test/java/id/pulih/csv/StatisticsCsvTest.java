package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.report.statistics.StatisticsSummary;
import id.pulih.shared.Sex;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatisticsCsvTest {
    private static final String[] NAMES = {
        "Siti", "Nur", "Dewi", "Wati", "Yuli", "Ani", "Sri", "Ayu", "Lia", "Eka", "Tini", "Rini", "Budi", "Agus"
    };

    @Test
    void writesHtcdsFieldNamesAndOneLinePerPublishedPerson() {
        Pulih pulih = Officers.pulih();
        for (int i = 0; i < 14; i++) {
            boolean man = i >= 12;
            pulih.as(Officers.HQ)
                    .cases()
                    .register(new IntakeFormBuilder()
                            .name(NAMES[i] + " Lestari")
                            .sex(man ? Sex.MALE : Sex.FEMALE)
                            .birthDate(LocalDate.of(1991, 1 + i % 2, 1 + i))
                            .documentStatus(DocumentStatus.LOST)
                            .originRegion(man ? "53.01" : "52.02")
                            .returnCountry("MY")
                            .returnDate(LocalDate.of(2020, 3, 1))
                            .returnMode(ReturnMode.DEPORTED)
                            .exploitation(Set.of(ExploitationType.FORCED_LABOUR))
                            .control(Set.of(MeansOfControl.DEBT_BONDAGE, MeansOfControl.WITHHOLDS_DOCUMENTS))
                            .sector(LabourSector.DOMESTIC_WORK)
                            .build());
        }
        StringWriter out = new StringWriter();

        StatisticsSummary summary = StatisticsCsv.write(pulih.as(Officers.HQ).reports(), 11, out, ',');

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("prs_Gender,ageBroad,prs_Citizenship,yearOfRegistration,monthOfRegistration,"
                        + "CountryOfExploitation,regionOfOrigin,vic_TypeOfExploitation,vic_MethodsOfControl,"
                        + "vic_ForcedLabourIndustry,vic_RelationshipToTrafficker");
        assertThat(lines).hasSize(13);
        assertThat(lines[1])
                .isEqualTo("Feminine,25--29,IDN,2020,6,MYS,52.02,ForcedLabour,DebtBondage|WithholdsDocuments,"
                        + "T_ActivitiesOfHouseholdsAsEmployers,");
        assertThat(summary.suppressed()).isEqualTo(2);
        assertThat(out.toString()).doesNotContain("Lestari", "1991");
    }
}
