package id.pulih.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.CorrectionFormBuilder;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.Need;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.ProposalForm;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.guidance.Topic;
import id.pulih.privacy.SubjectRecord;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.PlannedServiceForm;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ServiceType;
import id.pulih.reintegration.VisitForm;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Rupiah;
import id.pulih.shared.Sex;
import id.pulih.shelter.ServiceForm;
import id.pulih.shelter.ServiceKind;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.ShelterType;
import id.pulih.shelter.Stay;
import id.pulih.store.memory.InMemoryStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One fixed person, Siti Aminah of Praya (Lombok Tengah), taken through intake, a shelter, the return home, the
 * guidance programme and its stimulus grant (Rp 960.000, paid), a proposal, a reintegration plan with a referral to
 * LKS Panca Karsa, and a follow-up visit; her record as a case worker exports it (masked) and as a supervisor
 * (whole), written as JSON and as the summary, each compared with its golden file in {@code src/test/resources}. The
 * ids are random UUIDs: each is replaced, in order of first appearance, by a numbered one before comparing. Run with
 * {@code -Dgolden.update=true} to write the files afresh (then read the difference before committing it).
 */
class SubjectRecordGoldenTest {
    private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final OrganisationId PANCA_KARSA = OrganisationId.of("LKS-PANCA-KARSA");
    private static final Actor HQ =
            Actor.of("hq-rina", PersonName.of("Rina Wulandari"), Role.SUPERVISOR, Jurisdiction.national());
    private static final Actor CASE_WORKER = Actor.of(
            "dinsos-5202-baiq",
            PersonName.of("Baiq Nurul"),
            Role.CASE_WORKER,
            Jurisdiction.regency(RegionCode.of("52.02")));
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void theMaskedRecordOfOneFixedPersonIsItsGoldenJsonAndSummary() {
        SubjectRecord record = sitiAminah(CASE_WORKER);
        String json = SubjectRecordJson.toJson(record);
        Schemas.assertValid(json);
        assertGolden("siti-aminah-masked.json", json);
        assertGolden("siti-aminah-masked.md", SubjectRecordSummary.toText(record));
        assertThat(json).doesNotContain("5202014507900001", "012301000456507", "081234567890");
    }

    @Test
    void theWholeRecordOfOneFixedPersonIsItsGoldenJsonAndSummary() {
        SubjectRecord record = sitiAminah(HQ);
        String json = SubjectRecordJson.toJson(record);
        Schemas.assertValid(json);
        assertGolden("siti-aminah-whole.json", json);
        assertGolden("siti-aminah-whole.md", SubjectRecordSummary.toText(record));
        assertThat(json).contains("5202014507900001", "012301000456507", "081234567890");
    }

    /** Builds the person through the services, then exports her record as {@code officer}. */
    private static SubjectRecord sitiAminah(Actor officer) {
        Pulih pulih = Pulih.builder().store(new InMemoryStore()).clock(CLOCK).build();
        Desk hq = pulih.as(HQ);
        Shelter shelter =
                hq.shelters().open(new ShelterForm("RPTC-TPI", "RPTC Tanjung Pinang", ShelterType.RPTC, "21.72", 40));
        BeneficiaryId id = hq.cases()
                .register(new IntakeFormBuilder()
                        .name("Siti Aminah")
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(1990, 7, 5))
                        .nik("5202014507900001")
                        .documentStatus(DocumentStatus.LOST)
                        .originRegion("52.02.01")
                        .returnCountry("MY")
                        .returnDate(LocalDate.of(2020, 2, 1))
                        .entryPoint("Tanjung Pinang")
                        .returnMode(ReturnMode.DEPORTED)
                        .exploitation(Set.of(ExploitationType.FORCED_LABOUR))
                        .control(Set.of(MeansOfControl.DEBT_BONDAGE, MeansOfControl.WITHHOLDS_DOCUMENTS))
                        .sector(LabourSector.DOMESTIC_WORK)
                        .recruiter(RecruiterRelation.FRIEND_OR_ACQUAINTANCE)
                        .consents(List.of(
                                ConsentForm.given(ConsentPurpose.CASE_MANAGEMENT, LocalDate.of(2020, 2, 1)),
                                ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, LocalDate.of(2020, 2, 1)),
                                ConsentForm.given(ConsentPurpose.DISCLOSURE_TO_PARTNERS, LocalDate.of(2020, 2, 1))))
                        .build())
                .beneficiary()
                .id();
        hq.cases()
                .assess(
                        id,
                        new AssessmentForm(
                                LocalDate.of(2020, 2, 3),
                                PovertyCategory.MISKIN_EKSTREM,
                                Set.of(Vulnerability.values()[0]),
                                Set.of(RiskFactor.DEBT_TRAP, RiskFactor.SHAME_AT_RETURN),
                                Set.of(Need.values()[0])));
        Stay stay = hq.shelters().admit(id, shelter.id(), LocalDate.of(2020, 2, 1));
        hq.shelters().recordService(stay.id(), new ServiceForm(ServiceKind.MEALS, LocalDate.of(2020, 2, 2), ""));
        Beneficiary b = pulih.store().beneficiaries().find(id).orElseThrow();
        hq.cases()
                .correct(
                        id,
                        new CorrectionFormBuilder()
                                .phone("0812 3456 7890")
                                .bankCode("BRI")
                                .accountNumber("0123-01-000456-50-7")
                                .reason("she gave a phone number and opened an account")
                                .expectedVersion(b.version())
                                .build());
        Repatriation r = hq.returns()
                .plan(new ReturnPlanForm(
                        id,
                        null,
                        null,
                        TransportMode.SHIP,
                        "Pak Made",
                        "Dinas Sosial Kabupaten Lombok Tengah",
                        LocalDate.of(2020, 3, 20)));
        hq.returns().depart(r.id(), LocalDate.of(2020, 3, 20));
        hq.returns().handOver(r.id(), LocalDate.of(2020, 3, 23), "Lalu Ahmad");
        ReintegrationPlan plan = hq.reintegration().createPlan(PlanForm.of(id, "a small food stall"));
        PlannedService service = hq.reintegration()
                .addService(
                        plan.id(),
                        new PlannedServiceForm(
                                ServiceType.ENTREPRENEURSHIP_EMPOWERMENT,
                                null,
                                null,
                                OrganisationId.of("DINSOS-5202"),
                                LocalDate.of(2020, 7, 1),
                                Rupiah.parse("Rp 1.500.000")));
        hq.reintegration().refer(service.id(), PANCA_KARSA);
        Programme programme = hq.guidance()
                .create(new ProgrammeForm(
                        "Bimbingan Sosial WNI-M KPO",
                        OrganisationId.of("KEMENSOS-RSTS-KPO"),
                        Set.of(PANCA_KARSA),
                        "Aula SMKN 1 Praya",
                        "52.02",
                        LocalDate.of(2020, 4, 15),
                        LocalDate.of(2020, 4, 15),
                        340,
                        List.of(Topic.ENTREPRENEURSHIP_PRACTICE),
                        Set.of()));
        hq.guidance().enrol(programme.id(), id, LocalDate.of(2020, 4, 15), null);
        hq.guidance().recordAttendance(programme.id(), id, Topic.ENTREPRENEURSHIP_PRACTICE, LocalDate.of(2020, 4, 15));
        GrantScheme scheme = hq.grants()
                .createScheme(new SchemeForm(
                        programme.id(),
                        Rupiah.parse("Rp 960.000"),
                        Rupiah.parse("Rp 326.400.000"),
                        "APBN Kemensos 2020"));
        Award award = hq.grants().award(scheme.id(), id, new AccountForm("BRI", "012301000456507", "Siti Aminah"));
        Payment payment = hq.grants().disburse(award.id());
        PaymentBatch batch = hq.grants().prepareBatches(scheme.id(), 100).get(0);
        hq.grants().sendBatch(batch.id(), LocalDate.of(2020, 5, 4));
        hq.grants().applyBankResult(BankResult.paid(payment.id(), "BRI-20200505-0001", LocalDate.of(2020, 5, 5)));
        hq.grants()
                .submitProposal(new ProposalForm(award.id(), "a second cooking stove", Rupiah.parse("Rp 2.000.000")));
        FollowUp first = hq.reintegration().followUps(id).get(0);
        hq.reintegration()
                .recordVisit(first.id(), new VisitForm(TODAY, Set.of(RiskFactor.DEBT_TRAP), "the stall opened"));
        return pulih.as(officer).privacy().export(id);
    }

    /** The text with every UUID replaced, in order of first appearance, by a numbered one. */
    static String numbered(String text) {
        Map<String, String> seen = new LinkedHashMap<>();
        Matcher m = UUID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = seen.computeIfAbsent(
                    m.group(), k -> String.format("00000000-0000-7000-8000-%012d", seen.size() + 1));
            m.appendReplacement(out, n);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void assertGolden(String name, String actual) {
        String text = numbered(actual);
        if (Boolean.getBoolean("golden.update")) {
            try {
                Path file = Path.of("src/test/resources/id/pulih/json/golden", name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = SubjectRecordGoldenTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in)
                    .as("golden file " + name + " (write it with -Dgolden.update=true)")
                    .isNotNull();
            assertThat(text).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
