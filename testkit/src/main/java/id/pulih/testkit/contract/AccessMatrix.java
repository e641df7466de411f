package id.pulih.testkit.contract;

import id.pulih.BulkRegistration;
import id.pulih.Desk;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessGrant;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.CorrectionFormBuilder;
import id.pulih.beneficiary.NikAttachmentForm;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.ProposalForm;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.privacy.Breach;
import id.pulih.privacy.BreachForm;
import id.pulih.privacy.DataCategory;
import id.pulih.privacy.Decision;
import id.pulih.privacy.DecisionForm;
import id.pulih.privacy.NotifiedParty;
import id.pulih.privacy.RequestForm;
import id.pulih.privacy.RequestId;
import id.pulih.privacy.RequestKind;
import id.pulih.privacy.ReviewDecision;
import id.pulih.privacy.RiskReview;
import id.pulih.privacy.SubjectRequest;
import id.pulih.reintegration.DueFollowUp;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.VisitForm;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.Nik;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Rupiah;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceForm;
import id.pulih.shelter.ServiceKind;
import id.pulih.shelter.Stay;
import id.pulih.testkit.contract.AccessMatrixContract.Who;
import id.pulih.testkit.contract.MatrixWorld.Grant;
import id.pulih.testkit.contract.MatrixWorld.Side;
import id.pulih.testkit.contract.MatrixWorld.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * The entries of the access matrix, one per service method: what the cell needs built ({@code setup}, as a national
 * supervisor, once per side), the call, and the oracle's gate for it (role, administered region); whether the cases
 * of the target are covered is the oracle's {@link Who#covers}, applied to every entry alike.
 *
 * <p>Adding a service method: one line in {@link #ENTRIES}, with the setup it needs from {@link MatrixWorld}.
 */
final class AccessMatrix {
    private AccessMatrix() {}

    /** How the outcome of a cell is judged. */
    enum Shape {
        /** Returns something of the target's cases: allowed only when the actor covers them, and logged. */
        READ,
        /** Changes the target's cases: allowed only when the actor covers them. */
        WRITE,
        /** Lists records of many cases: filtered, the target's case shown (and logged) only when covered. */
        LIST,
        /** Returns nothing of a case (a shelter, a programme, an aggregate count): only the gate decides. */
        OTHER
    }

    /** The oracle's rule for a cell beyond the coverage of its cases: the actor's role and region. */
    @FunctionalInterface
    interface Gate {
        boolean allows(Who who, Target target, MatrixWorld world);

        default Gate and(Gate other) {
            return (w, t, x) -> allows(w, t, x) && other.allows(w, t, x);
        }
    }

    static final Gate ANY = (w, t, x) -> true;
    static final Gate CHANGE = (w, t, x) -> w.changes();
    static final Gate SUPERVISE = (w, t, x) -> w.supervises();
    static final Gate OVERSEE = (w, t, x) -> w.oversees();
    static final Gate GOVERN = (w, t, x) -> w.governs();
    /** The place the target names (a shelter's or a programme's region) lies in the actor's area. */
    static final Gate PLACE = (w, t, x) -> w.administers(t.place());

    /**
     * What a cell works on.
     *
     * @param covering the cases the actor must cover for the cell to be allowed (for a list: to show the record)
     * @param place the region of the shelter or programme the cell names, or null
     * @param refs the records the call names, found by type
     */
    record Target(List<BeneficiaryId> covering, String place, List<Object> refs) {
        <T> T ref(Class<T> type) {
            return refs.stream()
                    .filter(type::isInstance)
                    .map(type::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " in the target"));
        }

        BeneficiaryId subject() {
            return covering.get(0);
        }
    }

    /**
     * One method of one service.
     *
     * @param method {@code <desk getter>.<method name>}, such as {@code cases.get}
     * @param shape how the outcome is judged
     * @param gate the oracle's role and region rule
     * @param setup builds what the cell needs, for a side
     * @param call the call, as the actor
     * @param shows for a {@link Shape#LIST}: whether the result holds the target's record
     */
    record Entry(
            String method,
            Shape shape,
            Gate gate,
            BiFunction<MatrixWorld, Side, Target> setup,
            BiFunction<Desk, Target, Object> call,
            BiPredicate<Object, Target> shows) {}

    private static Entry read(
            String method,
            Gate gate,
            BiFunction<MatrixWorld, Side, Target> setup,
            BiFunction<Desk, Target, Object> call) {
        return new Entry(method, Shape.READ, gate, setup, call, null);
    }

    private static Entry write(
            String method,
            Gate gate,
            BiFunction<MatrixWorld, Side, Target> setup,
            BiFunction<Desk, Target, Object> call) {
        return new Entry(method, Shape.WRITE, CHANGE.and(gate), setup, call, null);
    }

    private static Entry other(
            String method,
            Gate gate,
            BiFunction<MatrixWorld, Side, Target> setup,
            BiFunction<Desk, Target, Object> call) {
        return new Entry(method, Shape.OTHER, gate, setup, call, null);
    }

    private static Entry list(
            String method,
            Gate gate,
            BiFunction<MatrixWorld, Side, Target> setup,
            BiFunction<Desk, Target, Object> call,
            BiPredicate<Object, Target> shows) {
        return new Entry(method, Shape.LIST, gate, setup, call, shows);
    }

    private static Target target(List<BeneficiaryId> covering, String place, Object... refs) {
        return new Target(covering, place, List.of(refs));
    }

    /** The main case of the side, reached by its id; the programme's region is the place. */
    private static Target main(MatrixWorld w, Side s) {
        MatrixWorld.Main m = w.main(s);
        return target(List.of(m.id()), MatrixWorld.PROGRAMME_REGION, m.id(), m, m.programme(), m.plan(), w, s);
    }

    private static Target caseOf(BeneficiaryId id, String place, Object... refs) {
        Object[] all = new Object[refs.length + 1];
        all[0] = id;
        System.arraycopy(refs, 0, all, 1, refs.length);
        return target(List.of(id), place, all);
    }

    private static Target grant(MatrixWorld w, Side s, Stage stage) {
        Grant g = w.grant(s, stage);
        return target(List.of(w.main(s).id()), MatrixWorld.PROGRAMME_REGION, g, s);
    }

    private static Target stayOf(MatrixWorld w, Side s) {
        Stay stay = w.sheltered(s);
        return caseOf(stay.beneficiary(), s.shelterRegion, stay, s);
    }

    private static Target returnOf(Repatriation r, Side s) {
        return caseOf(r.beneficiary(), s.shelterRegion, r);
    }

    /** A case just registered without a NIK, with the version it is stored at (a correction names it). */
    private static Target freshAtItsVersion(MatrixWorld w, Side s) {
        BeneficiaryId id = w.fresh(s);
        Long version = w.pulih.store().beneficiaries().find(id).orElseThrow().version();
        return caseOf(id, null, version, s);
    }

    private static Target pairOf(MatrixWorld w, Side s) {
        List<Object> pair = w.pair(s);
        return target(List.of((BeneficiaryId) pair.get(0), (BeneficiaryId) pair.get(1)), null, pair.get(2));
    }

    private static boolean holds(Object list, java.util.function.Predicate<Object> match) {
        return ((List<?>) list).stream().anyMatch(match);
    }

    private static final LocalDate TODAY = MatrixWorld.TODAY;

    /** The matrix's now: the start of {@link #TODAY}, in UTC, as the world's clock says. */
    private static final Instant NOW = TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);

    /** Every method of every service on the desk, once. */
    static final List<Entry> ENTRIES = List.of(
            // Cases
            write("cases.register", ANY, AccessMatrix::main, (d, t) -> registerAgain(d, t)),
            write("cases.registerAll", ANY, AccessMatrix::main, (d, t) -> importAgain(d, t)),
            read("cases.get", ANY, AccessMatrix::main, (d, t) -> d.cases().get(t.subject())),
            read(
                    "cases.disclose",
                    SUPERVISE,
                    AccessMatrix::main,
                    (d, t) -> d.cases().disclose(t.subject(), "matrix: PBI-JKN enrolment list")),
            list(
                    "cases.list",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.cases().list(Optional.empty(), 10_000),
                    (r, t) -> holds(r, b -> ((Beneficiary) b).id().equals(t.subject()))),
            read(
                    "cases.findByNik",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.cases()
                            .findByNik(Nik.of(t.ref(MatrixWorld.Main.class).nik()))
                            .orElseThrow()),
            list(
                    "cases.household",
                    ANY,
                    (w, s) -> {
                        List<Object> member = w.household(s);
                        return caseOf((BeneficiaryId) member.get(0), null, member.get(1));
                    },
                    (d, t) -> d.cases().household(t.ref(id.pulih.shared.FamilyCardNumber.class)),
                    (r, t) -> holds(r, b -> ((Beneficiary) b).id().equals(t.subject()))),
            write(
                    "cases.assess",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.cases()
                            .assess(
                                    t.subject(),
                                    new AssessmentForm(
                                            TODAY,
                                            PovertyCategory.MISKIN,
                                            Set.of(),
                                            Set.of(RiskFactor.DEBT_TRAP),
                                            Set.of()))),
            write(
                    "cases.recordConsent",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.cases()
                            .recordConsent(t.subject(), ConsentForm.given(ConsentPurpose.FOLLOW_UP_CONTACT, TODAY))),
            write(
                    "cases.correct",
                    ANY,
                    AccessMatrix::freshAtItsVersion,
                    (d, t) -> d.cases()
                            .correct(
                                    t.subject(),
                                    new CorrectionFormBuilder()
                                            .phone("0812 3456 7890")
                                            .reason("matrix: she gave a new phone number")
                                            .expectedVersion(t.ref(Long.class))
                                            .build())),
            write(
                    "cases.attachNik",
                    ANY,
                    AccessMatrix::freshAtItsVersion,
                    (d, t) -> d.cases()
                            .attachNik(
                                    t.subject(),
                                    new NikAttachmentForm(
                                            t.ref(Side.class) == Side.A ? "5202014507909001" : "3171014507909002",
                                            "matrix: her KTP was found",
                                            false,
                                            t.ref(Long.class)))),
            write(
                    "cases.startReintegration",
                    ANY,
                    (w, s) -> caseOf(w.fresh(s), null),
                    (d, t) -> d.cases().startReintegration(t.subject())),
            write(
                    "cases.close",
                    SUPERVISE,
                    (w, s) -> caseOf(w.fresh(s), null),
                    (d, t) -> d.cases().close(t.subject(), CaseOutcome.LOST_CONTACT, "moved away, no contact")),
            // a government unit's officer asks; a supervisor other than the one who asked (headquarters) decides
            write(
                    "cases.requestClosure",
                    (w, t, x) -> w.changes() && w.governs(),
                    (w, s) -> caseOf(w.fresh(s), null),
                    (d, t) -> d.cases().requestClosure(t.subject(), CaseOutcome.REINTEGRATED, "self-reliant")),
            write(
                    "cases.approveClosure",
                    SUPERVISE,
                    (w, s) -> {
                        BeneficiaryId id = w.fresh(s);
                        w.hq.cases().requestClosure(id, CaseOutcome.REINTEGRATED, "self-reliant");
                        return caseOf(id, null);
                    },
                    (d, t) -> d.cases().approveClosure(t.subject())),
            write(
                    "cases.returnClosure",
                    SUPERVISE,
                    (w, s) -> {
                        BeneficiaryId id = w.fresh(s);
                        w.hq.cases().requestClosure(id, CaseOutcome.REINTEGRATED, "self-reliant");
                        return caseOf(id, null);
                    },
                    (d, t) -> d.cases().returnClosure(t.subject(), "call the family first")),
            read(
                    "cases.pendingClosure",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.cases().pendingClosure(t.subject())),
            write(
                    "cases.reopen",
                    SUPERVISE,
                    (w, s) -> {
                        BeneficiaryId id = w.fresh(s);
                        w.hq.cases().close(id, CaseOutcome.LOST_CONTACT, "moved away, no contact");
                        return caseOf(id, null);
                    },
                    (d, t) -> d.cases().reopen(t.subject(), "she called the office again")),
            list(
                    "cases.openDuplicates",
                    ANY,
                    AccessMatrix::pairOf,
                    (d, t) -> d.cases().openDuplicates(),
                    (r, t) -> holds(r, p -> ((PotentialDuplicate) p).id().equals(t.ref(DuplicateId.class)))),
            write(
                    "cases.dismissDuplicate",
                    SUPERVISE,
                    AccessMatrix::pairOf,
                    (d, t) -> d.cases().dismissDuplicate(t.ref(DuplicateId.class), "two different people")),
            write(
                    "cases.merge",
                    SUPERVISE,
                    AccessMatrix::pairOf,
                    (d, t) -> d.cases().merge(t.ref(DuplicateId.class), t.subject())),
            // ShelterCare
            other(
                    "shelters.open",
                    CHANGE.and(PLACE),
                    (w, s) -> target(List.of(), s.shelterRegion, w, s),
                    (d, t) -> d.shelters().open(t.ref(MatrixWorld.class).shelterForm(t.ref(Side.class)))),
            other(
                    "shelters.changeCapacity",
                    CHANGE.and(PLACE),
                    (w, s) -> target(List.of(), s.shelterRegion, w.shelter(s)),
                    (d, t) -> d.shelters()
                            .changeCapacity(
                                    t.ref(id.pulih.shelter.Shelter.class).id(), 45)),
            other(
                    "shelters.get",
                    ANY,
                    (w, s) -> target(List.of(), s.shelterRegion, w.shelter(s)),
                    (d, t) -> d.shelters()
                            .get(t.ref(id.pulih.shelter.Shelter.class).id())),
            other(
                    "shelters.list",
                    ANY,
                    (w, s) -> target(List.of(), null),
                    (d, t) -> d.shelters().list()),
            write(
                    "shelters.admit",
                    PLACE,
                    (w, s) -> caseOf(w.fresh(s), s.shelterRegion, w.shelter(s)),
                    (d, t) -> d.shelters()
                            .admit(
                                    t.subject(),
                                    t.ref(id.pulih.shelter.Shelter.class).id(),
                                    TODAY)),
            write(
                    "shelters.recordService",
                    PLACE,
                    AccessMatrix::stayOf,
                    (d, t) -> d.shelters()
                            .recordService(
                                    t.ref(Stay.class).id(), new ServiceForm(ServiceKind.MEALS, TODAY, "three meals"))),
            write(
                    "shelters.transfer",
                    PLACE,
                    (w, s) -> {
                        Stay stay = w.sheltered(s);
                        return caseOf(stay.beneficiary(), s.shelterRegion, stay, w.transferTarget(s));
                    },
                    (d, t) -> d.shelters()
                            .transfer(
                                    t.ref(Stay.class).id(),
                                    t.ref(id.pulih.shelter.Shelter.class).id(),
                                    TODAY)),
            write(
                    "shelters.discharge",
                    PLACE,
                    AccessMatrix::stayOf,
                    (d, t) -> d.shelters()
                            .discharge(
                                    t.ref(Stay.class).id(),
                                    DischargeReason.LEFT_WITHOUT_NOTICE,
                                    TODAY,
                                    "left in the night")),
            read(
                    "shelters.stay",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.shelters()
                            .stay(t.ref(MatrixWorld.Main.class).stay().id())),
            read(
                    "shelters.openStay",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.shelters().openStay(t.subject())),
            read(
                    "shelters.stays",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.shelters().stays(t.subject())),
            other(
                    "shelters.occupancyOn",
                    ANY,
                    (w, s) -> target(List.of(), s.shelterRegion, w.shelter(s)),
                    (d, t) -> d.shelters()
                            .occupancyOn(t.ref(id.pulih.shelter.Shelter.class).id(), TODAY)),
            // Returns
            write(
                    "returns.plan",
                    PLACE,
                    AccessMatrix::stayOf,
                    (d, t) -> d.returns()
                            .plan(new ReturnPlanForm(
                                    t.subject(),
                                    null,
                                    null,
                                    TransportMode.SHIP,
                                    "escort-02",
                                    "Dinas Sosial of the area of origin",
                                    TODAY))),
            write(
                    "returns.depart",
                    ANY,
                    (w, s) -> returnOf(w.returnPlanned(s), s),
                    (d, t) -> d.returns().depart(t.ref(Repatriation.class).id(), TODAY)),
            write(
                    "returns.handOver",
                    ANY,
                    (w, s) -> returnOf(w.departed(s), s),
                    (d, t) -> d.returns().handOver(t.ref(Repatriation.class).id(), TODAY, "Lalu Ahmad")),
            write(
                    "returns.cancel",
                    ANY,
                    (w, s) -> returnOf(w.returnPlanned(s), s),
                    (d, t) -> d.returns().cancel(t.ref(Repatriation.class).id(), "the family asked to wait")),
            read(
                    "returns.get",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.returns()
                            .get(t.ref(MatrixWorld.Main.class).repatriation().id())),
            read(
                    "returns.forBeneficiary",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.returns().forBeneficiary(t.subject())),
            // Oversight: breaking the glass is for a case the actor does not cover, so its case is no coverage
            other(
                    "oversight.breakGlass",
                    CHANGE.and(GOVERN),
                    (w, s) -> target(List.of(), null, w.fresh(s)),
                    (d, t) -> d.oversight()
                            .breakGlass(
                                    t.ref(BeneficiaryId.class),
                                    "matrix: she collapsed at the office",
                                    Duration.ofHours(1))),
            write(
                    "oversight.renewGrant",
                    SUPERVISE,
                    (w, s) -> {
                        AccessGrant g = w.outsidersGrant(s);
                        return caseOf(g.beneficiary(), null, g);
                    },
                    (d, t) -> d.oversight()
                            .renewGrant(
                                    t.ref(AccessGrant.class).id(),
                                    "matrix: the emergency goes on",
                                    Duration.ofHours(2))),
            list(
                    "oversight.grants",
                    OVERSEE,
                    (w, s) -> {
                        AccessGrant g = w.outsidersGrant(s);
                        return caseOf(g.beneficiary(), null, g);
                    },
                    (d, t) -> d.oversight().grants(Instant.EPOCH),
                    (r, t) -> holds(r, g -> ((AccessGrant) g).beneficiary().equals(t.subject()))),
            // a reference names a case to the national office by design: only the national gate decides
            other(
                    "oversight.resolveReference",
                    (w, t, x) -> w.national(),
                    (w, s) -> target(List.of(), null, w.referenceTo(s)),
                    (d, t) -> d.oversight().resolveReference(t.ref(String.class))),
            read(
                    "oversight.auditTrail",
                    OVERSEE,
                    AccessMatrix::main,
                    (d, t) ->
                            d.oversight().auditTrail("beneficiary", t.subject().toString())),
            read(
                    "oversight.accessLog",
                    OVERSEE,
                    AccessMatrix::main,
                    (d, t) -> d.oversight().accessLog(t.subject())),
            // Guidance
            other(
                    "guidance.create",
                    CHANGE.and(PLACE),
                    (w, s) -> target(List.of(), MatrixWorld.PROGRAMME_REGION, w),
                    (d, t) -> programmeAs(d, t.ref(MatrixWorld.class))),
            other(
                    "guidance.get",
                    PLACE,
                    AccessMatrix::main,
                    (d, t) -> d.guidance().get(t.ref(Programme.class).id())),
            other(
                    "guidance.list",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.guidance().list()),
            write(
                    "guidance.enrol",
                    PLACE,
                    (w, s) -> caseOf(
                            w.fresh(s), MatrixWorld.PROGRAMME_REGION, w.main(s).programme(), s),
                    (d, t) -> d.guidance()
                            .enrol(
                                    t.ref(Programme.class).id(),
                                    t.subject(),
                                    MatrixWorld.PROGRAMME_DAY,
                                    t.ref(Side.class) == Side.A ? null : "stays with family in Praya")),
            write(
                    "guidance.recordAttendance",
                    PLACE,
                    AccessMatrix::enrolled,
                    (d, t) -> d.guidance()
                            .recordAttendance(
                                    t.ref(Programme.class).id(),
                                    t.subject(),
                                    Topic.ENTREPRENEURSHIP_PRACTICE,
                                    MatrixWorld.PROGRAMME_DAY)),
            write(
                    "guidance.recordAttendanceAll",
                    PLACE,
                    AccessMatrix::enrolled,
                    (d, t) -> d.guidance()
                            .recordAttendanceAll(
                                    t.ref(Programme.class).id(),
                                    file -> file.record(
                                            t.subject(), Topic.MARKETING_STRATEGY, MatrixWorld.PROGRAMME_DAY))),
            list(
                    "guidance.enrolments",
                    PLACE,
                    AccessMatrix::main,
                    (d, t) -> d.guidance().enrolments(t.ref(Programme.class).id()),
                    (r, t) -> holds(r, e -> ((Enrolment) e).beneficiary().equals(t.subject()))),
            read(
                    "guidance.completed",
                    PLACE,
                    AccessMatrix::main,
                    (d, t) -> d.guidance().completed(t.ref(Programme.class).id(), t.subject())),
            // Grants
            other(
                    "grants.createScheme",
                    CHANGE.and(PLACE),
                    AccessMatrix::main,
                    (d, t) -> d.grants()
                            .createScheme(new SchemeForm(
                                    t.ref(Programme.class).id(),
                                    Rupiah.parse("Rp 500.000"),
                                    Rupiah.parse("Rp 5.000.000"),
                                    "APBN Kemensos 2020"))),
            other(
                    "grants.scheme",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.NO_AWARD),
                    (d, t) -> d.grants().scheme(t.ref(Grant.class).scheme().id())),
            write(
                    "grants.award",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.NO_AWARD),
                    (d, t) -> d.grants()
                            .award(t.ref(Grant.class).scheme().id(), t.subject(), accountOf(t.ref(Side.class)))),
            write(
                    "grants.awardToAccountOnFile",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.NO_AWARD),
                    (d, t) -> d.grants()
                            .awardToAccountOnFile(t.ref(Grant.class).scheme().id(), t.subject())),
            write(
                    "grants.disburse",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.AWARDED),
                    (d, t) -> d.grants().disburse(t.ref(Grant.class).award().id())),
            new Entry(
                    "grants.prepareBatches",
                    Shape.LIST,
                    CHANGE.and(PLACE),
                    (w, s) -> grant(w, s, Stage.APPROVED),
                    (d, t) -> d.grants()
                            .prepareBatches(t.ref(Grant.class).scheme().id(), 100),
                    (r, t) -> holds(
                            r,
                            b -> ((PaymentBatch) b)
                                    .payments()
                                    .contains(t.ref(Grant.class).payment().id()))),
            write(
                    "grants.sendBatch",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.BATCHED),
                    (d, t) -> d.grants().sendBatch(t.ref(Grant.class).batch().id(), TODAY)),
            write(
                    "grants.applyBankResult",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.SENT),
                    (d, t) -> d.grants().applyBankResult(paid(t))),
            write(
                    "grants.applyBankResults",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.SENT),
                    (d, t) -> d.grants().applyBankResults(file -> file.apply(paid(t)))),
            write(
                    "grants.reissue",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.REJECTED),
                    (d, t) -> d.grants().reissue(t.ref(Grant.class).award().id(), accountOf(t.ref(Side.class)))),
            read(
                    "grants.payments",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.APPROVED),
                    (d, t) -> d.grants().payments(t.ref(Grant.class).award().id())),
            list(
                    "grants.awards",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.AWARDED),
                    (d, t) -> d.grants().awards(t.ref(Grant.class).scheme().id()),
                    (r, t) -> holds(r, a -> ((Award) a).beneficiary().equals(t.subject()))),
            list(
                    "grants.batches",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.BATCHED),
                    (d, t) -> d.grants().batches(t.ref(Grant.class).scheme().id()),
                    (r, t) -> holds(
                            r,
                            b -> ((PaymentBatch) b)
                                    .id()
                                    .equals(t.ref(Grant.class).batch().id()))),
            read(
                    "grants.batchPayments",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.BATCHED),
                    (d, t) ->
                            d.grants().batchPayments(t.ref(Grant.class).batch().id())),
            other(
                    "grants.reconcileBatch",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.BATCHED),
                    (d, t) ->
                            d.grants().reconcileBatch(t.ref(Grant.class).batch().id())),
            other(
                    "grants.reconcileScheme",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.APPROVED),
                    (d, t) -> d.grants()
                            .reconcileScheme(t.ref(Grant.class).scheme().id())),
            write(
                    "grants.submitProposal",
                    PLACE,
                    (w, s) -> grant(w, s, Stage.PAID),
                    (d, t) -> d.grants()
                            .submitProposal(new ProposalForm(
                                    t.ref(Grant.class).award().id(),
                                    "a second sewing machine",
                                    Rupiah.parse("Rp 1.000.000")))),
            write(
                    "grants.decideProposal",
                    SUPERVISE.and(PLACE),
                    (w, s) -> grant(w, s, Stage.PROPOSED),
                    (d, t) -> d.grants()
                            .decideProposal(t.ref(Grant.class).proposal().id(), true, "the business runs well")),
            // Reintegration
            write(
                    "reintegration.createPlan",
                    GOVERN,
                    (w, s) -> caseOf(w.home(s), null),
                    (d, t) -> d.reintegration().createPlan(PlanForm.of(t.subject(), "vocational training"))),
            write(
                    "reintegration.addService",
                    GOVERN,
                    AccessMatrix::main,
                    (d, t) -> d.reintegration()
                            .addService(
                                    t.ref(ReintegrationPlan.class).id(),
                                    new id.pulih.reintegration.PlannedServiceForm(
                                            id.pulih.reintegration.ServiceType.PBI_JKN_ENROLMENT,
                                            null,
                                            null,
                                            MatrixWorld.DINSOS,
                                            LocalDate.of(2020, 8, 1),
                                            Rupiah.parse("Rp 100.000")))),
            write(
                    "reintegration.startService",
                    GOVERN,
                    (w, s) -> serviceOf(w, s, w.service(w.main(s).plan(), MatrixWorld.DINSOS)),
                    (d, t) -> d.reintegration()
                            .startService(t.ref(PlannedService.class).id())),
            // the service is provided by LKS Panca Karsa, which may deliver it
            write(
                    "reintegration.deliverService",
                    (w, t, x) -> w.governs() || w == Who.PARTNER_REFERRED,
                    (w, s) -> {
                        PlannedService service = w.service(w.main(s).plan(), MatrixWorld.PANCA_KARSA);
                        return serviceOf(w, s, w.hq.reintegration().startService(service.id()));
                    },
                    (d, t) -> d.reintegration()
                            .deliverService(t.ref(PlannedService.class).id(), TODAY)),
            write(
                    "reintegration.cancelService",
                    GOVERN,
                    (w, s) -> serviceOf(w, s, w.service(w.main(s).plan(), MatrixWorld.DINSOS)),
                    (d, t) -> d.reintegration()
                            .cancelService(t.ref(PlannedService.class).id(), "no longer needed")),
            write(
                    "reintegration.refer",
                    GOVERN,
                    (w, s) -> serviceOf(w, s, w.service(w.main(s).plan(), MatrixWorld.DINSOS)),
                    (d, t) ->
                            d.reintegration().refer(t.ref(PlannedService.class).id(), MatrixWorld.PANCA_KARSA)),
            write(
                    "reintegration.referWithOverride",
                    GOVERN,
                    (w, s) -> serviceOf(w, s, w.service(w.main(s).plan(), MatrixWorld.DINSOS)),
                    (d, t) -> d.reintegration()
                            .referWithOverride(
                                    t.ref(PlannedService.class).id(), MatrixWorld.PANCA_KARSA, "urgent health care")),
            // a referral is answered by its addressee (each side's is another partner) or by headquarters
            write(
                    "reintegration.acceptReferral",
                    AccessMatrix::addressee,
                    AccessMatrix::referral,
                    (d, t) -> d.reintegration()
                            .acceptReferral(t.ref(PlannedService.class).id())),
            write(
                    "reintegration.rejectReferral",
                    AccessMatrix::addressee,
                    AccessMatrix::referral,
                    (d, t) -> d.reintegration()
                            .rejectReferral(t.ref(PlannedService.class).id(), "no place until 2021")),
            // a referral is withdrawn by a government unit or by its addressee
            write(
                    "reintegration.withdrawReferral",
                    (w, t, x) -> w.governs()
                            || w.partner()
                                    .map(p -> p.equals(t.ref(Side.class).answerer))
                                    .orElse(false),
                    AccessMatrix::referral,
                    (d, t) -> d.reintegration()
                            .withdrawReferral(t.ref(PlannedService.class).id(), "no longer needed")),
            write(
                    "reintegration.recordVisit",
                    ANY,
                    (w, s) -> {
                        ReintegrationPlan plan = w.planned(s);
                        return caseOf(plan.beneficiary(), null, w.firstFollowUp(plan.beneficiary()));
                    },
                    (d, t) -> d.reintegration()
                            .recordVisit(
                                    t.ref(id.pulih.reintegration.FollowUp.class).id(),
                                    new VisitForm(TODAY, Set.of(RiskFactor.DEBT_TRAP), "she runs a stall"))),
            write(
                    "reintegration.closePlan",
                    SUPERVISE.and(GOVERN),
                    (w, s) -> {
                        ReintegrationPlan plan = w.planned(s);
                        return caseOf(plan.beneficiary(), null, plan);
                    },
                    (d, t) -> d.reintegration()
                            .closePlan(t.ref(ReintegrationPlan.class).id(), "self-reliant")),
            read(
                    "reintegration.plan",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reintegration().plan(t.subject())),
            read(
                    "reintegration.followUps",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reintegration().followUps(t.subject())),
            list(
                    "reintegration.followUpsDue",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reintegration().followUpsDue(),
                    (r, t) -> holds(
                            r, f -> ((DueFollowUp) f).followUp().beneficiary().equals(t.subject()))),
            // Privacy: the person's rights and the controller's duties
            write(
                    "privacy.receiveRequest",
                    ANY,
                    (w, s) -> caseOf(w.fresh(s), null),
                    (d, t) -> d.privacy()
                            .receiveRequest(new RequestForm(
                                    t.subject(), RequestKind.ACCESS, NOW, "matrix: asked for a copy of her file"))),
            write(
                    "privacy.decideRequest",
                    SUPERVISE,
                    (w, s) -> {
                        BeneficiaryId id = w.fresh(s);
                        return caseOf(id, null, requestOf(w, id, NOW).id());
                    },
                    (d, t) -> d.privacy()
                            .decideRequest(
                                    t.ref(RequestId.class),
                                    new DecisionForm(Decision.GRANTED, null, "matrix: copy handed over"))),
            read(
                    "privacy.requests",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.privacy().requests(t.subject())),
            list(
                    "privacy.overdueRequests",
                    ANY,
                    (w, s) -> {
                        BeneficiaryId id = w.fresh(s);
                        return caseOf(
                                id,
                                null,
                                requestOf(w, id, NOW.minus(Duration.ofDays(4))).id());
                    },
                    (d, t) -> d.privacy().overdueRequests(),
                    (r, t) -> holds(r, q -> ((SubjectRequest) q).id().equals(t.ref(RequestId.class)))),
            write(
                    "privacy.restrict",
                    SUPERVISE,
                    (w, s) -> caseOf(w.fresh(s), null),
                    (d, t) -> d.privacy().restrict(t.subject(), "matrix: she asked to stop all processing")),
            write(
                    "privacy.liftRestriction",
                    SUPERVISE,
                    (w, s) -> {
                        BeneficiaryId id = w.fresh(s);
                        w.hq.privacy().restrict(id, "matrix: she asked to stop all processing");
                        return caseOf(id, null);
                    },
                    (d, t) -> d.privacy().liftRestriction(t.subject(), "matrix: she asked to go on")),
            read(
                    "privacy.restriction",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.privacy().restriction(t.subject())),
            write(
                    "privacy.objectToRiskScore",
                    ANY,
                    (w, s) -> {
                        FollowUp visit = visited(w, s);
                        return caseOf(visit.beneficiary(), null, visit);
                    },
                    (d, t) -> d.privacy()
                            .objectToRiskScore(t.ref(FollowUp.class).id(), "matrix: the debt was paid last month")),
            write(
                    "privacy.reviewRiskScore",
                    SUPERVISE,
                    (w, s) -> {
                        FollowUp visit = visited(w, s);
                        RiskReview review =
                                w.hq.privacy().objectToRiskScore(visit.id(), "matrix: the debt was paid last month");
                        return caseOf(visit.beneficiary(), null, review);
                    },
                    (d, t) -> d.privacy()
                            .reviewRiskScore(
                                    t.ref(RiskReview.class).id(),
                                    ReviewDecision.SET_ASIDE,
                                    "matrix: the receipt of the repayment was shown")),
            read(
                    "privacy.riskReviews",
                    ANY,
                    (w, s) -> {
                        FollowUp visit = visited(w, s);
                        return caseOf(visit.beneficiary(), null, visit);
                    },
                    (d, t) -> d.privacy().riskReviews(t.ref(FollowUp.class).id())),
            write(
                    "privacy.erase",
                    SUPERVISE.and(GOVERN),
                    (w, s) -> caseOf(w.fresh(s), null),
                    (d, t) -> d.privacy().erase(t.subject(), "matrix: erasure request granted")),
            write(
                    "privacy.recordBreach",
                    SUPERVISE.and(GOVERN),
                    (w, s) -> caseOf(w.fresh(s), null),
                    (d, t) -> d.privacy().recordBreach(breachForm(t.subject(), NOW))),
            write(
                    "privacy.recordBreachNotification",
                    SUPERVISE.and(GOVERN),
                    (w, s) -> {
                        BeneficiaryId id = w.fresh(s);
                        return caseOf(id, null, w.hq.privacy().recordBreach(breachForm(id, NOW)));
                    },
                    (d, t) -> d.privacy()
                            .recordBreachNotification(
                                    t.ref(Breach.class).id(),
                                    NotifiedParty.SUPERVISORY_AGENCY,
                                    NOW,
                                    "matrix: letter 12/2020")),
            list(
                    "privacy.breaches",
                    OVERSEE,
                    (w, s) -> {
                        BeneficiaryId id = w.fresh(s);
                        return caseOf(id, null, w.hq.privacy().recordBreach(breachForm(id, NOW)));
                    },
                    (d, t) -> d.privacy().breaches(),
                    (r, t) -> holds(
                            r, b -> ((Breach) b).id().equals(t.ref(Breach.class).id()))),
            list(
                    "privacy.overdueBreaches",
                    OVERSEE,
                    (w, s) -> {
                        BeneficiaryId id = w.fresh(s);
                        return caseOf(
                                id, null, w.hq.privacy().recordBreach(breachForm(id, NOW.minus(Duration.ofDays(4)))));
                    },
                    (d, t) -> d.privacy().overdueBreaches(),
                    (r, t) -> holds(
                            r, b -> ((Breach) b).id().equals(t.ref(Breach.class).id()))),
            other(
                    "privacy.retentionDue",
                    SUPERVISE.and(GOVERN),
                    (w, s) -> target(List.of(), null),
                    (d, t) -> d.privacy().retentionDue(Period.ofYears(5))),
            other(
                    "privacy.applyRetention",
                    CHANGE.and(SUPERVISE).and(GOVERN),
                    (w, s) -> target(List.of(), null),
                    (d, t) -> d.privacy().applyRetention(Period.ofYears(5))),
            // Privacy: the person's whole record, for the government units that cover the case
            read(
                    "privacy.export",
                    GOVERN,
                    AccessMatrix::main,
                    (d, t) -> d.privacy().export(t.subject())),
            // Reports: aggregate counts, scoped to the actor's jurisdiction, name no case
            other(
                    "reports.beneficiariesByOrigin",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reports().beneficiariesByOrigin(RegionLevel.REGENCY)),
            other(
                    "reports.beneficiariesByReturnYear",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reports().beneficiariesByReturnYear()),
            other(
                    "reports.shelters",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reports().shelters()),
            other(
                    "reports.programmes",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reports().programmes()),
            other(
                    "reports.grants",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reports().grants()),
            other(
                    "reports.servicesByComponent",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reports().servicesByComponent()),
            other(
                    "reports.outcomes",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reports().outcomes()),
            other(
                    "reports.overdueFollowUps",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reports().overdueFollowUps()),
            // the statistical export: k-anonymous rows that name no case
            other(
                    "reports.statistics",
                    ANY,
                    AccessMatrix::main,
                    (d, t) -> d.reports().statistics(id.pulih.report.statistics.KAnonymity.DEFAULT_K, row -> {})));

    /**
     * Registers the main case's NIK again: an actor who covers the case is told it is registered (a conflict naming
     * it, which the cell counts as allowed); one who does not must be refused.
     */
    private static Object registerAgain(Desk d, Target t) {
        MatrixWorld.Main main = t.ref(MatrixWorld.Main.class);
        Side side = t.ref(Side.class);
        try {
            d.cases()
                    .register(t.ref(MatrixWorld.class)
                            .intake(side, MatrixWorld.mainName(side))
                            .nik(main.nik())
                            .build());
        } catch (id.pulih.shared.ConflictException conflict) {
            if (!conflict.getMessage().contains(main.id().toString())) {
                throw new AssertionError("the conflict does not name the case: " + conflict.getMessage());
            }
            return conflict;
        }
        throw new AssertionError("a second registration of a NIK was accepted");
    }

    /**
     * A bulk registration of the main case's NIK: a duplicate, not written, where the actor covers the case; refused
     * as {@code case.elsewhere} with a reference and no case id where it does not (rethrown here as that refusal, so
     * that the matrix judges it as it judges a single registration).
     */
    private static Object importAgain(Desk d, Target t) {
        MatrixWorld.Main main = t.ref(MatrixWorld.Main.class);
        Side side = t.ref(Side.class);
        MatrixWorld w = t.ref(MatrixWorld.class);
        BulkRegistration.Decision decided = d.cases().registerAll(bulk -> {
            var form =
                    w.intake(side, MatrixWorld.mainName(side)).nik(main.nik()).build();
            Beneficiary b = Beneficiary.register(
                    form.toPerson(),
                    form.toReturnInfo(),
                    form.toProfile(),
                    List.of(),
                    d.actor().jurisdiction(),
                    bulk.at(),
                    d.actor().id());
            return bulk.register(List.of(b)).get(0);
        });
        if (decided.toString().contains(main.id().toString())) {
            throw new AssertionError("a bulk decision names the case: " + decided);
        }
        if (decided.outcome() == BulkRegistration.Outcome.ELSEWHERE) {
            throw new AccessDeniedException(
                    id.pulih.access.AccessError.ELSEWHERE,
                    d.actor().id(),
                    "case.import",
                    "-",
                    decided.reference().orElseThrow());
        }
        if (decided.outcome() != BulkRegistration.Outcome.DUPLICATE) {
            throw new AssertionError("a NIK registered already was registered again in bulk");
        }
        return decided;
    }

    private static Object programmeAs(Desk d, MatrixWorld w) {
        return d.guidance()
                .create(new id.pulih.guidance.ProgrammeForm(
                        "Bimbingan Sosial WNI-M KPO",
                        id.pulih.shared.OrganisationId.of("KEMENSOS-RSTS-KPO"),
                        Set.of(MatrixWorld.PANCA_KARSA),
                        "Aula SMKN 1 Praya",
                        MatrixWorld.PROGRAMME_REGION,
                        MatrixWorld.PROGRAMME_DAY,
                        MatrixWorld.PROGRAMME_DAY,
                        50,
                        List.of(Topic.ENTREPRENEURSHIP_PRACTICE),
                        Set.of()));
    }

    private static Target enrolled(MatrixWorld w, Side s) {
        BeneficiaryId id = w.fresh(s);
        Programme programme = w.main(s).programme();
        w.enrol(programme, s, id);
        return caseOf(id, MatrixWorld.PROGRAMME_REGION, programme, s);
    }

    private static Target serviceOf(MatrixWorld w, Side s, PlannedService service) {
        return caseOf(w.main(s).id(), null, service);
    }

    /** A service of a case's own plan, referred to the side's answering partner. */
    private static Target referral(MatrixWorld w, Side s) {
        ReintegrationPlan plan = w.planned(s);
        PlannedService service = w.referred(plan, s.answerer);
        return caseOf(plan.beneficiary(), null, service, s);
    }

    private static boolean addressee(Who who, Target t, MatrixWorld w) {
        return who.national()
                || who.partner().map(p -> p.equals(t.ref(Side.class).answerer)).orElse(false);
    }

    /** A request about a case, received by headquarters. */
    private static SubjectRequest requestOf(MatrixWorld w, BeneficiaryId id, Instant receivedAt) {
        return w.hq.privacy().receiveRequest(new RequestForm(id, RequestKind.ACCESS, receivedAt, null));
    }

    /** The first follow-up of a planned case of the side, visited and scored by headquarters. */
    private static FollowUp visited(MatrixWorld w, Side s) {
        ReintegrationPlan plan = w.planned(s);
        FollowUp first = w.firstFollowUp(plan.beneficiary());
        return w.hq.reintegration()
                .recordVisit(first.id(), new VisitForm(TODAY, Set.of(RiskFactor.DEBT_TRAP), "she runs a stall"));
    }

    private static BreachForm breachForm(BeneficiaryId id, Instant discoveredAt) {
        return new BreachForm(
                discoveredAt,
                Set.of(DataCategory.IDENTITY),
                List.of(id),
                "matrix: a printed list was left on a bus",
                "matrix: the list was recovered the same day");
    }

    private static AccountForm accountOf(Side side) {
        return new AccountForm("BRI", side == Side.A ? "012300000011" : "012300000012", MatrixWorld.mainName(side));
    }

    private static BankResult paid(Target t) {
        return BankResult.paid(t.ref(Grant.class).payment().id(), "BRI-OK-" + t.subject(), TODAY);
    }
}
