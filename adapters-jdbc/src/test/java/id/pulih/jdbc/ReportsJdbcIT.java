package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.RejectionReason;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.guidance.Topic;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.PlannedServiceForm;
import id.pulih.reintegration.ServiceType;
import id.pulih.reintegration.VisitForm;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.report.GrantRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.ReportQueries;
import id.pulih.report.ReportScope;
import id.pulih.report.ShelterRow;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.PlanId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Rupiah;
import id.pulih.shared.Sex;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.ShelterType;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import id.pulih.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reports of {@link JdbcStore}, counted in SQL, against those of the in-memory store for the same commands: the
 * same history is built through the services on both stores, then every report is compared for every kind of scope,
 * on H2 and on PostgreSQL. A few counts are also checked by hand, so that both cannot be wrong alike.
 */
class ReportsJdbcIT {
    private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate HANDOVER = LocalDate.of(2020, 3, 23);

    private static final OrganisationId KEMENSOS = OrganisationId.of("KEMENSOS-RSTS-KPO");
    private static final OrganisationId DINSOS_5202 = OrganisationId.of("DINSOS-5202");
    private static final OrganisationId PANCA_KARSA = OrganisationId.of("LKS-PANCA-KARSA");
    private static final OrganisationId RUMAH_PEREMPUAN = OrganisationId.of("LKS-RUMAH-PEREMPUAN");

    private static final Actor HQ = actor("hq-01", Role.CASE_WORKER, Jurisdiction.national());
    private static final Actor SUPERVISOR = actor("hq-sup", Role.SUPERVISOR, Jurisdiction.national());
    private static final Actor PANCA_KARSA_OFFICER =
            actor("lks-ppk-01", Role.CASE_WORKER, Jurisdiction.partner(PANCA_KARSA));
    private static final Actor RUMAH_PEREMPUAN_OFFICER =
            actor("lks-rp-01", Role.CASE_WORKER, Jurisdiction.partner(RUMAH_PEREMPUAN));

    @Test
    void everyReportOnH2CountsWhatTheInMemoryStoreCounts() {
        compare(JdbcStore.open(Databases.h2()));
    }

    @Test
    void everyReportOnPostgresCountsWhatTheInMemoryStoreCounts() {
        compare(JdbcStore.open(Databases.freshPostgres()));
    }

    private static void compare(JdbcStore database) {
        World expected = World.build(new InMemoryStore());
        World actual = World.build(database);

        Map<String, ReportScope> expectedScopes = expected.scopes();
        Map<String, ReportScope> actualScopes = actual.scopes();
        for (String name : expectedScopes.keySet()) {
            assertThat(Reports.of(actual.store.reports(), actualScopes.get(name)))
                    .as("the reports for %s", name)
                    .isEqualTo(Reports.of(expected.store.reports(), expectedScopes.get(name)));
        }

        ReportQueries sql = actual.store.reports();
        ReportScope all = actualScopes.get("ALL");
        assertThat(sql.programmes(all))
                .extracting(
                        ProgrammeRow::venue, ProgrammeRow::enrolled, ProgrammeRow::attended, ProgrammeRow::completed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Aula SMKN 1 Praya", 5L, 4L, 3L),
                        org.assertj.core.groups.Tuple.tuple("Aula Dinas Sosial Kota Kupang", 3L, 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("Balai Desa Gerung", 1L, 1L, 1L));
        assertThat(sql.grants(all)).hasSize(2).first().satisfies(g -> {
            assertThat(g.awards()).isEqualTo(3);
            assertThat(g.paidTotal()).isEqualTo(Rupiah.parse("Rp 1.920.000"));
            assertThat(g.rejectedTotal()).isEqualTo(Rupiah.parse("Rp 960.000"));
        });
        assertThat(sql.overdueFollowUps(TODAY, all)).isEqualTo(1);
        assertThat(sql.beneficiariesByOrigin(RegionLevel.PROVINCE, all))
                .extracting(r -> r.code().toString(), r -> r.count())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("52", 10L), org.assertj.core.groups.Tuple.tuple("53", 5L));
        assertThat(sql.shelters(actualScopes.get("SHELTER RPTC-MTR")))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.admitted()).isEqualTo(1);
                    assertThat(s.transferred()).isEqualTo(1);
                });
        assertThat(sql.beneficiariesByReturnYear(all))
                .as("the merged record, returned in 2017, is not counted")
                .extracting(r -> r.year())
                .containsExactly(2018, 2019, 2020);
        assertThat(sql.outcomes(actualScopes.get("SHELTER RPSW-KPG")).stream()
                        .mapToLong(r -> r.count())
                        .sum())
                .as("Maria stayed there, Yohana was registered there")
                .isEqualTo(2);
        assertThat(sql.outcomes(actualScopes.get("PARTNER LKS-PANCA-KARSA")))
                .extracting(r -> r.count())
                .containsExactly(1L);
    }

    /** Every report for one scope, with the generated ids left out: they differ between the two stores. */
    private record Reports(
            List<?> provinces,
            List<?> regencies,
            List<?> years,
            List<ShelterRow> shelters,
            List<ProgrammeRow> programmes,
            List<GrantRow> grants,
            List<?> services,
            List<?> outcomes,
            long overdueToday,
            long overdueInAYear) {
        static Reports of(ReportQueries q, ReportScope scope) {
            return new Reports(
                    q.beneficiariesByOrigin(RegionLevel.PROVINCE, scope),
                    q.beneficiariesByOrigin(RegionLevel.REGENCY, scope),
                    q.beneficiariesByReturnYear(scope),
                    q.shelters(scope).stream()
                            .map(s -> new ShelterRow(
                                    null,
                                    s.code(),
                                    s.name(),
                                    s.region(),
                                    s.capacity(),
                                    s.stillIn(),
                                    s.admitted(),
                                    s.returnedHome(),
                                    s.transferred(),
                                    s.otherDischarges()))
                            .toList(),
                    q.programmes(scope).stream()
                            .map(p -> new ProgrammeRow(
                                    null,
                                    p.title(),
                                    p.venue(),
                                    p.region(),
                                    p.regionName(),
                                    p.startsOn(),
                                    p.capacity(),
                                    p.enrolled(),
                                    p.attended(),
                                    p.completed()))
                            .toList(),
                    q.grants(scope).stream()
                            .map(g -> new GrantRow(
                                    null,
                                    g.title(),
                                    g.region(),
                                    g.regionName(),
                                    g.awards(),
                                    g.awarded(),
                                    g.paid(),
                                    g.paidTotal(),
                                    g.rejected(),
                                    g.rejectedTotal()))
                            .toList(),
                    q.servicesByComponent(scope),
                    q.outcomes(scope),
                    q.overdueFollowUps(TODAY, scope),
                    q.overdueFollowUps(TODAY.plusYears(1), scope));
        }
    }

    /** One history, built through the services on a store. */
    private static final class World {
        private final Store store;
        private final Pulih pulih;
        private final Desk hq;
        private final Map<String, Shelter> shelters = new LinkedHashMap<>();
        private final Map<BeneficiaryId, String> names = new LinkedHashMap<>();
        private int accounts;

        private World(Store store) {
            this.store = store;
            this.pulih = Pulih.builder().store(store).clock(CLOCK).build();
            this.hq = pulih.as(HQ);
        }

        static World build(Store store) {
            World w = new World(store);
            w.cases();
            w.programmes();
            return w;
        }

        Map<String, ReportScope> scopes() {
            Map<String, ReportScope> scopes = new LinkedHashMap<>();
            scopes.put("ALL", ReportScope.of(Jurisdiction.national()));
            for (String province : List.of("52", "53", "21", "31")) {
                scopes.put("REGION " + province, ReportScope.of(Jurisdiction.province(RegionCode.of(province))));
            }
            for (String regency : List.of("52.02", "52.01", "52.71", "53.01", "53.71", "21.72")) {
                scopes.put("REGION " + regency, ReportScope.of(Jurisdiction.regency(RegionCode.of(regency))));
            }
            for (String smaller : List.of("52.02.01", "52.02.01.1002", "53.71.01")) {
                scopes.put(
                        "REGION " + smaller,
                        new ReportScope(ReportScope.Kind.REGION, RegionCode.of(smaller), null, null));
            }
            shelters.forEach((code, s) -> scopes.put("SHELTER " + code, ReportScope.of(Jurisdiction.shelter(s.id()))));
            for (OrganisationId partner : List.of(PANCA_KARSA, RUMAH_PEREMPUAN, OrganisationId.of("LKS-NONE"))) {
                scopes.put("PARTNER " + partner.code(), ReportScope.of(Jurisdiction.partner(partner)));
            }
            return scopes;
        }

        private void cases() {
            Shelter tpi = shelter("RPTC-TPI", "21.72", 50);
            Shelter mataram = shelter("RPTC-MTR", "52.71", 20);
            Shelter kupang = shelter("RPSW-KPG", "53.71", 10);

            // brought home to Lombok Tengah, each with a plan
            BeneficiaryId siti = register("Siti Aminah", "52.02.01", LocalDate.of(2020, 3, 1));
            BeneficiaryId ani = register("Ani Lestari", "52.02.01.1002", LocalDate.of(2020, 2, 28));
            BeneficiaryId wati = register("Wati Susanti", "52.02.05", LocalDate.of(2020, 2, 1));
            for (BeneficiaryId id : List.of(siti, ani, wati)) {
                repatriate(id, tpi);
            }
            // still in Tanjung Pinang
            BeneficiaryId budi = register("Budi Santoso", "52.01.01", LocalDate.of(2019, 3, 1));
            hq.shelters().admit(budi, tpi.id(), LocalDate.of(2020, 3, 5));
            // transferred from Mataram to Kupang, then to hospital
            BeneficiaryId maria = register("Maria Goreti", "53.01.08", LocalDate.of(2020, 1, 10));
            Stay atMataram = hq.shelters().admit(maria, mataram.id(), LocalDate.of(2020, 1, 12));
            Stay atKupang = hq.shelters().transfer(atMataram.id(), kupang.id(), LocalDate.of(2020, 2, 1));
            hq.shelters()
                    .discharge(atKupang.id(), DischargeReason.REFERRED_TO_HOSPITAL, LocalDate.of(2020, 2, 15), "RSUD");
            // registered at the Kupang shelter without a stay there
            Desk kupangDesk = pulih.as(actor("rpsw-kpg-01", Role.CASE_WORKER, Jurisdiction.shelter(kupang.id())));
            kupangDesk
                    .cases()
                    .register(intake("Yohana Bria", "53.71.01", LocalDate.of(2018, 11, 2))
                            .build());
            // a record merged into Siti's is never counted. Written straight to the store: registering a true
            // duplicate through the service fails on the JDBC store, which saves the potential_duplicate row before
            // the beneficiary it refers to (CaseService.register), and merging needs that flag.
            BeneficiaryId merged = register("Dewi Kartika", "53.01.08", LocalDate.of(2017, 5, 5));
            store.inTransaction(() -> store.beneficiaries()
                    .save(store.beneficiaries().find(merged).orElseThrow().mergeInto(siti)));
            Desk supervisor = pulih.as(SUPERVISOR);

            // Siti: a debt settled, training referred to and accepted by Panca Karsa, therapy cancelled
            hq.reintegration().createPlan(PlanForm.of(siti, "a food stall in Praya"));
            PlannedService debt =
                    hq.reintegration().addService(plan(siti), service(ServiceType.DEBT_SETTLEMENT, "Rp 3.500.000"));
            hq.reintegration().startService(debt.id());
            hq.reintegration().deliverService(debt.id(), TODAY);
            PlannedService training = hq.reintegration()
                    .addService(plan(siti), service(ServiceType.ENTREPRENEURSHIP_EMPOWERMENT, "Rp 2.000.000"));
            hq.reintegration().refer(training.id(), PANCA_KARSA);
            pulih.as(PANCA_KARSA_OFFICER).reintegration().acceptReferral(training.id());
            PlannedService therapy =
                    hq.reintegration().addService(plan(siti), service(ServiceType.PSYCHOSOCIAL_THERAPY, "Rp 750.000"));
            hq.reintegration().cancelService(therapy.id(), "seen at the puskesmas");

            // Ani: health costs refused by Panca Karsa, now pending at Rumah Perempuan; her first visit recorded
            hq.reintegration().createPlan(PlanForm.of(ani, "back to school"));
            PlannedService health =
                    hq.reintegration().addService(plan(ani), service(ServiceType.HEALTH_COSTS, "Rp 1.500.000"));
            hq.reintegration().refer(health.id(), PANCA_KARSA);
            pulih.as(PANCA_KARSA_OFFICER).reintegration().rejectReferral(health.id(), "no clinic nearby");
            hq.reintegration().refer(health.id(), RUMAH_PEREMPUAN);
            FollowUp first = hq.reintegration().followUps(ani).get(0);
            hq.reintegration()
                    .recordVisit(
                            first.id(),
                            new VisitForm(TODAY, Set.of(RiskFactor.DEBT_TRAP, RiskFactor.SHAME_AT_RETURN), "calm"));

            // Wati: childcare referred without consent by a supervisor; then the case closed, lost contact
            hq.reintegration().createPlan(new PlanForm(wati, List.of("work"), List.of(1, 6)));
            PlannedService childcare =
                    hq.reintegration().addService(plan(wati), service(ServiceType.CHILDCARE, "Rp 600.000"));
            supervisor.reintegration().referWithOverride(childcare.id(), RUMAH_PEREMPUAN, "the child is at risk");
            pulih.as(RUMAH_PEREMPUAN_OFFICER).reintegration().acceptReferral(childcare.id());
            supervisor.cases().close(wati, CaseOutcome.LOST_CONTACT, "moved away");
        }

        private void programmes() {
            Programme praya = programme(
                    "Aula SMKN 1 Praya",
                    "52.02",
                    LocalDate.of(2019, 10, 31),
                    PANCA_KARSA,
                    List.of(Topic.ENTREPRENEURSHIP_PRACTICE, Topic.MARKETING_STRATEGY),
                    Set.of(Topic.ENTREPRENEURSHIP_PRACTICE));
            List<BeneficiaryId> completed = participants(praya, "52.02.01", 3, praya.topics());
            participants(praya, "52.02.05", 1, List.of(Topic.MARKETING_STRATEGY));
            participants(praya, "52.02.05", 1, List.of());

            Programme kupang = programme(
                    "Aula Dinas Sosial Kota Kupang",
                    "53.71",
                    LocalDate.of(2019, 11, 20),
                    RUMAH_PEREMPUAN,
                    List.of(Topic.CAKE_MAKING, Topic.FOOD_PROCESSING),
                    Set.of());
            // no required topics named: every topic is required
            List<BeneficiaryId> baker =
                    participants(kupang, "53.71.01", 1, List.of(Topic.FOOD_PROCESSING, Topic.CAKE_MAKING));
            participants(kupang, "53.71.01", 1, List.of(Topic.CAKE_MAKING));
            participants(kupang, "53.71.01", 1, List.of());

            Programme gerung = programme(
                    "Balai Desa Gerung",
                    "52.01",
                    LocalDate.of(2019, 12, 5),
                    DINSOS_5202,
                    List.of(Topic.FOOD_PROCESSING, Topic.CAKE_MAKING),
                    Set.of(Topic.FOOD_PROCESSING, Topic.CAKE_MAKING));
            participants(gerung, "52.01.01", 1, List.of(Topic.CAKE_MAKING, Topic.FOOD_PROCESSING));

            GrantScheme prayaGrants = hq.grants()
                    .createScheme(new SchemeForm(
                            praya.id(), Rupiah.parse("Rp 960.000"), Rupiah.parse("Rp 4.800.000"), "APBN 2019"));
            List<Award> awards = new ArrayList<>();
            for (BeneficiaryId id : completed) {
                awards.add(award(prayaGrants, id));
            }
            awards.forEach(a -> hq.grants().disburse(a.id()));
            PaymentBatch batch =
                    hq.grants().prepareBatches(prayaGrants.id(), 10).get(0);
            hq.grants().sendBatch(batch.id(), LocalDate.of(2019, 11, 4));
            hq.grants().applyBankResult(BankResult.paid(batch.payments().get(0), "R1", LocalDate.of(2019, 11, 5)));
            hq.grants().applyBankResult(BankResult.paid(batch.payments().get(1), "R2", LocalDate.of(2019, 11, 5)));
            hq.grants()
                    .applyBankResult(BankResult.rejected(
                            batch.payments().get(2), "R3", RejectionReason.ACCOUNT_CLOSED, LocalDate.of(2019, 11, 5)));

            GrantScheme kupangGrants = hq.grants()
                    .createScheme(new SchemeForm(
                            kupang.id(), Rupiah.parse("Rp 500.000"), Rupiah.parse("Rp 1.000.000"), "APBD 2019"));
            hq.grants().disburse(award(kupangGrants, baker.get(0)).id());
        }

        private Shelter shelter(String code, String region, int capacity) {
            Shelter s =
                    hq.shelters().open(new ShelterForm(code, "Shelter " + code, ShelterType.RPTC, region, capacity));
            shelters.put(code, s);
            return s;
        }

        private BeneficiaryId register(String name, String origin, LocalDate returned) {
            return hq.cases()
                    .register(intake(name, origin, returned).build())
                    .beneficiary()
                    .id();
        }

        private void repatriate(BeneficiaryId id, Shelter from) {
            hq.shelters().admit(id, from.id(), LocalDate.of(2020, 3, 2));
            Repatriation r = hq.returns()
                    .plan(new ReturnPlanForm(
                            id,
                            null,
                            null,
                            TransportMode.SHIP,
                            "escort-01",
                            "Dinas Sosial Kabupaten Lombok Tengah",
                            LocalDate.of(2020, 3, 20)));
            hq.returns().depart(r.id(), LocalDate.of(2020, 3, 20));
            hq.returns().handOver(r.id(), HANDOVER, "Lalu Ahmad");
        }

        private PlanId plan(BeneficiaryId id) {
            return hq.reintegration().plan(id).orElseThrow().id();
        }

        private Programme programme(
                String venue,
                String regency,
                LocalDate day,
                OrganisationId partner,
                List<Topic> topics,
                Set<Topic> required) {
            return hq.guidance()
                    .create(new ProgrammeForm(
                            "Bimbingan Sosial WNI-M KPO",
                            KEMENSOS,
                            Set.of(partner),
                            venue,
                            regency,
                            day,
                            day,
                            10,
                            topics,
                            required));
        }

        /** Registers and enrols participants, each attending the topics given. */
        private List<BeneficiaryId> participants(Programme programme, String district, int count, List<Topic> attend) {
            List<BeneficiaryId> ids = new ArrayList<>();
            LocalDate day = programme.startsOn();
            for (int i = 0; i < count; i++) {
                String name = "Peserta " + (char) ('A' + accounts++);
                BeneficiaryId id = hq.cases()
                        .register(intake(name, district, LocalDate.of(2019, 3, 1))
                                .consents(List.of(ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, day)))
                                .build())
                        .beneficiary()
                        .id();
                names.put(id, name);
                hq.guidance().enrol(programme.id(), id, day, null);
                for (Topic topic : attend) {
                    hq.guidance().recordAttendance(programme.id(), id, topic, day);
                }
                ids.add(id);
            }
            return ids;
        }

        private Award award(GrantScheme scheme, BeneficiaryId id) {
            return hq.grants()
                    .award(
                            scheme.id(),
                            id,
                            new AccountForm("BRI", String.format("0123%08d", accounts++), names.get(id)));
        }

        private static PlannedServiceForm service(ServiceType type, String cost) {
            return new PlannedServiceForm(type, null, null, DINSOS_5202, LocalDate.of(2020, 7, 1), Rupiah.parse(cost));
        }

        private static IntakeFormBuilder intake(String name, String origin, LocalDate returned) {
            return new IntakeFormBuilder()
                    .name(name)
                    .sex(Sex.FEMALE)
                    .birthDate(LocalDate.of(1990, 7, 5))
                    .documentStatus(DocumentStatus.LOST)
                    .originRegion(origin)
                    .returnCountry("MY")
                    .returnDate(returned)
                    .entryPoint("Tanjung Pinang")
                    .returnMode(ReturnMode.DEPORTED)
                    .consents(List.of(ConsentForm.given(ConsentPurpose.DISCLOSURE_TO_PARTNERS, returned)));
        }
    }

    private static Actor actor(String id, Role role, Jurisdiction jurisdiction) {
        return Actor.of(id, PersonName.of("Rina Wulandari"), role, jurisdiction);
    }
}
