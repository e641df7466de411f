package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pulih.grant.BankResult;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.ResultOutcome;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.VisitForm;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationState;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FormViolation;
import id.pulih.shared.InvalidFormException;
import id.pulih.shared.InvalidValueException;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceForm;
import id.pulih.shelter.ServiceKind;
import id.pulih.shelter.Stay;
import id.pulih.testkit.contract.MatrixWorld.Grant;
import id.pulih.testkit.contract.MatrixWorld.Side;
import id.pulih.testkit.contract.MatrixWorld.Stage;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No state change is dated in the future: every date an officer enters for something that already happened (an
 * admission, a transfer, a discharge, a service delivered in a shelter or under a plan, a departure, a handover, a
 * follow-up visit, an enrolment, an attendance, a batch sent, a bank's answer) is refused when it is after today
 * (the clock's date in Asia/Jakarta), as {@code date.future} naming the field, the date and today, through the single
 * call and the bulk paths alike, and the refused command leaves the store as it was. Today itself is accepted.
 *
 * <p>The world's clock stands at 1 June 2020, 07:00 in Jakarta.
 */
public abstract class FutureDatesContract extends PortContract {
    private static final LocalDate TODAY = MatrixWorld.TODAY;
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    /** For subclasses. */
    protected FutureDatesContract() {}

    @Test
    void anAdmissionTomorrowIsRefusedAndOneTodayAccepted() {
        MatrixWorld world = new MatrixWorld(store());
        BeneficiaryId id = world.fresh(Side.A);

        refused(
                world,
                "admittedOn",
                TOMORROW,
                () -> world.hq.shelters().admit(id, world.shelter(Side.A).id(), TOMORROW));
        assertThat(world.hq.shelters().openStay(id)).isEmpty();
        assertThat(world.hq.shelters().get(world.shelter(Side.A).id()).occupied())
                .isZero();

        assertThat(world.hq
                        .shelters()
                        .admit(id, world.shelter(Side.A).id(), TODAY)
                        .admittedOn())
                .isEqualTo(TODAY);
    }

    @Test
    void aDischargeOrTransferDatedAfterTodayIsRefused() {
        MatrixWorld world = new MatrixWorld(store());
        Stay stay = world.sheltered(Side.A);

        refused(
                world,
                "dischargedOn",
                TOMORROW,
                () -> world.hq.shelters().discharge(stay.id(), DischargeReason.LEFT_WITHOUT_NOTICE, TOMORROW, ""));
        refused(
                world,
                "transferredOn",
                TOMORROW.plusYears(1),
                () -> world.hq
                        .shelters()
                        .transfer(stay.id(), world.transferTarget(Side.A).id(), TOMORROW.plusYears(1)));
        assertThat(world.hq.shelters().stay(stay.id())).isEqualTo(stay);

        assertThat(world.hq
                        .shelters()
                        .discharge(stay.id(), DischargeReason.LEFT_WITHOUT_NOTICE, TODAY, "")
                        .dischargedOn())
                .contains(TODAY);
    }

    @Test
    void aShelterServiceDeliveredTomorrowIsRefused() {
        MatrixWorld world = new MatrixWorld(store());
        Stay stay = world.sheltered(Side.A);
        long audited = world.pulih.store().auditTrail().count();

        Throwable thrown = catchThrowable(() -> world.hq
                .shelters()
                .recordService(stay.id(), new ServiceForm(ServiceKind.SPORTS_THERAPY, TOMORROW, "futsal")));

        formRefused(thrown, "date", TOMORROW);
        assertThat(world.pulih.store().auditTrail().count()).isEqualTo(audited);
        assertThat(world.hq.shelters().stay(stay.id())).isEqualTo(stay);
        assertThat(world.hq
                        .shelters()
                        .recordService(stay.id(), new ServiceForm(ServiceKind.SPORTS_THERAPY, TODAY, "futsal"))
                        .services())
                .hasSize(1);
    }

    @Test
    void aDepartureInTheFutureIsRefusedAndTheReturnStaysPlanned() {
        MatrixWorld world = new MatrixWorld(store());
        Repatriation planned = world.returnPlanned(Side.A);

        refused(world, "departedOn", TOMORROW, () -> world.hq.returns().depart(planned.id(), TOMORROW));

        assertThat(world.hq.returns().get(planned.id())).isEqualTo(planned);
        assertThat(world.hq.returns().depart(planned.id(), TODAY).state()).isEqualTo(RepatriationState.IN_TRANSIT);
    }

    @Test
    void aHandoverInTheFutureIsRefusedAndTheStayStaysOpen() {
        MatrixWorld world = new MatrixWorld(store());
        Repatriation departed = world.departed(Side.A);

        refused(
                world,
                "handedOverOn",
                TOMORROW,
                () -> world.hq.returns().handOver(departed.id(), TOMORROW, "Lalu Ahmad"));

        assertThat(world.hq.returns().get(departed.id())).isEqualTo(departed);
        assertThat(world.hq.shelters().openStay(departed.beneficiary()))
                .as("the stay is not discharged by a refused handover")
                .isPresent();
        assertThat(world.hq
                        .returns()
                        .handOver(departed.id(), TODAY, "Lalu Ahmad")
                        .state())
                .isEqualTo(RepatriationState.HANDED_OVER);
    }

    @Test
    void aPlannedServiceDeliveredTomorrowIsRefused() {
        MatrixWorld world = new MatrixWorld(store());
        ReintegrationPlan plan = world.planned(Side.A);
        PlannedService service = world.service(plan, MatrixWorld.DINSOS);
        world.hq.reintegration().startService(service.id());

        refused(world, "deliveredOn", TOMORROW, () -> world.hq.reintegration().deliverService(service.id(), TOMORROW));

        assertThat(world.hq.reintegration().deliverService(service.id(), TODAY).status())
                .isEqualTo(ServiceStatus.DELIVERED);
    }

    @Test
    void aFollowUpVisitTomorrowIsRefused() {
        MatrixWorld world = new MatrixWorld(store());
        ReintegrationPlan plan = world.planned(Side.A);
        FollowUp first = world.firstFollowUp(plan.beneficiary());
        long audited = world.pulih.store().auditTrail().count();

        Throwable thrown = catchThrowable(
                () -> world.hq.reintegration().recordVisit(first.id(), new VisitForm(TOMORROW, Set.of(), null)));

        formRefused(thrown, "visitedOn", TOMORROW);
        assertThat(world.pulih.store().auditTrail().count()).isEqualTo(audited);
        assertThat(world.firstFollowUp(plan.beneficiary())).isEqualTo(first);
        assertThat(world.hq
                        .reintegration()
                        .recordVisit(first.id(), new VisitForm(TODAY, Set.of(), null))
                        .riskScore())
                .isPresent();
    }

    @Test
    void anEnrolmentOrAttendanceAfterTodayIsRefused() {
        MatrixWorld world = new MatrixWorld(store());
        Programme programme = world.programme();
        BeneficiaryId id = world.fresh(Side.A);

        refused(world, "enrolledOn", TOMORROW, () -> world.hq.guidance().enrol(programme.id(), id, TOMORROW, null));
        assertThat(world.hq.guidance().enrolments(programme.id())).isEmpty();

        world.enrol(programme, Side.A, id);
        refused(
                world,
                "date",
                TOMORROW,
                () -> world.hq.guidance().recordAttendance(programme.id(), id, Topic.MARKETING_STRATEGY, TOMORROW));
        assertThat(world.hq.guidance().enrolments(programme.id()).get(0).attendance())
                .isEmpty();
    }

    @Test
    void anAttendanceListRefusesOnlyItsLinesDatedAfterToday() {
        MatrixWorld world = new MatrixWorld(store());
        Programme programme = world.programme();
        BeneficiaryId id = world.fresh(Side.A);
        world.enrol(programme, Side.A, id);
        long audited = world.pulih.store().auditTrail().count();

        Throwable[] refusal = new Throwable[1];
        long recorded = world.hq.guidance().recordAttendanceAll(programme.id(), list -> {
            refusal[0] = catchThrowable(() -> list.record(id, Topic.MARKETING_STRATEGY, TOMORROW));
            list.record(id, Topic.ENTREPRENEURSHIP_PRACTICE, MatrixWorld.PROGRAMME_DAY);
            assertThat(list.refused()).isEqualTo(1);
            return list.recorded();
        });

        assertFuture(refusal[0], "date", TOMORROW);
        assertThat(recorded).isEqualTo(1);
        Enrolment after = world.hq.guidance().enrolments(programme.id()).get(0);
        assertThat(after.attendance()).extracting(a -> a.topic()).containsExactly(Topic.ENTREPRENEURSHIP_PRACTICE);
        assertThat(world.pulih.store().auditTrail().count()).isEqualTo(audited + 1);
    }

    @Test
    void aBatchSentTomorrowIsRefused() {
        MatrixWorld world = new MatrixWorld(store());
        Grant grant = world.grant(Side.A, Stage.BATCHED);

        refused(
                world,
                "sentOn",
                TOMORROW,
                () -> world.hq.grants().sendBatch(grant.batch().id(), TOMORROW));

        assertThat(world.hq.grants().payments(grant.award().id()))
                .extracting(Payment::status)
                .containsExactly(PaymentStatus.APPROVED);
        assertThat(world.hq.grants().sendBatch(grant.batch().id(), TODAY).sent())
                .contains(TODAY);
    }

    @Test
    void aBankAnswerDatedAfterTodayIsRefusedAloneOrInAFile() {
        MatrixWorld world = new MatrixWorld(store());
        Grant grant = world.grant(Side.A, Stage.SENT);
        BankResult tomorrow = BankResult.paid(grant.payment().id(), "BRI-P-FUTURE", TOMORROW);

        refused(world, "date", TOMORROW, () -> world.hq.grants().applyBankResult(tomorrow));

        Throwable[] refusal = new Throwable[1];
        long refused = world.hq.grants().applyBankResults(file -> {
            refusal[0] = catchThrowable(() -> file.apply(tomorrow));
            return file.refused();
        });
        assertFuture(refusal[0], "date", TOMORROW);
        assertThat(refused).isEqualTo(1);
        assertThat(world.hq.grants().payments(grant.award().id()))
                .extracting(Payment::status)
                .containsExactly(PaymentStatus.SENT);
        assertThat(world.hq
                        .grants()
                        .applyBankResult(BankResult.paid(grant.payment().id(), "BRI-P-TODAY", TODAY)))
                .isEqualTo(ResultOutcome.APPLIED);
    }

    /** Asserts a call is refused as {@code date.future} for {@code field} and wrote no audit entry. */
    private static void refused(MatrixWorld world, String field, LocalDate date, Runnable call) {
        long audited = world.pulih.store().auditTrail().count();
        assertFuture(catchThrowable(call::run), field, date);
        assertThat(world.pulih.store().auditTrail().count())
                .as("a refused command writes no audit entry")
                .isEqualTo(audited);
    }

    private static void assertFuture(Throwable thrown, String field, LocalDate date) {
        assertThat(thrown).as("refused as date.future").isInstanceOf(InvalidValueException.class);
        InvalidValueException e = (InvalidValueException) thrown;
        assertThat(e.code()).isEqualTo("date.future");
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(field, date.toString(), TODAY.toString(), "Asia/Jakarta");
    }

    private static void formRefused(Throwable thrown, String field, LocalDate date) {
        assertThat(thrown).isInstanceOf(InvalidFormException.class);
        InvalidFormException e = (InvalidFormException) thrown;
        assertThat(e.violations()).extracting(FormViolation::field).containsExactly(field);
        assertThat(e.codes()).containsExactly("date.future");
        assertThat(e.violations().get(0).message()).contains(date.toString(), TODAY.toString());
    }
}
