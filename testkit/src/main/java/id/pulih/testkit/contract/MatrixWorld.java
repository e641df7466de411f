package id.pulih.testkit.contract;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.Proposal;
import id.pulih.grant.ProposalForm;
import id.pulih.grant.RejectionReason;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.guidance.Topic;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.PlannedServiceForm;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ServiceType;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Rupiah;
import id.pulih.shared.Sex;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.ShelterType;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cases of the access matrix, built through the services by a national supervisor, with the facts the oracle
 * decides from, written down as they are made: which regions each case lies in (origin, shelter), which partner it
 * was referred to (with consent on file), which officer holds a break-the-glass grant on it.
 *
 * <p>Two sides: {@link Side#A} is a case of Praya, Lombok Tengah (52.02), sheltered in Lombok Tengah and referred
 * to LKS Panca Karsa; {@link Side#B} a case of Gambir, Jakarta (31.71), sheltered in Jakarta Timur (31.75) and
 * enrolled, with an override reason, into the programme held in Lombok Tengah (issue 13, path 1).
 */
final class MatrixWorld {
    static final LocalDate TODAY = LocalDate.of(2020, 6, 1);
    static final LocalDate PROGRAMME_DAY = LocalDate.of(2020, 4, 15);
    static final String PROGRAMME_REGION = "52.02";
    static final OrganisationId PANCA_KARSA = OrganisationId.of("LKS-PANCA-KARSA");
    static final OrganisationId RUMAH_PEREMPUAN = OrganisationId.of("LKS-RUMAH-PEREMPUAN");
    static final OrganisationId DINSOS = OrganisationId.of("DINSOS-5202");

    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Actor BUILDER =
            Actor.of("matrix-hq", PersonName.of("Rina Wulandari"), Role.SUPERVISOR, Jurisdiction.national());

    /** The two sides of the matrix: each cell runs once on each. */
    enum Side {
        /** Lombok Tengah. */
        A("52.02.01", "52.02", PANCA_KARSA),
        /** Jakarta. */
        B("31.71.01", "31.75", RUMAH_PEREMPUAN);

        final String origin;
        final String shelterRegion;
        /** The partner a referral of a case of this side goes to, when a cell needs one answered. */
        final OrganisationId answerer;

        Side(String origin, String shelterRegion, OrganisationId answerer) {
            this.origin = origin;
            this.shelterRegion = shelterRegion;
            this.answerer = answerer;
        }
    }

    /** What decides who may see a case, as the world made it. */
    static final class Facts {
        final Set<String> regions = new LinkedHashSet<>();
        final Set<String> partners = new HashSet<>();
        final Set<String> grantHolders = new HashSet<>();
    }

    /** The main case of a side, with its whole history. */
    record Main(
            BeneficiaryId id,
            String nik,
            Stay stay,
            Repatriation repatriation,
            ReintegrationPlan plan,
            Programme programme) {}

    /** A grant scheme on a side's programme with the main case's award at a stage. */
    record Grant(GrantScheme scheme, Award award, Payment payment, PaymentBatch batch, Proposal proposal) {}

    /** How far a {@link Grant} goes. */
    enum Stage {
        NO_AWARD,
        AWARDED,
        APPROVED,
        BATCHED,
        SENT,
        REJECTED,
        PAID,
        PROPOSED
    }

    final Pulih pulih;
    final Desk hq;
    private final Map<BeneficiaryId, Facts> facts = new HashMap<>();
    private final Map<Side, Main> mains = new HashMap<>();
    private final Map<Side, id.pulih.shelter.Shelter> shelters = new HashMap<>();
    private final Map<Side, id.pulih.shelter.Shelter> targets = new HashMap<>();
    private int people;
    private int codes;

    MatrixWorld(Store store) {
        this.pulih = Pulih.builder().store(store).clock(CLOCK).build();
        this.hq = pulih.as(BUILDER);
        for (Side side : Side.values()) {
            shelters.put(side, hq.shelters().open(shelterForm(side)));
            targets.put(side, hq.shelters().open(shelterForm(side)));
        }
    }

    ShelterForm shelterForm(Side side) {
        return new ShelterForm(
                "MX-" + side + "-" + (++codes), "Shelter " + codes, ShelterType.RPTC, side.shelterRegion, 40);
    }

    /** The facts of a case. */
    Facts facts(BeneficiaryId id) {
        return facts.computeIfAbsent(id, k -> new Facts());
    }

    /** Records a break-the-glass grant of {@code actor} on a case. */
    void grant(Desk actor, BeneficiaryId id) {
        if (facts(id).grantHolders.add(actor.actor().id())) {
            actor.oversight().breakGlass(id, "matrix: an emergency at the door", Duration.ofHours(8));
        }
    }

    /** An officer of Kupang, who covers neither side and holds no grant of the matrix's. */
    private static final Actor OUTSIDER = Actor.of(
            "mx-outsider",
            PersonName.of("Matrix Outsider"),
            Role.CASE_WORKER,
            Jurisdiction.regency(RegionCode.of("53.01")));

    /**
     * A grant on a fresh case of the side, held by an officer the matrix does not run as, so that no cell's actor
     * covers the case through it.
     */
    id.pulih.access.AccessGrant outsidersGrant(Side side) {
        BeneficiaryId id = fresh(side);
        return pulih.as(OUTSIDER).oversight().breakGlass(id, "matrix: an emergency at the door", Duration.ofHours(8));
    }

    /** The reference a {@code case.elsewhere} refusal gives an officer who looks up the side's main case by NIK. */
    String referenceTo(Side side) {
        try {
            pulih.as(OUTSIDER)
                    .cases()
                    .findByNik(id.pulih.shared.Nik.of(main(side).nik()));
        } catch (id.pulih.access.AccessDeniedException e) {
            return e.reference().orElseThrow(() -> new IllegalStateException("a refusal without a reference: " + e));
        }
        throw new IllegalStateException("an officer of Kupang found a case of side " + side + " by its NIK");
    }

    id.pulih.shelter.Shelter shelter(Side side) {
        return shelters.get(side);
    }

    id.pulih.shelter.Shelter transferTarget(Side side) {
        return targets.get(side);
    }

    /** A name no other case of the world has, so that no pair is flagged unless a cell wants one. */
    String newName() {
        int n = ++people;
        StringBuilder letters = new StringBuilder();
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "Peserta " + Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    IntakeFormBuilder intake(Side side, String name) {
        return new IntakeFormBuilder()
                .name(name)
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 7, 5))
                .documentStatus(DocumentStatus.LOST)
                .originRegion(side.origin)
                .returnCountry("MY")
                .returnDate(LocalDate.of(2020, 2, 1))
                .entryPoint("Tanjung Pinang")
                .returnMode(ReturnMode.DEPORTED)
                .consents(List.of(
                        ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, LocalDate.of(2020, 2, 1)),
                        ConsentForm.given(ConsentPurpose.DISCLOSURE_TO_PARTNERS, LocalDate.of(2020, 2, 1))));
    }

    /** A case just registered, with nothing else. */
    BeneficiaryId fresh(Side side) {
        return registered(side, newName());
    }

    BeneficiaryId registered(Side side, String name) {
        BeneficiaryId id =
                hq.cases().register(intake(side, name).build()).beneficiary().id();
        facts(id).regions.add(side.origin);
        return id;
    }

    /**
     * A case registered with a family card of its own (a new number per call, of the side's province), for the
     * household look-up.
     */
    List<Object> household(Side side) {
        String card =
                side.origin.substring(0, 2) + side.origin.substring(3, 5) + "011503" + String.format("%06d", ++people);
        BeneficiaryId id = hq.cases()
                .register(intake(side, newName()).familyCardNumber(card).build())
                .beneficiary()
                .id();
        facts(id).regions.add(side.origin);
        List<Object> member = new ArrayList<>();
        member.add(id);
        member.add(FamilyCardNumber.of(card));
        return member;
    }

    /** A case in the side's shelter, its stay open. */
    Stay sheltered(Side side) {
        BeneficiaryId id = fresh(side);
        Stay stay = hq.shelters().admit(id, shelter(side).id(), LocalDate.of(2020, 3, 2));
        facts(id).regions.add(side.shelterRegion);
        return stay;
    }

    /** A return planned for a sheltered case. */
    Repatriation returnPlanned(Side side) {
        Stay stay = sheltered(side);
        return hq.returns()
                .plan(new ReturnPlanForm(
                        stay.beneficiary(),
                        null,
                        null,
                        TransportMode.SHIP,
                        "escort-01",
                        "Dinas Sosial of the area of origin",
                        LocalDate.of(2020, 3, 20)));
    }

    Repatriation departed(Side side) {
        Repatriation r = returnPlanned(side);
        return hq.returns().depart(r.id(), LocalDate.of(2020, 3, 20));
    }

    /** A case handed over at home on 23 March 2020 (REPATRIATED). */
    BeneficiaryId home(Side side) {
        Repatriation r = departed(side);
        hq.returns().handOver(r.id(), LocalDate.of(2020, 3, 23), "Lalu Ahmad");
        return r.beneficiary();
    }

    /** A case at home with a reintegration plan (visits scheduled from the hand-over, the first overdue). */
    ReintegrationPlan planned(Side side) {
        return hq.reintegration().createPlan(PlanForm.of(home(side), "a small business"));
    }

    /** A service added to a plan. */
    PlannedService service(ReintegrationPlan plan, OrganisationId provider) {
        return hq.reintegration()
                .addService(
                        plan.id(),
                        new PlannedServiceForm(
                                ServiceType.ENTREPRENEURSHIP_EMPOWERMENT,
                                null,
                                null,
                                provider,
                                LocalDate.of(2020, 7, 1),
                                Rupiah.parse("Rp 1.500.000")));
    }

    /** A service of a plan referred to a partner, consent on file; the partner then covers the case. */
    PlannedService referred(ReintegrationPlan plan, OrganisationId partner) {
        PlannedService s = service(plan, DINSOS);
        PlannedService after = hq.reintegration().refer(s.id(), partner);
        facts(plan.beneficiary()).partners.add(partner.code());
        return after;
    }

    /** A programme of the side, held in Lombok Tengah. */
    Programme programme() {
        return hq.guidance()
                .create(new ProgrammeForm(
                        "Bimbingan Sosial WNI-M KPO",
                        OrganisationId.of("KEMENSOS-RSTS-KPO"),
                        Set.of(PANCA_KARSA),
                        "Aula SMKN 1 Praya",
                        PROGRAMME_REGION,
                        PROGRAMME_DAY,
                        PROGRAMME_DAY,
                        500,
                        List.of(Topic.ENTREPRENEURSHIP_PRACTICE, Topic.MARKETING_STRATEGY),
                        Set.of()));
    }

    /** Enrols a case of the side into a programme, by override for a case from outside its region. */
    void enrol(Programme programme, Side side, BeneficiaryId id) {
        hq.guidance().enrol(programme.id(), id, PROGRAMME_DAY, side == Side.A ? null : "stays with family in Praya");
    }

    void complete(Programme programme, BeneficiaryId id) {
        for (Topic topic : programme.topics()) {
            hq.guidance().recordAttendance(programme.id(), id, topic, PROGRAMME_DAY);
        }
    }

    /** The main case of a side: sheltered, sent home, in reintegration, enrolled and through its programme. */
    Main main(Side side) {
        Main main = mains.get(side);
        if (main != null) {
            return main;
        }
        String nik = side == Side.A ? "5202014507900001" : "3171014507900002";
        BeneficiaryId id = hq.cases()
                .register(intake(side, side == Side.A ? "Siti Aminah" : "Dewi Lestari")
                        .nik(nik)
                        // her own account on file, as the award to the account on file needs
                        .bankCode(account(side).bank())
                        .accountNumber(account(side).number())
                        .build())
                .beneficiary()
                .id();
        facts(id).regions.add(side.origin);
        Stay stay = hq.shelters().admit(id, shelter(side).id(), LocalDate.of(2020, 3, 2));
        facts(id).regions.add(side.shelterRegion);
        Repatriation r = hq.returns()
                .plan(new ReturnPlanForm(
                        id,
                        null,
                        null,
                        TransportMode.SHIP,
                        "escort-01",
                        "Dinas Sosial of the area of origin",
                        LocalDate.of(2020, 3, 20)));
        hq.returns().depart(r.id(), LocalDate.of(2020, 3, 20));
        r = hq.returns().handOver(r.id(), LocalDate.of(2020, 3, 23), "Lalu Ahmad");
        ReintegrationPlan plan = hq.reintegration().createPlan(PlanForm.of(id, "a small business"));
        if (side == Side.A) {
            referred(plan, PANCA_KARSA);
        }
        Programme programme = programme();
        enrol(programme, side, id);
        complete(programme, id);
        main = new Main(id, nik, stay, r, plan, programme);
        mains.put(side, main);
        return main;
    }

    /** A case's first follow-up visit. */
    FollowUp firstFollowUp(BeneficiaryId id) {
        return hq.reintegration().followUps(id).get(0);
    }

    AccountForm account(Side side) {
        return new AccountForm("BRI", side == Side.A ? "012300000001" : "012300000002", mainName(side));
    }

    static String mainName(Side side) {
        return side == Side.A ? "Siti Aminah" : "Dewi Lestari";
    }

    /** A new scheme on the main case's programme, with the main case's award taken to {@code stage}. */
    Grant grant(Side side, Stage stage) {
        Main main = main(side);
        GrantScheme scheme = hq.grants()
                .createScheme(new SchemeForm(
                        main.programme().id(),
                        Rupiah.parse("Rp 960.000"),
                        Rupiah.parse("Rp 9.600.000"),
                        "APBN Kemensos 2020"));
        if (stage == Stage.NO_AWARD) {
            return new Grant(scheme, null, null, null, null);
        }
        Award award = hq.grants().award(scheme.id(), main.id(), account(side));
        if (stage == Stage.AWARDED) {
            return new Grant(scheme, award, null, null, null);
        }
        Payment payment = hq.grants().disburse(award.id());
        if (stage == Stage.APPROVED) {
            return new Grant(scheme, award, payment, null, null);
        }
        PaymentBatch batch = hq.grants().prepareBatches(scheme.id(), 100).get(0);
        if (stage == Stage.BATCHED) {
            return new Grant(scheme, award, payment, batch, null);
        }
        hq.grants().sendBatch(batch.id(), LocalDate.of(2020, 5, 4));
        if (stage == Stage.SENT) {
            return new Grant(scheme, award, payment, batch, null);
        }
        if (stage == Stage.REJECTED) {
            hq.grants()
                    .applyBankResult(BankResult.rejected(
                            payment.id(),
                            "BRI-R-" + (++codes),
                            RejectionReason.ACCOUNT_CLOSED,
                            LocalDate.of(2020, 5, 5)));
            return new Grant(scheme, award, payment, batch, null);
        }
        hq.grants().applyBankResult(BankResult.paid(payment.id(), "BRI-P-" + (++codes), LocalDate.of(2020, 5, 5)));
        if (stage == Stage.PAID) {
            return new Grant(scheme, award, payment, batch, null);
        }
        Proposal proposal = hq.grants()
                .submitProposal(new ProposalForm(award.id(), "a second sewing machine", Rupiah.parse("Rp 2.000.000")));
        return new Grant(scheme, award, payment, batch, proposal);
    }

    /** Two registrations of one person on a side, flagged as a potential duplicate. */
    List<Object> pair(Side side) {
        String name = newName();
        BeneficiaryId first = registered(side, name);
        var second = hq.cases().register(intake(side, name).build());
        facts(second.beneficiary().id()).regions.add(side.origin);
        List<Object> pair = new ArrayList<>();
        pair.add(first);
        pair.add(second.beneficiary().id());
        pair.add(second.duplicates().get(0).id());
        return pair;
    }

    static RegionCode region(String code) {
        return RegionCode.of(code);
    }
}
