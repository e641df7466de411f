package id.pulih;

import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nik;
import id.pulih.shared.ProgrammeId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One attendance list in progress, handed to the body of {@link Guidance#recordAttendanceAll}: {@link #record} for
 * each line, all in the command's single transaction. Valid only while the body runs.
 *
 * <p>A line is refused alone: {@link #record} (and {@link #findByNik}) checks every rule before it writes, so a
 * {@link id.pulih.shared.PulihException} it throws ({@code attendance.not-enrolled}, {@code access.denied}, ...) means
 * that line changed nothing, and the body may carry on with the next one. A refusal of access is recorded in the
 * access log, as a single call's is.
 */
public interface BulkAttendance {
    /**
     * The programme whose attendance is recorded.
     *
     * @return the programme
     */
    ProgrammeId programme();

    /**
     * Finds the case registered with a NIK, by the rules of {@link Cases#findByNik}, within this command.
     *
     * @param nik the NIK; not null
     * @return the case (its survivor, when merged), or empty
     * @throws id.pulih.access.AccessDeniedException when it exists outside the jurisdiction; only this look-up is
     *     refused
     */
    Optional<BeneficiaryId> findByNik(Nik nik);

    /**
     * Records one attendance by the rules of {@link Guidance#recordAttendance}: repeating a topic and day changes
     * nothing.
     *
     * @param beneficiary the participant; not null
     * @param topic the topic; not null
     * @param on the day; not null
     * @return the enrolment after the line
     * @throws id.pulih.shared.PulihException when the line is refused ({@code attendance.not-enrolled} for a person not
     *     enrolled, {@code date.future} for a day after today, say); nothing of the line is written
     */
    Enrolment record(BeneficiaryId beneficiary, Topic topic, LocalDate on);

    /**
     * How many lines changed an enrolment so far.
     *
     * @return the count
     */
    long recorded();

    /**
     * How many lines were recorded already (a repeat) so far.
     *
     * @return the count
     */
    long repeated();

    /**
     * How many lines {@link #record} refused so far.
     *
     * @return the count
     */
    long refused();
}
