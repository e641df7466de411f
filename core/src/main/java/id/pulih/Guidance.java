package id.pulih;

import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ProgrammeId;
import java.time.LocalDate;
import java.util.List;

/**
 * Social guidance programmes (bimbingan sosial): set-up, enrolment, attendance, completion.
 *
 * <pre>{@code
 * Guidance guidance = pulih.as(officer).guidance();
 * Programme praya = guidance.create(new ProgrammeForm("Bimbingan Sosial WNI-M KPO", kemensos, Set.of(pancaKarsa),
 *         "Aula SMKN 1 Praya", "52.02", LocalDate.of(2019, 10, 31), LocalDate.of(2019, 10, 31), 340,
 *         Topic.DEFAULTS.subList(0, 4), Set.of()));
 * guidance.enrol(praya.id(), beneficiary, LocalDate.of(2019, 10, 31), null);
 * guidance.recordAttendance(praya.id(), beneficiary, Topic.MARKETING_STRATEGY, LocalDate.of(2019, 10, 31));
 * }</pre>
 */
public interface Guidance {
    /**
     * Sets up a programme, in a region within the actor's jurisdiction. With no required topics given, every topic is
     * required for completion.
     *
     * @param form the programme
     * @return the programme
     */
    Programme create(ProgrammeForm form);

    /**
     * A programme.
     *
     * @param id its id
     * @return the programme
     */
    Programme get(ProgrammeId id);

    /**
     * The programmes in the actor's jurisdiction, earliest first.
     *
     * @return the programmes
     */
    List<Programme> list();

    /**
     * Enrols a beneficiary: the person must come from (or have been returned to) the programme's region, unless an
     * officer overrides with a reason; must have consent to participate on file; at most once; within capacity.
     *
     * @param programme the programme
     * @param beneficiary the beneficiary
     * @param on the enrolment date, not after today
     * @param overrideReason why someone from outside the region is enrolled, or null
     * @return the enrolment
     * @throws id.pulih.shared.InvalidValueException {@code date.future} when the date is after today (Asia/Jakarta)
     * @throws id.pulih.shared.RuleViolationException {@code enrolment.region}, {@code enrolment.consent},
     *     {@code programme.full}
     * @throws id.pulih.shared.ConflictException {@code enrolment.exists}, naming the existing enrolment
     */
    Enrolment enrol(ProgrammeId programme, BeneficiaryId beneficiary, LocalDate on, String overrideReason);

    /**
     * Records attendance of a topic (repeating the same topic and day changes nothing).
     *
     * @param programme the programme
     * @param beneficiary the participant
     * @param topic the topic
     * @param on the day, not after today
     * @return the enrolment
     * @throws id.pulih.shared.InvalidValueException {@code date.future} when the date is after today (Asia/Jakarta)
     */
    Enrolment recordAttendance(ProgrammeId programme, BeneficiaryId beneficiary, Topic topic, LocalDate on);

    /**
     * Records an attendance list in one command: one transaction, the role check of any change, the rules of {@link
     * #recordAttendance} for each line and one audit entry for the list ({@code programme.attend-all}, record type
     * {@code programme}, the programme's id, with counts), none when no line changed anything. The body reads its
     * source and hands each line to {@link BulkAttendance#record}; a line refused changes nothing and the body may
     * carry on. If the body throws, nothing is written.
     *
     * <pre>{@code
     * long recorded = pulih.as(officer).guidance().recordAttendanceAll(praya.id(), list -> {
     *     for (Line line : lines) {
     *         try {
     *             list.record(line.who(), line.topic(), line.day());
     *         } catch (PulihException refused) {
     *             report(line, refused);
     *         }
     *     }
     *     return list.recorded();
     * });
     * }</pre>
     *
     * @param <R> what the body answers
     * @param programme the programme; not null
     * @param body reads the source and records each line; not null
     * @return what the body answered
     * @throws id.pulih.access.AccessDeniedException {@code access.role} for an actor who may not change records,
     *     before the body runs
     */
    <R> R recordAttendanceAll(ProgrammeId programme, java.util.function.Function<BulkAttendance, R> body);

    /**
     * The enrolments of a programme.
     *
     * @param programme the programme
     * @return the enrolments, in enrolment order
     */
    List<Enrolment> enrolments(ProgrammeId programme);

    /**
     * Whether a participant completed a programme.
     *
     * @param programme the programme
     * @param beneficiary the participant
     * @return true when every required topic was attended
     */
    boolean completed(ProgrammeId programme, BeneficiaryId beneficiary);
}
