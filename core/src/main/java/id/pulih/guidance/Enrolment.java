package id.pulih.guidance;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A beneficiary's enrolment in a programme, with the attendance recorded. At most one per person and programme.
 *
 * <p>Instances are immutable: recording attendance returns the changed enrolment, which a service saves.
 */
public final class Enrolment implements Versioned<Enrolment> {
    private final EnrolmentId id;
    private final ProgrammeId programme;
    private final BeneficiaryId beneficiary;
    private final LocalDate enrolledOn;
    private final String overrideReason;
    private final List<Attendance> attendance;
    private final long version;

    /**
     * Rebuilds an enrolment from storage, checking every part. Use {@link #enrol} for a new one.
     *
     * @param id the identifier
     * @param programme the programme
     * @param beneficiary the participant
     * @param enrolledOn when
     * @param overrideReason why an officer enrolled someone from outside the programme's region; empty otherwise
     * @param attendance the attendance, in the order recorded
     * @param version the stored version
     */
    public Enrolment(
            EnrolmentId id,
            ProgrammeId programme,
            BeneficiaryId beneficiary,
            LocalDate enrolledOn,
            String overrideReason,
            List<Attendance> attendance,
            long version) {
        this.id = Checks.required(id, "enrolmentId");
        this.programme = Checks.required(programme, "programme");
        this.beneficiary = Checks.required(beneficiary, "beneficiary");
        this.enrolledOn = Checks.required(enrolledOn, "enrolledOn");
        this.overrideReason = Checks.optionalText(overrideReason, "overrideReason", TextLimit.REASON);
        this.attendance = List.copyOf(Checks.required(attendance, "attendance"));
        this.version = version;
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
        return with(more, version);
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

    /**
     * The identifier.
     *
     * @return the id
     */
    public EnrolmentId id() {
        return id;
    }

    /**
     * The programme.
     *
     * @return the programme
     */
    public ProgrammeId programme() {
        return programme;
    }

    /**
     * The participant.
     *
     * @return the beneficiary
     */
    public BeneficiaryId beneficiary() {
        return beneficiary;
    }

    /**
     * When the participant was enrolled.
     *
     * @return the date
     */
    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    /**
     * Why an officer enrolled someone from outside the programme's region.
     *
     * @return the reason, empty otherwise
     */
    public String overrideReason() {
        return overrideReason;
    }

    /**
     * The attendance, in the order recorded.
     *
     * @return the attendance, unmodifiable
     */
    public List<Attendance> attendance() {
        return attendance;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Enrolment withVersion(long newVersion) {
        return with(attendance, newVersion);
    }

    /** The one copy-on-change: only the attendance and the version change. */
    private Enrolment with(List<Attendance> newAttendance, long newVersion) {
        return new Enrolment(id, programme, beneficiary, enrolledOn, overrideReason, newAttendance, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Enrolment other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && programme.equals(other.programme)
                && beneficiary.equals(other.beneficiary)
                && enrolledOn.equals(other.enrolledOn)
                && overrideReason.equals(other.overrideReason)
                && attendance.equals(other.attendance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, the programme, the participant and how much was attended. */
    @Override
    public String toString() {
        return "Enrolment[" + id + ", " + programme + ", " + beneficiary + ", " + attendance.size() + " attended, v"
                + version + "]";
    }
}
