package id.pulih.guidance;

import id.pulih.shared.ConflictException;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;

/**
 * The error codes of guidance programmes, enrolments and attendance.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default
 * English template; see {@link ErrorCode}.
 */
public enum GuidanceError implements ErrorCode.Defined {
    /** <code>programme.dates</code> (InvalidValueException): the last day is before the first */
    DATES("programme.dates", InvalidValueException.class, "endsOn", "the last day is before the first"),
    /** <code>programme.capacity</code> (InvalidValueException): expected at least 1 place */
    CAPACITY("programme.capacity", InvalidValueException.class, "capacity", "expected at least 1 place"),
    /** <code>programme.enrolled</code> (InvalidValueException): expected 0 to the capacity */
    ENROLLED("programme.enrolled", InvalidValueException.class, "enrolled", "expected 0 to the capacity"),
    /** <code>programme.topics</code> (InvalidValueException): a programme teaches at least one topic */
    TOPICS("programme.topics", InvalidValueException.class, "topics", "a programme teaches at least one topic"),
    /** <code>programme.required</code> (InvalidValueException): every required topic must be one the programme teaches */
    REQUIRED_TOPICS(
            "programme.required",
            InvalidValueException.class,
            "required",
            "every required topic must be one the programme teaches"),
    /** <code>programme.full</code> (RuleViolationException): the programme is full (&#123;enrolled&#125; of &#123;capacity&#125; places taken) */
    FULL(
            "programme.full",
            RuleViolationException.class,
            "",
            "the programme is full ({enrolled} of {capacity} places taken)"),
    /** <code>topic.format</code> (InvalidValueException): expected 2 to 60 upper-case letters, digits or underscores */
    TOPIC_FORMAT(
            "topic.format",
            InvalidValueException.class,
            "topic",
            "expected 2 to 60 upper-case letters, digits or underscores"),
    /** <code>attendance.programme</code> (RuleViolationException): the attendance is for another programme */
    ATTENDANCE_PROGRAMME(
            "attendance.programme", RuleViolationException.class, "", "the attendance is for another programme"),
    /** <code>attendance.topic</code> (RuleViolationException): the programme does not teach &#123;topic&#125;; it teaches &#123;topics&#125; */
    ATTENDANCE_TOPIC(
            "attendance.topic",
            RuleViolationException.class,
            "",
            "the programme does not teach {topic}; it teaches {topics}"),
    /** <code>attendance.date</code> (RuleViolationException): the programme runs from &#123;startsOn&#125; to &#123;endsOn&#125; */
    ATTENDANCE_DATE(
            "attendance.date", RuleViolationException.class, "", "the programme runs from {startsOn} to {endsOn}"),
    /** <code>enrolment.region</code> (RuleViolationException): the beneficiary neither comes from nor was returned to &#123;region&#125;; an officer may enrol them with a reason */
    ENROLMENT_REGION(
            "enrolment.region",
            RuleViolationException.class,
            "",
            "the beneficiary neither comes from nor was returned to {region}; an officer may enrol them with a reason"),
    /** <code>enrolment.consent</code> (RuleViolationException): there is no consent to programme participation on file for &#123;on&#125; */
    ENROLMENT_CONSENT(
            "enrolment.consent",
            RuleViolationException.class,
            "",
            "there is no consent to programme participation on file for {on}"),
    /** <code>programme.consent-withdrawn</code> (RuleViolationException): the beneficiary withdrew consent to programme participation on &#123;withdrawnOn&#125;; no new enrolment or attendance is recorded until it is given again */
    PARTICIPATION_WITHDRAWN(
            "programme.consent-withdrawn",
            RuleViolationException.class,
            "",
            "the beneficiary withdrew consent to programme participation on {withdrawnOn}; no new enrolment or attendance is recorded until it is given again"),
    /** <code>enrolment.exists</code> (ConflictException): the beneficiary is already enrolled in this programme */
    ENROLMENT_EXISTS(
            "enrolment.exists", ConflictException.class, "", "the beneficiary is already enrolled in this programme"),
    /** <code>attendance.not-enrolled</code> (RuleViolationException): the beneficiary is not enrolled in this programme */
    NOT_ENROLLED(
            "attendance.not-enrolled",
            RuleViolationException.class,
            "",
            "the beneficiary is not enrolled in this programme"),
    /** <code>merge.enrolments</code> (RuleViolationException): both registrations are enrolled in programme &#123;programme&#125;, and a person is enrolled once per programme; they cannot be merged */
    MERGE_ENROLMENTS(
            "merge.enrolments",
            RuleViolationException.class,
            "",
            "both registrations are enrolled in programme {programme}, and a person is enrolled once per programme; they cannot be merged");

    private final ErrorCode.Definition definition;

    GuidanceError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
