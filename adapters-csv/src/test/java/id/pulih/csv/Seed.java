package id.pulih.csv;

import id.pulih.Desk;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.grant.AccountForm;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A programme in Lombok Tengah with registered, enrolled participants, as in the 2019 seed reports. */
final class Seed {
    static final LocalDate DAY = LocalDate.of(2019, 10, 31);
    static final List<Topic> TOPICS = List.of(Topic.ENTREPRENEURSHIP_PRACTICE, Topic.MARKETING_STRATEGY);

    private Seed() {}

    static IntakeFormBuilder intake(String name) {
        return new IntakeFormBuilder()
                .name(name)
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 7, 5))
                .documentStatus(DocumentStatus.LOST)
                .originRegion("52.02.01")
                .returnCountry("MY")
                .returnDate(LocalDate.of(2019, 3, 1))
                .entryPoint("Tanjung Pinang")
                .returnMode(ReturnMode.DEPORTED)
                .consents(List.of(ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, DAY)));
    }

    static Programme programme(Desk desk) {
        return desk.guidance()
                .create(new ProgrammeForm(
                        "Bimbingan Sosial WNI-M KPO",
                        OrganisationId.of("KEMENSOS-RSTS-KPO"),
                        Set.of(OrganisationId.of("LKS-PANCA-KARSA")),
                        "Aula SMKN 1 Praya",
                        "52.02",
                        DAY,
                        DAY,
                        50,
                        TOPICS,
                        Set.of()));
    }

    /** Registers and enrols participants; attends every topic when {@code complete}. */
    static List<BeneficiaryId> participants(Desk desk, Programme programme, int count, boolean complete) {
        List<BeneficiaryId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BeneficiaryId id =
                    desk.cases().register(intake(name(i)).build()).beneficiary().id();
            desk.guidance().enrol(programme.id(), id, DAY, null);
            if (complete) {
                for (Topic topic : TOPICS) {
                    desk.guidance().recordAttendance(programme.id(), id, topic, DAY);
                }
            }
            ids.add(id);
        }
        return ids;
    }

    static GrantScheme scheme(Desk desk, Programme programme) {
        return desk.grants()
                .createScheme(new SchemeForm(
                        programme.id(), Rupiah.parse("Rp 960.000"), Rupiah.parse("Rp 96.000.000"), "APBN 2019"));
    }

    static void awardAndDisburse(Desk desk, GrantScheme scheme, List<BeneficiaryId> people) {
        for (int i = 0; i < people.size(); i++) {
            var award = desk.grants()
                    .award(scheme.id(), people.get(i), new AccountForm("BRI", String.format("0123%08d", i), name(i)));
            desk.grants().disburse(award.id());
        }
    }

    static String name(int i) {
        return "Peserta " + (char) ('A' + i % 26) + (char) ('a' + i / 26);
    }
}
