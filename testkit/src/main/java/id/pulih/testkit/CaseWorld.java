package id.pulih.testkit;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.Consent;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.CorrectionForm;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.beneficiary.NikAttachmentForm;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.GrantScheme;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlanStatus;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.PlannedServiceForm;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ServiceType;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nik;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.PulihException;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.ServiceId;
import id.pulih.shared.Sex;
import id.pulih.shared.ShelterId;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterType;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import id.pulih.store.memory.InMemoryStore;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A fresh Pulih over an in-memory store, for running generated {@link CaseCommand} sequences: a clock fixed at
 * {@link #TODAY} (2020-06-01, midnight UTC), {@link #SHELTERS} small shelters with well-known ids
 * ({@link #shelterId(int)}), and the beneficiaries registered so far, by index.
 *
 * <pre>{@code
 * qt().forAll(PulihGen.caseCommands()).checkAssert(commands -> {
 *     CaseWorld world = CaseWorld.create();
 *     for (CaseCommand command : commands) {
 *         world.apply(command);
 *         // check an invariant over world.store()
 *     }
 * });
 * }</pre>
 *
 * <p>Commands run as a national supervisor ({@link #operator()}) unless wrapped in {@link CaseCommand.As}. A world is
 * cheap (the validator is shared) and not thread-safe; build one per example.
 */
public final class CaseWorld {
    /** The world's "today": every generated form date lies on or before it. */
    public static final LocalDate TODAY = LocalDate.of(2020, 6, 1);

    /** How many shelters a world has. */
    public static final int SHELTERS = 3;

    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** One validator for every world: building a factory per example would dominate the run time. */
    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> CLOCK)
            .buildValidatorFactory()
            .getValidator();

    private static final List<String> SHELTER_CODES =
            List.of("RPTC-BAMBU-APUS", "RPTC-TANJUNG-PINANG", "POS-PONTIANAK");
    private static final List<String> SHELTER_NAMES =
            List.of("RPTC Bambu Apus", "RPTC Tanjung Pinang", "Pos Pemulangan Pontianak");
    private static final List<ShelterType> SHELTER_TYPES =
            List.of(ShelterType.RPTC, ShelterType.RPTC, ShelterType.POS_PEMULANGAN);
    private static final List<String> SHELTER_REGIONS = List.of("31.75", "21.72", "61.71");
    private static final List<Integer> SHELTER_CAPACITIES = List.of(2, 1, 3);

    private static final Actor OPERATOR =
            Actor.of("hq-supervisor", PersonName.of("Rina Wulandari"), Role.SUPERVISOR, Jurisdiction.national());

    /** The national case worker who requests closures, for the operator to decide. */
    private static final Actor CASE_WORKER =
            Actor.of("hq-caseworker", PersonName.of("Dewi Lestari"), Role.CASE_WORKER, Jurisdiction.national());

    /**
     * How long a referral opens a case in every world: the library's default, set explicitly so that the oracle
     * ({@link #partnersReferredTo}) and the engine agree.
     */
    public static final Period REFERRAL_PERIOD = Period.ofDays(180);

    /** The world's one programme, stored directly with the shelters; one required topic completes it. */
    public static final ProgrammeId PROGRAMME =
            new ProgrammeId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0101L));

    /** The world's one grant scheme, on {@link #PROGRAMME}: Rp 960.000 a person. */
    public static final SchemeId SCHEME = new SchemeId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0201L));

    private static final Topic GRANT_TOPIC = Topic.ENTREPRENEURSHIP_PRACTICE;

    /** The serial of the next account number an award names. */
    private int accountSerial = 10_000_001;

    private final Pulih pulih;
    private final List<BeneficiaryId> beneficiaries = new ArrayList<>();
    /** The form of each registration, by the same index as {@link #beneficiaries}. */
    private final List<IntakeForm> forms = new ArrayList<>();
    /** The serial of the next NIK an {@link CaseCommand.AttachNik} makes: unique in the world. */
    private int nikSerial = 9001;

    private CaseWorld(Store store) {
        this.pulih = Pulih.builder()
                .store(store)
                .clock(CLOCK)
                .validator(VALIDATOR)
                .referralPeriod(REFERRAL_PERIOD)
                .build();
        for (int i = 0; i < SHELTERS; i++) {
            pulih.store()
                    .shelters()
                    .save(new Shelter(
                            shelterId(i),
                            SHELTER_CODES.get(i),
                            SHELTER_NAMES.get(i),
                            SHELTER_TYPES.get(i),
                            RegionCode.of(SHELTER_REGIONS.get(i)),
                            SHELTER_CAPACITIES.get(i),
                            0,
                            0));
        }
        pulih.store()
                .programmes()
                .save(new Programme(
                        PROGRAMME,
                        "Bimbingan Sosial Kewirausahaan",
                        OrganisationId.of("KEMENSOS"),
                        Set.of(),
                        "Balai Besar Bambu Apus",
                        RegionCode.of("31"),
                        TODAY.minusMonths(1),
                        TODAY.plusMonths(1),
                        1000,
                        0,
                        List.of(GRANT_TOPIC),
                        Set.of(GRANT_TOPIC),
                        0));
        pulih.store()
                .grantSchemes()
                .save(new GrantScheme(
                        SCHEME,
                        PROGRAMME,
                        Rupiah.of(960_000),
                        Rupiah.of(96_000_000),
                        "APBN Kemensos 2020",
                        Rupiah.of(0),
                        0));
    }

    /**
     * A new world: an empty in-memory store with the {@link #SHELTERS} shelters RPTC Bambu Apus (Jakarta Timur,
     * 31.75, 2 beds), RPTC Tanjung Pinang (21.72, 1 bed) and Pos Pemulangan Pontianak (61.71, 3 beds), stored
     * directly (their opening is not audited).
     *
     * @return the world
     */
    public static CaseWorld create() {
        return new CaseWorld(new InMemoryStore());
    }

    /**
     * A new world over a store of your own, such as a database store in a contract suite: the same shelters, stored
     * into it directly. The store should be empty; the world never closes it.
     *
     * <pre>{@code
     * CaseWorld world = CaseWorld.create(JdbcStore.h2("jdbc:h2:mem:" + UUID.randomUUID()));
     * }</pre>
     *
     * @param store the store; not null
     * @return the world
     */
    public static CaseWorld create(Store store) {
        return new CaseWorld(Objects.requireNonNull(store, "store"));
    }

    /**
     * The well-known id of a world's shelter; {@code PulihGen.actors()} uses these for shelter jurisdictions.
     *
     * @param index 0 to {@link #SHELTERS} - 1
     * @return the id, the same in every world
     * @throws IllegalArgumentException for another index
     */
    public static ShelterId shelterId(int index) {
        if (index < 0 || index >= SHELTERS) {
            throw new IllegalArgumentException("a world has shelters 0 to " + (SHELTERS - 1) + ", not " + index);
        }
        return new ShelterId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0001L + index));
    }

    /**
     * The officer commands run as: a national supervisor.
     *
     * @return the actor
     */
    public static Actor operator() {
        return OPERATOR;
    }

    /**
     * The officer a {@link CaseCommand.RequestClosure} runs as unless wrapped: a national case worker.
     *
     * @return the actor
     */
    public static Actor caseWorker() {
        return CASE_WORKER;
    }

    /**
     * An officer of a partner organisation, as {@link CaseCommand.AcceptReferral} runs and the contract reads.
     *
     * @param partner the organisation; not null
     * @return a case worker of it
     */
    public static Actor partnerOfficer(OrganisationId partner) {
        return Actor.of(
                "partner-" + partner.code().toLowerCase(java.util.Locale.ROOT),
                PersonName.of("Baiq Nurul"),
                Role.CASE_WORKER,
                Jurisdiction.partner(partner));
    }

    /**
     * The oracle of partner access, from the stored data alone: the partners a case (the survivor of {@code id}) is
     * referred to today, over every registration merged into it: a plan ACTIVE, its service's latest referral PENDING
     * or ACCEPTED and sent less than {@link #REFERRAL_PERIOD} before {@link #TODAY}, and consent to disclosure holding
     * today (its latest record for the purpose, dated today or before, given and not expired) or the referral made on
     * a supervisor's override.
     *
     * @param id a registration
     * @return the partners, in no particular order
     */
    public Set<OrganisationId> partnersReferredTo(BeneficiaryId id) {
        Beneficiary b = survivor(id);
        Consent latest = null;
        for (Consent c : b.consents()) {
            if (c.purpose() == ConsentPurpose.DISCLOSURE_TO_PARTNERS
                    && !c.date().isAfter(TODAY)) {
                latest = c;
            }
        }
        boolean consented = latest != null
                && latest.given()
                && latest.expiry().map(TODAY::isBefore).orElse(true);
        List<BeneficiaryId> registrations = new ArrayList<>(b.mergedFrom());
        registrations.add(b.id());
        Set<OrganisationId> partners = new HashSet<>();
        for (BeneficiaryId registration : registrations) {
            for (ReintegrationPlan plan : store().reintegrationPlans().forBeneficiary(registration)) {
                if (plan.status() != PlanStatus.ACTIVE) {
                    continue;
                }
                for (PlannedService service : plan.services()) {
                    if (service.referrals().isEmpty()) {
                        continue;
                    }
                    Referral r = service.referrals().get(service.referrals().size() - 1);
                    boolean open = r.status() == ReferralStatus.PENDING || r.status() == ReferralStatus.ACCEPTED;
                    if (open
                            && TODAY.isBefore(r.referredOn().plus(REFERRAL_PERIOD))
                            && (consented || !r.overrideReason().isEmpty())) {
                        partners.add(r.to());
                    }
                }
            }
        }
        return partners;
    }

    /**
     * The registration a registration was merged into, after every merge (itself when never merged).
     *
     * @param id a registration
     * @return the survivor
     */
    public Beneficiary survivor(BeneficiaryId id) {
        Beneficiary b = store().beneficiaries().find(id).orElseThrow();
        while (b.mergedInto().isPresent()) {
            b = store().beneficiaries().find(b.mergedInto().get()).orElseThrow();
        }
        return b;
    }

    /**
     * The Pulih instance.
     *
     * @return it
     */
    public Pulih pulih() {
        return pulih;
    }

    /**
     * The store, to check invariants directly (reads there leave no access-log entries).
     *
     * @return the store
     */
    public Store store() {
        return pulih.store();
    }

    /**
     * The beneficiaries registered so far, in order of registration.
     *
     * @return a copy of the ids
     */
    public List<BeneficiaryId> beneficiaries() {
        return List.copyOf(beneficiaries);
    }

    /**
     * Every record of the world by kind and id, with its stored version, and the number of beneficiaries and of open
     * potential duplicates: two snapshots are equal when nothing was written between them, which is what a refused
     * command must leave.
     *
     * @return a sorted map, such as {@code "stay 0191..." -> 2}
     */
    public Map<String, Long> versions() {
        Store store = store();
        Map<String, Long> all = new TreeMap<>();
        all.put("beneficiaries", store.beneficiaries().count());
        all.put("open duplicates", (long) store.potentialDuplicates().open().size());
        for (ShelterId id : shelters()) {
            all.put("shelter " + id, store.shelters().find(id).orElseThrow().version());
        }
        for (BeneficiaryId id : beneficiaries) {
            all.put(
                    "beneficiary " + id,
                    store.beneficiaries().find(id).orElseThrow().version());
            for (Stay stay : store.stays().forBeneficiary(id)) {
                all.put("stay " + stay.id(), stay.version());
            }
            for (Repatriation r : store.repatriations().forBeneficiary(id)) {
                all.put("repatriation " + r.id(), r.version());
            }
            for (ReintegrationPlan plan : store.reintegrationPlans().forBeneficiary(id)) {
                all.put("plan " + plan.id(), plan.version());
            }
            for (id.pulih.reintegration.FollowUp f : store.followUps().forBeneficiary(id)) {
                all.put("follow-up " + f.id(), f.version());
            }
            for (id.pulih.beneficiary.ClosureRequest r : store.closureRequests().forBeneficiary(id)) {
                all.put("closure request " + r.id(), r.version());
            }
        }
        return all;
    }

    /**
     * The ids of the world's shelters, by index.
     *
     * @return the {@link #SHELTERS} ids
     */
    public List<ShelterId> shelters() {
        List<ShelterId> ids = new ArrayList<>();
        for (int i = 0; i < SHELTERS; i++) {
            ids.add(shelterId(i));
        }
        return ids;
    }

    /**
     * Runs a command as {@link #operator()}, or as the officer of a {@link CaseCommand.As}.
     *
     * @param command the command; not null
     * @return whether it succeeded, was refused, or was skipped
     * @throws RuntimeException any exception other than a {@link PulihException} (a bug), unchanged
     */
    public Applied apply(CaseCommand command) {
        Objects.requireNonNull(command, "command");
        if (command instanceof CaseCommand.As as) {
            return apply(pulih.as(as.actor()), as.command());
        }
        if (command instanceof CaseCommand.RequestClosure) {
            return apply(pulih.as(CASE_WORKER), command);
        }
        if (command instanceof CaseCommand.AcceptReferral) {
            Optional<Referral> referral = beneficiary(command).flatMap(this::latestReferral);
            if (referral.isPresent()) {
                return apply(pulih.as(partnerOfficer(referral.get().to())), command);
            }
        }
        return apply(pulih.as(OPERATOR), command);
    }

    /**
     * Runs a command at a desk of this world's Pulih.
     *
     * @param desk the desk, from {@code pulih().as(actor)}; not null
     * @param command the command; not null
     * @return {@link Applied#succeeded()} when the service accepted it, {@link Applied#refused} with the
     *     {@link PulihException} when it refused, {@link Applied#skipped()} when the command names a record the world
     *     does not have yet (no beneficiary registered, no stay or return for it), in which case nothing was called
     * @throws RuntimeException any exception other than a {@link PulihException} (a bug), unchanged
     */
    public Applied apply(Desk desk, CaseCommand command) {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(command, "command");
        try {
            return run(desk, command);
        } catch (PulihException refused) {
            return Applied.refused(refused);
        }
    }

    private Applied run(Desk desk, CaseCommand command) {
        if (command instanceof CaseCommand.As as) {
            return run(pulih.as(as.actor()), as.command());
        }
        if (command instanceof CaseCommand.Register c) {
            Beneficiary b = desk.cases().register(c.form()).beneficiary();
            beneficiaries.add(b.id());
            forms.add(c.form());
            return Applied.succeeded();
        }
        if (command instanceof CaseCommand.ChangeCapacity c) {
            desk.shelters().changeCapacity(shelterId(Math.floorMod(c.shelter(), SHELTERS)), c.capacity());
            return Applied.succeeded();
        }
        Optional<BeneficiaryId> found = beneficiary(command);
        if (found.isEmpty()) {
            return Applied.skipped();
        }
        BeneficiaryId id = found.get();
        if (command instanceof CaseCommand.Admit c) {
            desk.shelters().admit(id, shelter(c.shelter()), daysAgo(c.daysAgo()));
        } else if (command instanceof CaseCommand.Transfer c) {
            Optional<Stay> stay = currentStay(id);
            if (stay.isEmpty()) {
                return Applied.skipped();
            }
            desk.shelters().transfer(stay.get().id(), shelter(c.shelter()), daysAgo(c.daysAgo()));
        } else if (command instanceof CaseCommand.Discharge c) {
            Optional<Stay> stay = currentStay(id);
            if (stay.isEmpty()) {
                return Applied.skipped();
            }
            desk.shelters().discharge(stay.get().id(), c.reason(), daysAgo(c.daysAgo()), "generated");
        } else if (command instanceof CaseCommand.PlanReturn c) {
            desk.returns().plan(plan(id, c.destination()));
        } else if (command instanceof CaseCommand.Depart c) {
            Optional<Repatriation> r = latestReturn(id);
            if (r.isEmpty()) {
                return Applied.skipped();
            }
            desk.returns().depart(r.get().id(), daysAgo(c.daysAgo()));
        } else if (command instanceof CaseCommand.HandOver c) {
            Optional<Repatriation> r = latestReturn(id);
            if (r.isEmpty()) {
                return Applied.skipped();
            }
            desk.returns().handOver(r.get().id(), daysAgo(c.daysAgo()), "Lalu Ahmad");
        } else if (command instanceof CaseCommand.CancelReturn) {
            Optional<Repatriation> r = latestReturn(id);
            if (r.isEmpty()) {
                return Applied.skipped();
            }
            desk.returns().cancel(r.get().id(), "transport not available");
        } else if (command instanceof CaseCommand.StartReintegration) {
            desk.cases().startReintegration(id);
        } else if (command instanceof CaseCommand.Close c) {
            desk.cases().close(id, c.outcome(), "generated");
        } else if (command instanceof CaseCommand.Reopen) {
            desk.cases().reopen(id, "found again through the village head");
        } else if (command instanceof CaseCommand.Assess c) {
            desk.cases().assess(id, c.form());
        } else if (command instanceof CaseCommand.RegisterTwin t) {
            IntakeForm twin = twin(forms.get(Math.floorMod(t.beneficiary(), forms.size())));
            Beneficiary b = desk.cases().register(twin).beneficiary();
            beneficiaries.add(b.id());
            forms.add(twin);
        } else if (command instanceof CaseCommand.Merge c) {
            Optional<PotentialDuplicate> open = store().potentialDuplicates().open().stream()
                    .filter(d -> d.registered().equals(id) || d.existing().equals(id))
                    .findFirst();
            if (open.isEmpty()) {
                return Applied.skipped();
            }
            PotentialDuplicate d = open.get();
            BeneficiaryId other = d.registered().equals(id) ? d.existing() : d.registered();
            desk.cases().merge(d.id(), c.keepBeneficiary() ? id : other);
        } else if (command instanceof CaseCommand.Correct c) {
            long version = store().beneficiaries().find(id).orElseThrow().version();
            desk.cases().correct(id, atVersion(c.form(), version));
        } else if (command instanceof CaseCommand.AttachNik c) {
            Beneficiary b = store().beneficiaries().find(id).orElseThrow();
            Optional<String> nik = nikFor(b, c.nik());
            if (nik.isEmpty()) {
                return Applied.skipped();
            }
            desk.cases()
                    .attachNik(
                            id,
                            new NikAttachmentForm(
                                    nik.get(),
                                    c.explained() ? "registered where she worked before leaving" : "KTP recovered",
                                    c.explained(),
                                    b.version()));
        } else if (command instanceof CaseCommand.Grant c) {
            if (!runGrant(desk, id, c.step())) {
                return Applied.skipped();
            }
        } else if (!runLifecycle(desk, id, command)) {
            return Applied.skipped();
        }
        return Applied.succeeded();
    }

    /**
     * The registration a command on a case names, as {@link #apply} would pick it (an {@link CaseCommand.As} is
     * looked through): for a property that checks what the command did to that record.
     *
     * @param command the command; not null
     * @return the registration, or empty when the command names none or none is registered yet
     */
    public Optional<BeneficiaryId> subject(CaseCommand command) {
        Objects.requireNonNull(command, "command");
        return beneficiary(command instanceof CaseCommand.As as ? as.command() : command);
    }

    /** The same correction at the version stored now. */
    private static CorrectionForm atVersion(CorrectionForm f, long version) {
        return new CorrectionForm(
                f.name(),
                f.sex(),
                f.birthDate(),
                f.estimatedBirthYear(),
                f.originRegion(),
                f.phone(),
                f.familyCardNumber(),
                f.documentStatus(),
                f.exploitation(),
                f.control(),
                f.sector(),
                f.recruiter(),
                f.bankCode(),
                f.accountNumber(),
                f.accountHolder(),
                f.removed(),
                f.reason(),
                version);
    }

    /**
     * The NIK an attach command names: one made for the record (its origin's district, or the regency's first, its
     * birth date with 40 added to a woman's day, a serial new in the world), in another province for
     * {@code OTHER_PROVINCE}; for {@code OTHER_CASE} the NIK of the first other registration that holds one.
     */
    private Optional<String> nikFor(Beneficiary b, CaseCommand.NikChoice choice) {
        if (choice == CaseCommand.NikChoice.OTHER_CASE) {
            for (BeneficiaryId other : beneficiaries) {
                Optional<Nik> held = store().beneficiaries().find(other).flatMap(Beneficiary::nik);
                if (!other.equals(b.id()) && held.isPresent()) {
                    return Optional.of(held.get().value());
                }
            }
            return Optional.empty();
        }
        String[] parts = b.origin().value().split("\\.");
        String province = parts[0];
        if (choice == CaseCommand.NikChoice.OTHER_PROVINCE) {
            province = province.equals("31") ? "52" : "31";
        }
        LocalDate birth = b.birth().date();
        int day = birth.getDayOfMonth() + (b.sex() == Sex.FEMALE ? 40 : 0);
        String nik = String.format(
                java.util.Locale.ROOT,
                "%s%s%s%02d%02d%02d%04d",
                province,
                parts[1],
                parts.length > 2 ? parts[2] : "01",
                day,
                birth.getMonthValue(),
                birth.getYear() % 100,
                nikSerial++);
        return Optional.of(nik);
    }

    /**
     * A step of a grant in the world's programme and scheme: false (skipped) when the case has no award yet to
     * disburse, the topic is already attended, or a batch found no payment to take (calls that change nothing and
     * write no audit entry).
     */
    private boolean runGrant(Desk desk, BeneficiaryId id, CaseCommand.GrantStep step) {
        switch (step) {
            case ENROL -> desk.guidance().enrol(PROGRAMME, id, TODAY, "generated: enrolled wherever she lives");
            case ATTEND -> {
                // attendance already recorded is recorded again without a change (and without an audit entry)
                Beneficiary b = survivor(id);
                List<BeneficiaryId> registrations = new ArrayList<>(b.mergedFrom());
                registrations.add(b.id());
                for (BeneficiaryId registration : registrations) {
                    if (store().enrolments()
                            .find(PROGRAMME, registration)
                            .filter(e -> e.attended().contains(GRANT_TOPIC))
                            .isPresent()) {
                        return false;
                    }
                }
                desk.guidance().recordAttendance(PROGRAMME, id, GRANT_TOPIC, TODAY);
            }
            case AWARD -> {
                Beneficiary b = store().beneficiaries().find(id).orElseThrow();
                desk.grants()
                        .award(
                                SCHEME,
                                id,
                                new AccountForm(
                                        "BRI",
                                        "0123" + accountSerial++,
                                        b.name().value()));
            }
            case DISBURSE -> {
                Optional<Award> award = store()
                        .awards()
                        .forBeneficiary(survivor(id).id())
                        .stream()
                        .reduce((first, second) -> second);
                if (award.isEmpty()) {
                    return false;
                }
                desk.grants().disburse(award.get().id());
            }
            case BATCH -> {
                // nothing to batch is no change, and prepareBatches audits nothing then: counted as skipped
                return !desk.grants().prepareBatches(SCHEME, 100).isEmpty();
            }
        }
        return true;
    }

    /**
     * The commands of a case over the years (closing on request, consent, plans and referrals): true when the service
     * was called and accepted it, false when the world has no record for it (skipped).
     */
    private boolean runLifecycle(Desk desk, BeneficiaryId id, CaseCommand command) {
        if (command instanceof CaseCommand.RequestClosure c) {
            desk.cases().requestClosure(id, c.outcome(), "generated");
        } else if (command instanceof CaseCommand.ApproveClosure) {
            desk.cases().approveClosure(id);
        } else if (command instanceof CaseCommand.ReturnClosure) {
            desk.cases().returnClosure(id, "call the family first");
        } else if (command instanceof CaseCommand.RecordConsent c) {
            desk.cases().recordConsent(id, new ConsentForm(c.purpose(), c.given(), TODAY, null));
        } else if (command instanceof CaseCommand.CreatePlan) {
            desk.reintegration().createPlan(PlanForm.of(id, "a steady income"));
        } else if (command instanceof CaseCommand.AddService) {
            Optional<ReintegrationPlan> plan = activePlan(id);
            if (plan.isEmpty()) {
                return false;
            }
            desk.reintegration()
                    .addService(
                            plan.get().id(),
                            new PlannedServiceForm(
                                    ServiceType.VOCATIONAL_TRAINING,
                                    null,
                                    null,
                                    OrganisationId.of("DINSOS-5202"),
                                    TODAY.plusMonths(2),
                                    Rupiah.of(1_500_000)));
        } else if (command instanceof CaseCommand.Refer c) {
            Optional<PlannedService> service = activePlan(id)
                    .flatMap(p -> p.services().stream()
                            .filter(s -> s.openReferral().isEmpty())
                            .findFirst()
                            .or(() -> p.services().stream().findFirst()));
            if (service.isEmpty()) {
                return false;
            }
            List<OrganisationId> partners = PulihGen.partnerOrganisations();
            OrganisationId partner = partners.get(Math.floorMod(c.partner(), partners.size()));
            if (c.override()) {
                desk.reintegration().referWithOverride(service.get().id(), partner, "urgent: debt collector");
            } else {
                desk.reintegration().refer(service.get().id(), partner);
            }
        } else {
            Optional<PlannedService> referred = referredService(id);
            if (referred.isEmpty()) {
                return false;
            }
            ServiceId service = referred.get().id();
            if (command instanceof CaseCommand.AcceptReferral) {
                desk.reintegration().acceptReferral(service);
            } else if (command instanceof CaseCommand.StartService) {
                desk.reintegration().startService(service);
            } else if (command instanceof CaseCommand.EndReferral c) {
                switch (c.how()) {
                    case WITHDRAW -> desk.reintegration().withdrawReferral(service, "no longer needed");
                    case CANCEL_SERVICE -> desk.reintegration().cancelService(service, "covered elsewhere");
                    case DELIVER_SERVICE -> desk.reintegration().deliverService(service, TODAY);
                }
            } else {
                throw new IllegalArgumentException("unknown command " + command);
            }
        }
        return true;
    }

    /** The active plan of the case a registration belongs to, under any registration of it. */
    private Optional<ReintegrationPlan> activePlan(BeneficiaryId id) {
        Beneficiary b = survivor(id);
        List<BeneficiaryId> registrations = new ArrayList<>();
        registrations.add(b.id());
        registrations.addAll(b.mergedFrom());
        for (BeneficiaryId registration : registrations) {
            Optional<ReintegrationPlan> plan = store().reintegrationPlans().findActive(registration);
            if (plan.isPresent()) {
                return plan;
            }
        }
        return Optional.empty();
    }

    /** The latest-referred service of the case's active plan. */
    private Optional<PlannedService> referredService(BeneficiaryId id) {
        return activePlan(id)
                .flatMap(p -> p.services().stream()
                        .filter(s -> !s.referrals().isEmpty())
                        .reduce((a, b) -> b));
    }

    private Optional<Referral> latestReferral(BeneficiaryId id) {
        return referredService(id).map(PlannedService::latestReferral);
    }

    /** The same person as a second office writes them down: no NIK, No. KK or phone, documents lost. */
    private static IntakeForm twin(IntakeForm form) {
        return new IntakeForm(
                form.name(),
                form.sex(),
                form.birthDate(),
                form.estimatedBirthYear(),
                null,
                null,
                DocumentStatus.LOST,
                form.originRegion(),
                null,
                form.returnCountry(),
                form.returnDate(),
                form.entryPoint(),
                form.returnMode(),
                form.exploitation(),
                form.control(),
                form.sector(),
                form.recruiter(),
                List.of());
    }

    private Optional<BeneficiaryId> beneficiary(CaseCommand command) {
        if (beneficiaries.isEmpty() || !(command instanceof CaseCommand.OnCase onCase)) {
            return Optional.empty();
        }
        return Optional.of(beneficiaries.get(Math.floorMod(onCase.beneficiary(), beneficiaries.size())));
    }

    private static ShelterId shelter(int index) {
        return shelterId(Math.floorMod(index, SHELTERS));
    }

    private static LocalDate daysAgo(int days) {
        return TODAY.minusDays(Math.max(0, days));
    }

    /** The open stay, or else the latest one, so that commands on an ended stay reach the service and are refused. */
    private Optional<Stay> currentStay(BeneficiaryId id) {
        Optional<Stay> open = store().stays().findOpen(id);
        if (open.isPresent()) {
            return open;
        }
        List<Stay> all = store().stays().forBeneficiary(id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private Optional<Repatriation> latestReturn(BeneficiaryId id) {
        List<Repatriation> all = store().repatriations().forBeneficiary(id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private ReturnPlanForm plan(BeneficiaryId id, CaseCommand.Destination destination) {
        String elsewhere = store().beneficiaries()
                        .find(id)
                        .map(b -> RegionCode.of("31.75").contains(b.origin()))
                        .orElse(false)
                ? "52.71"
                : "31.75";
        return new ReturnPlanForm(
                id,
                destination == CaseCommand.Destination.ORIGIN ? null : elsewhere,
                destination == CaseCommand.Destination.ELSEWHERE_WITH_REASON ? "the family moved" : null,
                TransportMode.SHIP,
                "escort-01",
                "Dinas Sosial of the destination",
                TODAY);
    }

    /**
     * What became of a command.
     *
     * @param outcome succeeded, refused or skipped
     * @param refusal the refusal, present only when refused
     */
    public record Applied(Outcome outcome, Optional<PulihException> refusal) {
        /**
         * Checks the parts agree.
         *
         * @param outcome the outcome
         * @param refusal the refusal
         */
        public Applied {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(refusal, "refusal");
            if (refusal.isPresent() != (outcome == Outcome.REFUSED)) {
                throw new IllegalArgumentException("a refusal comes with REFUSED, and only with it");
            }
        }

        /**
         * The service accepted the command.
         *
         * @return the result
         */
        public static Applied succeeded() {
            return new Applied(Outcome.SUCCEEDED, Optional.empty());
        }

        /**
         * The service refused the command.
         *
         * @param refusal the exception; not null
         * @return the result
         */
        public static Applied refused(PulihException refusal) {
            return new Applied(Outcome.REFUSED, Optional.of(refusal));
        }

        /**
         * The command named a record the world does not have; no service was called.
         *
         * @return the result
         */
        public static Applied skipped() {
            return new Applied(Outcome.SKIPPED, Optional.empty());
        }

        /**
         * Whether the service accepted the command.
         *
         * @return true when succeeded
         */
        public boolean isSucceeded() {
            return outcome == Outcome.SUCCEEDED;
        }

        /**
         * Whether the service refused the command.
         *
         * @return true when refused
         */
        public boolean isRefused() {
            return outcome == Outcome.REFUSED;
        }
    }

    /** What became of a command. */
    public enum Outcome {
        /** Accepted. */
        SUCCEEDED,
        /** Refused with a {@link PulihException}. */
        REFUSED,
        /** Not run: it names a record the world does not have yet. */
        SKIPPED
    }

    @Override
    public String toString() {
        return "CaseWorld[" + beneficiaries.size() + " beneficiaries, today " + TODAY + "]";
    }
}
