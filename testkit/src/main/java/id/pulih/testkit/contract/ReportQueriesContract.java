package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.BOGOR;
import static id.pulih.testkit.contract.ContractRecords.JAKARTA_TIMUR;
import static id.pulih.testkit.contract.ContractRecords.LOMBOK_TENGAH;
import static id.pulih.testkit.contract.ContractRecords.PANCA_KARSA;
import static id.pulih.testkit.contract.ContractRecords.RUMAH_PELANGI;
import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.reintegrationPlan;
import static id.pulih.testkit.contract.ContractRecords.service;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.grant.Award;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.RejectionReason;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.RetraffickingRiskPolicy;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.ServiceType;
import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ReportQueries;
import id.pulih.report.ReportScope;
import id.pulih.report.ServiceRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Rupiah;
import id.pulih.shared.Sex;
import id.pulih.shared.ShelterId;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterType;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ReportQueries}: every report's rows, exactly, over a small known dataset stored through the
 * ports, for each kind of {@link ReportScope}.
 *
 * <p>The dataset: seven people, one of them merged into another (never counted on its own); two shelters, one in
 * Jakarta with a stay handed over home, one still open, one transferred to the other shelter (in Lombok Tengah) and
 * one left without notice; two programmes (Lombok Tengah, partnered by LKS Panca Karsa; Bogor, by LKS Rumah Pelangi)
 * with enrolments and attendance; a scheme for each with awards, and payments PAID, REJECTED and re-issued; two
 * plans with services in every status, referred to both partners; follow-ups overdue, due today, due later, visited
 * and cancelled. Region names are left empty by the store.
 */
public abstract class ReportQueriesContract extends PortContract {
    /** The report date of the overdue follow-ups. */
    private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);

    private static final RegionCode NTB = RegionCode.of("52");
    private static final RegionCode JAWA_BARAT = RegionCode.of("32");
    private static final RegionCode LOMBOK_BARAT = RegionCode.of("52.01");
    private static final ReportScope ALL = new ReportScope(ReportScope.Kind.ALL, null, null, null);

    private Shelter jakarta;
    private Shelter praya;
    private Programme lombok;
    private Programme bogor;

    /** For subclasses. */
    protected ReportQueriesContract() {}

    private ReportQueries reports() {
        return store().reports();
    }

    private static Beneficiary registered(String origin, LocalDate returnedOn, Jurisdiction registeredBy) {
        Person person = new Person(
                PersonName.of("Siti Aminah"),
                Sex.FEMALE,
                BirthDate.estimatedYear(1990),
                Optional.empty(),
                Optional.empty(),
                DocumentStatus.LOST,
                RegionCode.of(origin),
                Optional.empty());
        return Beneficiary.register(
                person,
                new ReturnInfo("MY", returnedOn, "Nunukan", ReturnMode.DEPORTED),
                TraffickingProfile.unknown(),
                List.of(),
                registeredBy,
                T0,
                "officer-1");
    }

    private Beneficiary save(Beneficiary beneficiary) {
        return store().beneficiaries().save(beneficiary);
    }

    private Beneficiary move(Beneficiary from, CaseStatus... path) {
        Beneficiary moved = from;
        for (int i = 0; i < path.length; i++) {
            moved = moved.moveTo(path[i], T0.plusSeconds(3600L * (i + 1)), "officer-1", "");
        }
        return moved;
    }

    private Stay stay(Beneficiary who, Shelter where, LocalDate admittedOn) {
        return ContractRecords.stay(who.id(), where.id(), admittedOn);
    }

    private Enrolment enrolled(Programme in, Beneficiary who, Topic... attended) {
        Enrolment enrolment = Enrolment.enrol(in.id(), who.id(), in.startsOn().minusDays(7), "");
        for (Topic topic : attended) {
            enrolment = enrolment.attend(in, topic, in.startsOn(), "officer-1");
        }
        return store().enrolments().save(enrolment);
    }

    private FollowUp followUp(ReintegrationPlan of, LocalDate start, int monthsAfter) {
        return FollowUp.schedule(of.beneficiary(), of.id(), start, monthsAfter);
    }

    @BeforeEach
    final void storeTheDataset() {
        // shelters, saved out of code order
        praya = store().shelters()
                .save(Shelter.open("RPTC-B-PRAYA", "RPTC Praya", ShelterType.RPTC, LOMBOK_TENGAH, 20));
        jakarta = store().shelters()
                .save(Shelter.open("RPTC-A-JAKARTA", "RPTC Bambu Apus", ShelterType.RPTC, JAKARTA_TIMUR, 40));

        // people: origin, year of return, status
        Beneficiary handedOver = save(move(
                registered("52.02", LocalDate.of(2019, 6, 1), Jurisdiction.national()),
                CaseStatus.SHELTERED,
                CaseStatus.REPATRIATED,
                CaseStatus.IN_REINTEGRATION));
        Beneficiary stillIn = save(
                move(registered("52.02.03", LocalDate.of(2019, 8, 1), Jurisdiction.national()), CaseStatus.SHELTERED));
        Beneficiary transferred = save(
                move(registered("52.01", LocalDate.of(2020, 1, 10), Jurisdiction.national()), CaseStatus.SHELTERED));
        Beneficiary survivor = save(registered("32.01", LocalDate.of(2019, 3, 1), Jurisdiction.shelter(praya.id())));
        Beneficiary duplicate = save(registered("32.01", LocalDate.of(2020, 2, 1), Jurisdiction.national()));
        save(registered("52.02", LocalDate.of(2018, 5, 1), Jurisdiction.national())
                .close(CaseOutcome.REINTEGRATED, T0.plusSeconds(60), "supervisor-1", ""));
        save(registered("52.01", LocalDate.of(2020, 3, 1), Jurisdiction.national()));

        // stays
        store().stays()
                .save(stay(handedOver, jakarta, LocalDate.of(2019, 6, 2))
                        .discharge(LocalDate.of(2019, 7, 1), DischargeReason.REPATRIATED, ""));
        store().stays().save(stay(stillIn, jakarta, LocalDate.of(2019, 8, 2)));
        store().stays()
                .save(stay(transferred, jakarta, LocalDate.of(2020, 1, 11))
                        .transferTo(praya.id(), LocalDate.of(2020, 1, 20)));
        store().stays().save(stay(transferred, praya, LocalDate.of(2020, 1, 20)));
        store().stays()
                .save(stay(duplicate, jakarta, LocalDate.of(2020, 2, 2))
                        .discharge(LocalDate.of(2020, 2, 10), DischargeReason.LEFT_WITHOUT_NOTICE, ""));

        // the duplicate, which stayed in Jakarta, is merged into the survivor, whose case is then closed
        save(store().beneficiaries().find(duplicate.id()).orElseThrow().mergeInto(survivor.id()));
        Beneficiary merged = save(survivor.absorb(duplicate));
        save(merged.close(CaseOutcome.LOST_CONTACT, T0.plusSeconds(7200), "supervisor-1", "no answer"));

        // programmes, saved latest first, with enrolments and attendance
        bogor = storedProgramme(BOGOR, LocalDate.of(2019, 11, 5), RUMAH_PELANGI);
        lombok = storedProgramme(LOMBOK_TENGAH, LocalDate.of(2019, 10, 29), PANCA_KARSA);
        enrolled(lombok, handedOver, Topic.ENTREPRENEURSHIP_PRACTICE, Topic.PRODUCT_INTRODUCTION); // completed
        enrolled(lombok, stillIn, Topic.MARKETING_STRATEGY); // attended, not completed
        enrolled(lombok, transferred); // never came
        enrolled(bogor, survivor, Topic.ENTREPRENEURSHIP_PRACTICE, Topic.PRODUCT_INTRODUCTION);

        // grants: Rp 960.000 a person
        GrantScheme lombokScheme = storedScheme(lombok.id());
        GrantScheme bogorScheme = storedScheme(bogor.id());
        LocalDate awardedOn = LocalDate.of(2019, 11, 1);
        Award paid = storedAward(lombokScheme, handedOver.id(), awardedOn);
        Award refused = storedAward(lombokScheme, stillIn.id(), awardedOn);
        storedAward(lombokScheme, transferred.id(), awardedOn); // not paid yet
        Award paidInBogor = storedAward(bogorScheme, survivor.id(), awardedOn);
        storedSettledPayment(paid, awardedOn.plusDays(4), null);
        storedSettledPayment(refused, awardedOn.plusDays(4), RejectionReason.NAME_MISMATCH);
        store().payments().save(Payment.approve(refused, awardedOn.plusDays(20))); // re-issued: neither
        storedSettledPayment(paidInBogor, awardedOn.plusDays(9), null);

        // reintegration plans
        LocalDate planned = LocalDate.of(2019, 7, 15);
        PlannedService counselling = service(ServiceType.PSYCHOSOCIAL_THERAPY, 500_000, planned.plusMonths(1));
        PlannedService physio = service(ServiceType.PHYSICAL_THERAPY, 300_000, planned.plusMonths(2));
        PlannedService spiritual = service(ServiceType.MENTAL_SPIRITUAL_THERAPY, 200_000, planned.plusMonths(2));
        PlannedService business = service(ServiceType.ENTREPRENEURSHIP_EMPOWERMENT, 2_000_000, planned.plusMonths(3));
        PlannedService house = PlannedService.plan(
                ServiceType.HOUSE_REHABILITATION,
                AtensiComponent.ACCESSIBILITY_SUPPORT,
                "",
                ContractRecords.ORGANISER,
                planned.plusMonths(6),
                Rupiah.of(5_000_000));
        ReintegrationPlan handedOverPlan = store().reintegrationPlans()
                .save(reintegrationPlan(handedOver.id(), planned)
                        .addService(counselling)
                        .addService(physio)
                        .addService(spiritual)
                        .addService(business)
                        .addService(house)
                        .startService(counselling.id())
                        .deliverService(counselling.id(), planned.plusDays(20))
                        .startService(business.id())
                        .refer(business.id(), Referral.send(PANCA_KARSA, planned.plusDays(3), "officer-1", ""))
                        .cancelService(house.id(), "the family moved in with relatives"));
        LocalDate laterPlan = LocalDate.of(2020, 1, 25);
        PlannedService debt = service(ServiceType.DEBT_SETTLEMENT, 1_000_000, laterPlan.plusMonths(1));
        PlannedService papers = service(ServiceType.DOCUMENT_RESTORATION, 100_000, laterPlan.plusMonths(1));
        ReintegrationPlan transferredPlan = store().reintegrationPlans()
                .save(reintegrationPlan(transferred.id(), laterPlan)
                        .addService(debt)
                        .addService(papers)
                        .refer(debt.id(), Referral.send(RUMAH_PELANGI, laterPlan, "officer-1", ""))
                        .rejectReferral(debt.id(), laterPlan.plusDays(2), "lks-officer-1", "outside our mandate")
                        .refer(papers.id(), Referral.send(RUMAH_PELANGI, laterPlan, "officer-1", ""))
                        .acceptReferral(papers.id(), laterPlan.plusDays(2), "lks-officer-1")
                        // in progress: delivering it would end (COMPLETE) the accepted referral
                        .startService(papers.id()));

        // follow-ups: two overdue on TODAY
        LocalDate december = LocalDate.of(2019, 12, 1);
        store().followUps().save(followUp(handedOverPlan, december, 1)); // due 2020-01-01: overdue
        store().followUps()
                .save(followUp(handedOverPlan, december, 3)
                        .recordVisit(
                                LocalDate.of(2020, 3, 2), Set.of(), "", "officer-2", new RetraffickingRiskPolicy()));
        store().followUps().save(followUp(handedOverPlan, TODAY.minusMonths(1), 1)); // due today: not yet overdue
        store().followUps().save(followUp(handedOverPlan, december, 9)); // due later
        store().followUps().save(followUp(transferredPlan, LocalDate.of(2020, 2, 1), 1)); // due 2020-03-01: overdue
        store().followUps()
                .save(followUp(transferredPlan, LocalDate.of(2020, 1, 1), 1).cancel());
    }

    private static RegionRow row(RegionCode code, long count) {
        return new RegionRow(code, "", count);
    }

    private static void assertLargestFirst(List<RegionRow> actual, RegionRow... expected) {
        assertThat(actual).containsExactlyInAnyOrder(expected);
        assertThat(actual).extracting(RegionRow::count).isSortedAccordingTo(Comparator.reverseOrder());
    }

    private static ServiceRow services(AtensiComponent component, ServiceStatus status, long count, long cost) {
        return new ServiceRow(component, status, count, Rupiah.of(cost));
    }

    private ShelterRow jakartaRow() {
        // admitted 4: handed over home, still in, transferred, and the duplicate that left without notice
        return new ShelterRow(jakarta.id(), "RPTC-A-JAKARTA", "RPTC Bambu Apus", JAKARTA_TIMUR, 40, 1, 4, 1, 1, 1);
    }

    private ShelterRow prayaRow() {
        return new ShelterRow(praya.id(), "RPTC-B-PRAYA", "RPTC Praya", LOMBOK_TENGAH, 20, 1, 1, 0, 0, 0);
    }

    private ProgrammeRow lombokRow() {
        return new ProgrammeRow(
                lombok.id(),
                lombok.title(),
                lombok.venue(),
                LOMBOK_TENGAH,
                "",
                LocalDate.of(2019, 10, 29),
                10,
                3,
                2,
                1);
    }

    private ProgrammeRow bogorRow() {
        return new ProgrammeRow(
                bogor.id(), bogor.title(), bogor.venue(), BOGOR, "", LocalDate.of(2019, 11, 5), 10, 1, 1, 1);
    }

    private GrantRow lombokGrants() {
        return new GrantRow(
                lombok.id(),
                lombok.title(),
                LOMBOK_TENGAH,
                "",
                3,
                Rupiah.of(2_880_000),
                1,
                Rupiah.of(960_000),
                1,
                Rupiah.of(960_000));
    }

    private GrantRow bogorGrants() {
        return new GrantRow(
                bogor.id(), bogor.title(), BOGOR, "", 1, Rupiah.of(960_000), 1, Rupiah.of(960_000), 0, Rupiah.ZERO);
    }

    private static final List<ServiceRow> HANDED_OVER_SERVICES = List.of(
            services(AtensiComponent.THERAPY, ServiceStatus.PLANNED, 2, 500_000),
            services(AtensiComponent.THERAPY, ServiceStatus.DELIVERED, 1, 500_000),
            services(AtensiComponent.VOCATIONAL_TRAINING_AND_ENTREPRENEURSHIP, ServiceStatus.IN_PROGRESS, 1, 2_000_000),
            services(AtensiComponent.ACCESSIBILITY_SUPPORT, ServiceStatus.CANCELLED, 1, 5_000_000));

    private static final List<ServiceRow> TRANSFERRED_SERVICES = List.of(
            services(AtensiComponent.SOCIAL_ASSISTANCE, ServiceStatus.PLANNED, 1, 1_000_000),
            services(AtensiComponent.ACCESSIBILITY_SUPPORT, ServiceStatus.IN_PROGRESS, 1, 100_000));

    private static List<ServiceRow> concat(List<ServiceRow> a, List<ServiceRow> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void overAnEmptyStoreEveryReportIsEmpty() {
        Store empty = newStore();
        try {
            ReportQueries none = empty.reports();
            assertThat(none.beneficiariesByOrigin(RegionLevel.PROVINCE, ALL)).isEmpty();
            assertThat(none.beneficiariesByReturnYear(ALL)).isEmpty();
            assertThat(none.shelters(ALL)).isEmpty();
            assertThat(none.programmes(ALL)).isEmpty();
            assertThat(none.grants(ALL)).isEmpty();
            assertThat(none.servicesByComponent(ALL)).isEmpty();
            assertThat(none.outcomes(ALL)).isEmpty();
            assertThat(none.overdueFollowUps(TODAY, ALL)).isZero();
        } finally {
            release(empty);
        }
    }

    @Test
    void theNationalScopeCountsEveryCaseButMergedRecords() {
        assertLargestFirst(reports().beneficiariesByOrigin(RegionLevel.PROVINCE, ALL), row(NTB, 5), row(JAWA_BARAT, 1));
        assertLargestFirst(
                reports().beneficiariesByOrigin(RegionLevel.REGENCY, ALL),
                row(LOMBOK_TENGAH, 3),
                row(LOMBOK_BARAT, 2),
                row(BOGOR, 1));
        assertThat(reports().beneficiariesByReturnYear(ALL))
                .containsExactly(new YearRow(2018, 1), new YearRow(2019, 3), new YearRow(2020, 2));
        assertThat(reports().shelters(ALL)).containsExactly(jakartaRow(), prayaRow());
        assertThat(reports().programmes(ALL)).containsExactly(lombokRow(), bogorRow());
        assertThat(reports().grants(ALL)).containsExactly(lombokGrants(), bogorGrants());
        assertThat(reports().servicesByComponent(ALL))
                .containsExactlyInAnyOrderElementsOf(concat(HANDED_OVER_SERVICES, TRANSFERRED_SERVICES));
        assertThat(reports().outcomes(ALL))
                .containsExactlyInAnyOrder(
                        new OutcomeRow(CaseStatus.REGISTERED, null, 1),
                        new OutcomeRow(CaseStatus.SHELTERED, null, 2),
                        new OutcomeRow(CaseStatus.IN_REINTEGRATION, null, 1),
                        new OutcomeRow(CaseStatus.CLOSED, CaseOutcome.LOST_CONTACT, 1),
                        new OutcomeRow(CaseStatus.CLOSED, CaseOutcome.REINTEGRATED, 1));
        assertThat(reports().overdueFollowUps(TODAY, ALL)).isEqualTo(2);
        assertThat(reports().overdueFollowUps(LocalDate.of(2020, 1, 1), ALL))
                .as("due on the day is not overdue yet")
                .isZero();
        assertThat(reports().overdueFollowUps(TODAY.plusDays(1), ALL)).isEqualTo(3);
    }

    @Test
    void aRegionScopeCountsCasesFromThereAndTheShelterAndProgrammeLocatedThere() {
        ReportScope region = ReportScope.of(Jurisdiction.regency(LOMBOK_TENGAH));

        assertLargestFirst(reports().beneficiariesByOrigin(RegionLevel.PROVINCE, region), row(NTB, 3));
        assertLargestFirst(reports().beneficiariesByOrigin(RegionLevel.REGENCY, region), row(LOMBOK_TENGAH, 3));
        assertThat(reports().beneficiariesByReturnYear(region))
                .containsExactly(new YearRow(2018, 1), new YearRow(2019, 2));
        assertThat(reports().shelters(region)).containsExactly(prayaRow());
        assertThat(reports().programmes(region)).containsExactly(lombokRow());
        assertThat(reports().grants(region)).containsExactly(lombokGrants());
        assertThat(reports().servicesByComponent(region)).containsExactlyInAnyOrderElementsOf(HANDED_OVER_SERVICES);
        assertThat(reports().outcomes(region))
                .containsExactlyInAnyOrder(
                        new OutcomeRow(CaseStatus.SHELTERED, null, 1),
                        new OutcomeRow(CaseStatus.IN_REINTEGRATION, null, 1),
                        new OutcomeRow(CaseStatus.CLOSED, CaseOutcome.REINTEGRATED, 1));
        assertThat(reports().overdueFollowUps(TODAY, region)).isEqualTo(1);
    }

    @Test
    void aProvinceScopeCountsEveryRegencyInIt() {
        ReportScope province = ReportScope.of(Jurisdiction.province(NTB));

        assertLargestFirst(
                reports().beneficiariesByOrigin(RegionLevel.REGENCY, province),
                row(LOMBOK_TENGAH, 3),
                row(LOMBOK_BARAT, 2));
        assertThat(reports().shelters(province)).containsExactly(prayaRow());
        assertThat(reports().programmes(province)).containsExactly(lombokRow());
        assertThat(reports().overdueFollowUps(TODAY, province)).isEqualTo(2);
    }

    @Test
    void aShelterScopeCountsTheCasesThatStayedThereAndThatShelterOnly() {
        // the survivor counts through the duplicate merged into it, which stayed in Jakarta
        ReportScope shelter = ReportScope.of(Jurisdiction.shelter(jakarta.id()));

        assertLargestFirst(
                reports().beneficiariesByOrigin(RegionLevel.PROVINCE, shelter), row(NTB, 3), row(JAWA_BARAT, 1));
        assertLargestFirst(
                reports().beneficiariesByOrigin(RegionLevel.REGENCY, shelter),
                row(LOMBOK_TENGAH, 2),
                row(LOMBOK_BARAT, 1),
                row(BOGOR, 1));
        assertThat(reports().beneficiariesByReturnYear(shelter))
                .containsExactly(new YearRow(2019, 3), new YearRow(2020, 1));
        assertThat(reports().shelters(shelter)).containsExactly(jakartaRow());
        assertThat(reports().programmes(shelter)).isEmpty();
        assertThat(reports().grants(shelter)).isEmpty();
        assertThat(reports().servicesByComponent(shelter))
                .containsExactlyInAnyOrderElementsOf(concat(HANDED_OVER_SERVICES, TRANSFERRED_SERVICES));
        assertThat(reports().outcomes(shelter))
                .containsExactlyInAnyOrder(
                        new OutcomeRow(CaseStatus.SHELTERED, null, 2),
                        new OutcomeRow(CaseStatus.IN_REINTEGRATION, null, 1),
                        new OutcomeRow(CaseStatus.CLOSED, CaseOutcome.LOST_CONTACT, 1));
        assertThat(reports().overdueFollowUps(TODAY, shelter)).isEqualTo(2);
    }

    @Test
    void aShelterScopeCountsTheCasesRegisteredThereAndThoseTransferredIn() {
        ReportScope shelter = ReportScope.of(Jurisdiction.shelter(praya.id()));

        assertLargestFirst(
                reports().beneficiariesByOrigin(RegionLevel.REGENCY, shelter), row(LOMBOK_BARAT, 1), row(BOGOR, 1));
        assertThat(reports().beneficiariesByReturnYear(shelter))
                .containsExactly(new YearRow(2019, 1), new YearRow(2020, 1));
        assertThat(reports().shelters(shelter)).containsExactly(prayaRow());
        assertThat(reports().servicesByComponent(shelter)).containsExactlyInAnyOrderElementsOf(TRANSFERRED_SERVICES);
        assertThat(reports().outcomes(shelter))
                .containsExactlyInAnyOrder(
                        new OutcomeRow(CaseStatus.SHELTERED, null, 1),
                        new OutcomeRow(CaseStatus.CLOSED, CaseOutcome.LOST_CONTACT, 1));
        assertThat(reports().overdueFollowUps(TODAY, shelter)).isEqualTo(1);
    }

    @Test
    void aPartnerScopeCountsTheCasesReferredToItAndTheProgrammesItPartnersIn() {
        ReportScope partner = ReportScope.of(Jurisdiction.partner(PANCA_KARSA));

        assertLargestFirst(reports().beneficiariesByOrigin(RegionLevel.PROVINCE, partner), row(NTB, 1));
        assertLargestFirst(reports().beneficiariesByOrigin(RegionLevel.REGENCY, partner), row(LOMBOK_TENGAH, 1));
        assertThat(reports().beneficiariesByReturnYear(partner)).containsExactly(new YearRow(2019, 1));
        assertThat(reports().shelters(partner)).isEmpty();
        assertThat(reports().programmes(partner)).containsExactly(lombokRow());
        assertThat(reports().grants(partner)).containsExactly(lombokGrants());
        assertThat(reports().servicesByComponent(partner)).containsExactlyInAnyOrderElementsOf(HANDED_OVER_SERVICES);
        assertThat(reports().outcomes(partner)).containsExactly(new OutcomeRow(CaseStatus.IN_REINTEGRATION, null, 1));
        assertThat(reports().overdueFollowUps(TODAY, partner)).isEqualTo(1);
    }

    @Test
    void aPartnerWhoseReferralWasRejectedSeesOnlyTheCaseWithAnAcceptedOne() {
        ReportScope partner = ReportScope.of(Jurisdiction.partner(RUMAH_PELANGI));

        assertThat(reports().outcomes(partner)).containsExactly(new OutcomeRow(CaseStatus.SHELTERED, null, 1));
        assertThat(reports().programmes(partner)).containsExactly(bogorRow());
        assertThat(reports().grants(partner)).containsExactly(bogorGrants());
        assertThat(reports().servicesByComponent(partner)).containsExactlyInAnyOrderElementsOf(TRANSFERRED_SERVICES);
        assertThat(reports().overdueFollowUps(TODAY, partner)).isEqualTo(1);
        assertThat(reports().outcomes(ReportScope.of(Jurisdiction.partner(OrganisationId.of("LKS-ELSEWHERE")))))
                .isEmpty();
    }

    @Test
    void aScopeOfAnUnknownShelterOrRegionCountsNothing() {
        ReportScope nowhere = ReportScope.of(Jurisdiction.shelter(ShelterId.next()));
        ReportScope papua = ReportScope.of(Jurisdiction.province(RegionCode.of("91")));

        for (ReportScope scope : List.of(nowhere, papua)) {
            assertThat(reports().beneficiariesByOrigin(RegionLevel.PROVINCE, scope))
                    .isEmpty();
            assertThat(reports().beneficiariesByReturnYear(scope)).isEmpty();
            assertThat(reports().shelters(scope)).isEmpty();
            assertThat(reports().programmes(scope)).isEmpty();
            assertThat(reports().grants(scope)).isEmpty();
            assertThat(reports().servicesByComponent(scope)).isEmpty();
            assertThat(reports().outcomes(scope)).isEmpty();
            assertThat(reports().overdueFollowUps(TODAY, scope)).isZero();
        }
    }
}
