package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.conflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pulih.Registration;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.GrantError;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.GuidanceError;
import id.pulih.guidance.Programme;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.ReintegrationError;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationError;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.RecordType;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterError;
import id.pulih.shelter.Stay;
import id.pulih.testkit.contract.MatrixWorld.Side;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Merging two registrations of one person keeps the rules of one person: one bed, one return under way, one active
 * plan, one award per scheme, one enrolment per programme. Through the services, on the store under test: a merge
 * is refused, naming the rule, when both records hold such a record; otherwise every record of the merged
 * registration is read as the survivor's, and the rules count it.
 */
public abstract class MergeContract extends PortContract {
    private static final LocalDate ADMITTED = LocalDate.of(2020, 3, 2);

    /** For subclasses. */
    protected MergeContract() {}

    /** Two registrations of one person in Lombok Tengah, without NIK, flagged as a potential duplicate. */
    private record Pair(String name, BeneficiaryId survivor, BeneficiaryId merged, DuplicateId duplicate) {}

    private static Pair pair(MatrixWorld world) {
        String name = world.newName();
        Registration first =
                world.hq.cases().register(world.intake(Side.A, name).build());
        Registration second =
                world.hq.cases().register(world.intake(Side.A, name).build());
        assertThat(second.duplicates()).as("the second registration is flagged").hasSize(1);
        return new Pair(
                name,
                first.beneficiary().id(),
                second.beneficiary().id(),
                second.duplicates().get(0).id());
    }

    private static BeneficiaryId merge(MatrixWorld world, Pair pair) {
        return world.hq.cases().merge(pair.duplicate(), pair.survivor()).id();
    }

    @Test
    void aRecordInAShelterMergedIntoOneWithoutKeepsThePersonInOneBed() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        Shelter other = world.transferTarget(Side.A);
        Stay stay =
                world.hq.shelters().admit(pair.merged(), world.shelter(Side.A).id(), ADMITTED);
        BeneficiaryId survivor = merge(world, pair);

        conflict(
                ShelterError.STAY_OPEN_EXISTS,
                RecordType.STAY,
                () -> world.hq.shelters().admit(survivor, other.id(), ADMITTED.plusDays(10)));

        assertThat(world.hq.shelters().openStay(survivor))
                .as("the merged record's stay is the survivor's")
                .contains(stay);
        assertThat(world.hq.shelters().get(other.id()).occupied())
                .as("no second bed")
                .isZero();
        assertThat(world.hq.shelters().stays(survivor)).containsExactly(stay);
    }

    @Test
    void aMergeIsRefusedWhenBothRecordsHaveAnOpenStay() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        world.hq.shelters().admit(pair.survivor(), world.shelter(Side.A).id(), ADMITTED);
        world.hq.shelters().admit(pair.merged(), world.transferTarget(Side.A).id(), ADMITTED);

        refused(ShelterError.MERGE_OPEN_STAYS, world, pair);
    }

    @Test
    void aMergeIsRefusedWhenBothRecordsHaveAReturnUnderWay() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        world.hq.shelters().admit(pair.survivor(), world.shelter(Side.A).id(), ADMITTED);
        world.hq.shelters().admit(pair.merged(), world.transferTarget(Side.A).id(), ADMITTED);
        plannedReturn(world, pair.survivor());
        plannedReturn(world, pair.merged());

        refused(RepatriationError.MERGE_ACTIVE_RETURNS, world, pair);
    }

    @Test
    void aMergeIsRefusedWhenBothRecordsHaveAnActivePlan() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        home(world, pair.survivor(), world.shelter(Side.A));
        home(world, pair.merged(), world.transferTarget(Side.A));
        world.hq.reintegration().createPlan(PlanForm.of(pair.survivor(), "a small business"));
        world.hq.reintegration().createPlan(PlanForm.of(pair.merged(), "a food stall"));

        refused(ReintegrationError.MERGE_ACTIVE_PLANS, world, pair);
    }

    @Test
    void aMergeIsRefusedWhenBothRecordsHoldAnAwardOfOneScheme() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        Programme programme = world.programme();
        GrantScheme scheme = scheme(world, programme);
        for (BeneficiaryId id : java.util.List.of(pair.survivor(), pair.merged())) {
            world.enrol(programme, Side.A, id);
            world.complete(programme, id);
            world.hq.grants().award(scheme.id(), id, account(pair));
        }

        RuleViolationException refusal = refused(GrantError.MERGE_AWARDS, world, pair);
        assertThat(refusal.getMessage())
                .as("names the scheme")
                .contains(scheme.id().toString());
    }

    @Test
    void aMergeIsRefusedWhenBothRecordsAreEnrolledInOneProgramme() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        Programme programme = world.programme();
        world.enrol(programme, Side.A, pair.survivor());
        world.enrol(programme, Side.A, pair.merged());

        RuleViolationException refusal = refused(GuidanceError.MERGE_ENROLMENTS, world, pair);
        assertThat(refusal.getMessage())
                .as("names the programme")
                .contains(programme.id().toString());
    }

    @Test
    void afterAMergeAReturnIsPlannedFromTheMergedRecordsStayAndASecondOneIsRefused() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        Stay stay =
                world.hq.shelters().admit(pair.merged(), world.shelter(Side.A).id(), ADMITTED);
        BeneficiaryId survivor = merge(world, pair);

        Repatriation planned = plannedReturn(world, survivor);

        assertThat(planned.stay()).isEqualTo(stay.id());
        conflict(RepatriationError.ACTIVE_EXISTS, RecordType.REPATRIATION, () -> plannedReturn(world, survivor));
        assertThat(world.hq.returns().forBeneficiary(survivor)).containsExactly(planned);
    }

    @Test
    void afterAMergeTheMergedRecordsPlanIsTheSurvivorsAndNoSecondOneIsMade() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        home(world, pair.survivor(), world.shelter(Side.A));
        home(world, pair.merged(), world.transferTarget(Side.A));
        ReintegrationPlan plan = world.hq.reintegration().createPlan(PlanForm.of(pair.merged(), "a food stall"));
        BeneficiaryId survivor = merge(world, pair);

        conflict(
                ReintegrationError.PLAN_ACTIVE_EXISTS,
                RecordType.REINTEGRATION_PLAN,
                () -> world.hq.reintegration().createPlan(PlanForm.of(survivor, "a small business")));

        assertThat(world.hq.reintegration().plan(survivor)).contains(plan);
    }

    @Test
    void afterAMergeTheMergedRecordsEnrolmentCountsForTheAwardAndTheAwardIsGivenOnce() {
        MatrixWorld world = new MatrixWorld(store());
        Pair pair = pair(world);
        Programme programme = world.programme();
        world.enrol(programme, Side.A, pair.merged());
        world.complete(programme, pair.merged());
        GrantScheme first = scheme(world, programme);
        GrantScheme second = scheme(world, programme);
        world.hq.grants().award(first.id(), pair.merged(), account(pair));
        BeneficiaryId survivor = merge(world, pair);

        assertThat(world.hq.guidance().completed(programme.id(), survivor)).isTrue();
        conflict(GuidanceError.ENROLMENT_EXISTS, RecordType.ENROLMENT, () -> world.enrol(programme, Side.A, survivor));
        conflict(
                GrantError.AWARD_EXISTS,
                RecordType.AWARD,
                () -> world.hq.grants().award(first.id(), survivor, account(pair)));
        Award other = world.hq.grants().award(second.id(), survivor, account(pair));
        assertThat(other.beneficiary()).isEqualTo(survivor);
        assertThat(world.hq.grants().scheme(first.id()).committed())
                .as("the refused award committed nothing")
                .isEqualTo(first.amountPerPerson());
    }

    /** Asserts a merge is refused with a rule's code and leaves both records and their pair as they were. */
    private static RuleViolationException refused(ErrorCode code, MatrixWorld world, Pair pair) {
        Throwable thrown = catchThrowable(() -> merge(world, pair));
        assertThat(thrown).as("refused as " + code.code()).isInstanceOf(RuleViolationException.class);
        RuleViolationException refusal = (RuleViolationException) thrown;
        assertThat(refusal.code()).isEqualTo(code.code());
        assertThat(world.hq.cases().get(pair.merged()).id()).as("not merged").isEqualTo(pair.merged());
        assertThat(world.hq.cases().get(pair.survivor()).mergedFrom()).isEmpty();
        assertThat(world.hq.cases().openDuplicates())
                .extracting(PotentialDuplicate::id)
                .as("the pair is still open")
                .contains(pair.duplicate());
        return refusal;
    }

    private static Repatriation plannedReturn(MatrixWorld world, BeneficiaryId id) {
        return world.hq
                .returns()
                .plan(new ReturnPlanForm(
                        id,
                        null,
                        null,
                        TransportMode.SHIP,
                        "escort-01",
                        "Dinas Sosial of the area of origin",
                        LocalDate.of(2020, 3, 20)));
    }

    /** Shelters a registration, sends it home and hands it over on 23 March 2020 (REPATRIATED). */
    private static void home(MatrixWorld world, BeneficiaryId id, Shelter shelter) {
        world.hq.shelters().admit(id, shelter.id(), ADMITTED);
        Repatriation r = plannedReturn(world, id);
        world.hq.returns().depart(r.id(), LocalDate.of(2020, 3, 20));
        world.hq.returns().handOver(r.id(), LocalDate.of(2020, 3, 23), "Lalu Ahmad");
    }

    private static GrantScheme scheme(MatrixWorld world, Programme programme) {
        return world.hq
                .grants()
                .createScheme(new SchemeForm(
                        programme.id(),
                        Rupiah.parse("Rp 960.000"),
                        Rupiah.parse("Rp 9.600.000"),
                        "APBN Kemensos 2020"));
    }

    private static AccountForm account(Pair pair) {
        return new AccountForm("BRI", "012300000009", pair.name());
    }
}
