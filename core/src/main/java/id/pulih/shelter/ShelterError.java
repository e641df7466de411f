package id.pulih.shelter;

import id.pulih.shared.ConflictException;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;

/**
 * The error codes of shelters and stays.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default
 * English template; see {@link ErrorCode}.
 */
public enum ShelterError implements ErrorCode.Defined {
    /** <code>shelter.capacity</code> (InvalidValueException): expected 1 to 100000 beds */
    CAPACITY("shelter.capacity", InvalidValueException.class, "capacity", "expected 1 to 100000 beds"),
    /** <code>shelter.occupied</code> (InvalidValueException): expected 0 to the capacity &#123;capacity&#125; */
    OCCUPIED("shelter.occupied", InvalidValueException.class, "occupied", "expected 0 to the capacity {capacity}"),
    /** <code>shelter.full</code> (RuleViolationException): shelter &#123;code&#125; is full (&#123;occupied&#125; of &#123;capacity&#125; beds taken); discharge or transfer someone first, or admit elsewhere */
    FULL(
            "shelter.full",
            RuleViolationException.class,
            "",
            "shelter {code} is full ({occupied} of {capacity} beds taken); discharge or transfer someone first, or admit elsewhere"),
    /** <code>shelter.empty</code> (RuleViolationException): shelter &#123;code&#125; has no occupant to release */
    EMPTY("shelter.empty", RuleViolationException.class, "", "shelter {code} has no occupant to release"),
    /** <code>shelter.capacity-below-occupancy</code> (RuleViolationException): shelter &#123;code&#125; holds &#123;occupied&#125; people; capacity cannot go below that */
    CAPACITY_BELOW_OCCUPANCY(
            "shelter.capacity-below-occupancy",
            RuleViolationException.class,
            "",
            "shelter {code} holds {occupied} people; capacity cannot go below that"),
    /** <code>shelter.code-taken</code> (ConflictException): another shelter already has this code */
    CODE_TAKEN("shelter.code-taken", ConflictException.class, "", "another shelter already has this code"),
    /** <code>stay.discharge</code> (RuleViolationException): a discharge needs both a date and a reason, or neither while the stay is open */
    STAY_DISCHARGE(
            "stay.discharge",
            RuleViolationException.class,
            "",
            "a discharge needs both a date and a reason, or neither while the stay is open"),
    /** <code>stay.discharge-date</code> (RuleViolationException): the stay cannot end before the admission on &#123;admittedOn&#125; */
    STAY_DISCHARGE_DATE(
            "stay.discharge-date",
            RuleViolationException.class,
            "",
            "the stay cannot end before the admission on {admittedOn}"),
    /** <code>stay.transfer</code> (RuleViolationException): a transfer names the next shelter, and only a transfer does&#123;hint&#125; */
    STAY_TRANSFER(
            "stay.transfer",
            RuleViolationException.class,
            "",
            "a transfer names the next shelter, and only a transfer does{hint}"),
    /** <code>stay.service-date</code> (RuleViolationException): a service cannot be dated before the admission on &#123;admittedOn&#125; */
    STAY_SERVICE_DATE(
            "stay.service-date",
            RuleViolationException.class,
            "",
            "a service cannot be dated before the admission on {admittedOn}"),
    /** <code>stay.transfer-same</code> (RuleViolationException): a transfer must go to another shelter */
    STAY_TRANSFER_SAME("stay.transfer-same", RuleViolationException.class, "", "a transfer must go to another shelter"),
    /** <code>stay.closed</code> (RuleViolationException): the stay ended on &#123;dischargedOn&#125; (&#123;reason&#125;) */
    STAY_CLOSED("stay.closed", RuleViolationException.class, "", "the stay ended on {dischargedOn} ({reason})"),
    /** <code>stay.open-exists</code> (ConflictException): the beneficiary already has an open stay; discharge or transfer it first */
    STAY_OPEN_EXISTS(
            "stay.open-exists",
            ConflictException.class,
            "",
            "the beneficiary already has an open stay; discharge or transfer it first"),
    /** <code>stay.date-overlap</code> (RuleViolationException): the beneficiary was in a shelter until &#123;until&#125;; a new stay cannot start before that */
    STAY_DATE_OVERLAP(
            "stay.date-overlap",
            RuleViolationException.class,
            "",
            "the beneficiary was in a shelter until {until}; a new stay cannot start before that"),
    /** <code>stay.discharge-repatriated</code> (RuleViolationException): a return home ends the stay by its handover: use Returns.handOver */
    STAY_DISCHARGE_REPATRIATED(
            "stay.discharge-repatriated",
            RuleViolationException.class,
            "",
            "a return home ends the stay by its handover: use Returns.handOver"),
    /** <code>merge.open-stays</code> (RuleViolationException): both registrations have an open shelter stay, and a person is in one shelter at a time; discharge or transfer one of them before merging */
    MERGE_OPEN_STAYS(
            "merge.open-stays",
            RuleViolationException.class,
            "",
            "both registrations have an open shelter stay, and a person is in one shelter at a time; discharge or transfer one of them before merging");

    private final ErrorCode.Definition definition;

    ShelterError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
