package id.pulih.guidance;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A beneficiary's enrolment in a programme, with the attendance recorded. At most one per person and programme.
 *
 * @param id the identifier
 * @param programme the programme
 * @param beneficiary the participant
 * @param enrolledOn when
 * @param overrideReason why an officer enrolled someone from outside the programme's region; empty otherwise
 * @param attendance the attendance, in the order recorded
 * @param version the stored version
 */
public record Enrolment(
        EnrolmentId id,
        ProgrammeId programme,
        BeneficiaryId beneficiary,
        LocalDate enrolledOn,
        String overrideReason,
        List<Attendance> attendance,
        long version)
        implements Versioned<Enrolment> {

    /**
     * Checks every part.
     *
     * @param id the id
     * @param programme the programme
     * @param beneficiary the participant
     * @param enrolledOn when
     * @param overrideReason the override reason
     * @param attendance the attendance
     * @param version the version
     */
    public Enrolment {
        Checks.required(id, "enrolmentId");
        Checks.required(programme, "programme");
        Checks.required(beneficiary, "beneficiary");
        Checks.required(enrolledOn, "enrolledOn");
        overrideReason = overrideReason == null ? "" : overrideReason.strip();
        attendance = List.copyOf(Checks.required(attendance, "attendance"));
    }

    /**
     * A new enrolment.
     *
     * @param programme the programme
     * @param beneficiary the participant
     * @param on when
     * @param overrideReason why the region rule was overridden, or empty
     * @return the enrolment, at version 0
     */
    public static Enrolment enrol(
            ProgrammeId programme, BeneficiaryId beneficiary, LocalDate on, String overrideReason) {
        return new Enrolment(EnrolmentId.next(), programme, beneficiary, on, overrideReason, List.of(), 0);
    }

    /**
     * Records attendance of a topic on a day of the programme; attending the same topic twice on a day is recorded
     * once.
     *
     * @param of the programme
     * @param topic the topic
     * @param date the day
     * @param recordedBy the officer
     * @return the changed enrolment
     */
    public Enrolment attend(Programme of, Topic topic, LocalDate date, String recordedBy) {
        Checks.required(of, "programme");
        Checks.required(topic, "topic");
        Checks.required(date, "date");
        if (!of.id().equals(programme)) {
            throw GuidanceError.ATTENDANCE_PROGRAMME.violation();
        }
        if (!of.topics().contains(topic)) {
            throw GuidanceError.ATTENDANCE_TOPIC.violation(topic, of.topics());
        }
        if (!of.runsOn(date)) {
            throw GuidanceError.ATTENDANCE_DATE.violation(of.startsOn(), of.endsOn());
        }
        if (attendance.stream()
                .anyMatch(a -> a.topic().equals(topic) && a.date().equals(date))) {
            return this;
        }
        List<Attendance> more = new ArrayList<>(attendance);
        more.add(new Attendance(topic, date, recordedBy));
        return new Enrolment(id, programme, beneficiary, enrolledOn, overrideReason, more, version);
    }

    /**
     * The topics attended.
     *
     * @return the topics
     */
    public Set<Topic> attended() {
        return attendance.stream().map(Attendance::topic).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the participant completed the programme: attended every required topic (and at least one topic).
     *
     * @param of the programme
     * @return true when completed
     */
    public boolean completed(Programme of) {
        Set<Topic> attended = attended();
        return !attended.isEmpty() && attended.containsAll(of.required());
    }

    @Override
    public Enrolment withVersion(long newVersion) {
        return new Enrolment(id, programme, beneficiary, enrolledOn, overrideReason, attendance, newVersion);
    }
}
