package id.pulih;

import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the 2019 guidance programmes of the seed reports, with generated (not real) participants. */
final class SeedProgrammes {
    static final OrganisationId KEMENSOS = OrganisationId.of("KEMENSOS-RSTS-KPO");
    static final OrganisationId PANCA_KARSA = OrganisationId.of("LKS-PANCA-KARSA");
    static final OrganisationId RUMAH_PEREMPUAN = OrganisationId.of("LKS-RUMAH-PEREMPUAN");

    private final Desk desk;

    SeedProgrammes(Desk desk) {
        this.desk = desk;
    }

    Programme programme(String venue, String regency, LocalDate day, int capacity, OrganisationId partner) {
        return desk.guidance()
                .create(new ProgrammeForm(
                        "Bimbingan Sosial WNI-M KPO",
                        KEMENSOS,
                        Set.of(partner),
                        venue,
                        regency,
                        day,
                        day,
                        capacity,
                        List.of(Topic.ENTREPRENEURSHIP_PRACTICE, Topic.MARKETING_STRATEGY),
                        Set.of()));
    }

    GrantScheme scheme(Programme programme, String amount, String budget) {
        return desk.grants()
                .createScheme(new SchemeForm(
                        programme.id(), Rupiah.parse(amount), Rupiah.parse(budget), "APBN Kemensos 2019"));
    }

    /** Registers, enrols and completes {@code count} participants from a district of the programme's regency. */
    List<BeneficiaryId> participants(Programme programme, String district, int count) {
        List<BeneficiaryId> ids = new ArrayList<>();
        LocalDate day = programme.startsOn();
        for (int i = 0; i < count; i++) {
            BeneficiaryId id = desk.cases()
                    .register(Fixtures.intake()
                            .name(name(i))
                            .originRegion(district)
                            .returnDate(LocalDate.of(2019, 3, 1))
                            .consents(List.of(ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, day)))
                            .build())
                    .beneficiary()
                    .id();
            desk.guidance().enrol(programme.id(), id, day, null);
            for (Topic topic : programme.topics()) {
                desk.guidance().recordAttendance(programme.id(), id, topic, day);
            }
            ids.add(id);
        }
        return ids;
    }

    List<Award> awardAll(GrantScheme scheme, List<BeneficiaryId> participants) {
        List<Award> awards = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            awards.add(
                    desk.grants().award(scheme.id(), participants.get(i), new AccountForm("BRI", account(i), name(i))));
        }
        return awards;
    }

    static String name(int i) {
        StringBuilder letters = new StringBuilder();
        int n = i;
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "Peserta " + Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    static String account(int i) {
        return String.format("0123%08d", i);
    }
}
