package id.pulih.testkit;

import id.pulih.access.Actor;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CorrectionForm;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.shelter.DischargeReason;
import java.util.Objects;

/**
 * One step of a generated case history, for stateful properties: {@code PulihGen.caseCommands()} yields sequences of
 * these and {@link CaseWorld#apply(CaseCommand)} runs them.
 *
 * <p>Commands name beneficiaries and shelters by small indexes, never by id: {@code beneficiary} is the index of a
 * registration in the world (taken modulo the number of registrations so far, so any index is usable) and
 * {@code shelter} the index of one of the world's {@link CaseWorld#SHELTERS} shelters. Ids are drawn at random when
 * records are created; indexes keep a sequence meaningful when it shrinks. Dates are given as a number of days
 * before the world's {@link CaseWorld#TODAY}.
 */
public sealed interface CaseCommand {

    /** A command on one beneficiary's case. */
    sealed interface OnCase extends CaseCommand
            permits Admit,
                    Transfer,
                    Discharge,
                    PlanReturn,
                    Depart,
                    HandOver,
                    CancelReturn,
                    StartReintegration,
                    Close,
                    Reopen,
                    Assess,
                    RegisterTwin,
                    Merge,
                    Correct,
                    AttachNik {
        /**
         * The beneficiary's index: the registration it names, modulo the number of registrations so far.
         *
         * @return the index
         */
        int beneficiary();
    }

    /**
     * Registers a beneficiary from an intake form.
     *
     * @param form the form; not null
     */
    record Register(IntakeForm form) implements CaseCommand {
        /**
         * Checks the form is present.
         *
         * @param form the form
         */
        public Register {
            Objects.requireNonNull(form, "form");
        }
    }

    /**
     * Admits a beneficiary to a shelter.
     *
     * @param beneficiary the beneficiary's index
     * @param shelter the shelter's index
     * @param daysAgo the admission date, in days before today (0 or more)
     */
    record Admit(int beneficiary, int shelter, int daysAgo) implements OnCase {}

    /**
     * Transfers a beneficiary's stay (the open one, or else the latest) to another shelter.
     *
     * @param beneficiary the beneficiary's index
     * @param shelter the target shelter's index
     * @param daysAgo the transfer date, in days before today
     */
    record Transfer(int beneficiary, int shelter, int daysAgo) implements OnCase {}

    /**
     * Discharges a beneficiary's stay (the open one, or else the latest).
     *
     * @param beneficiary the beneficiary's index
     * @param reason the reason; not null ({@code TRANSFERRED} is refused by the service)
     * @param daysAgo the discharge date, in days before today
     */
    record Discharge(int beneficiary, DischargeReason reason, int daysAgo) implements OnCase {
        /**
         * Checks the reason is present.
         *
         * @param beneficiary the index
         * @param reason the reason
         * @param daysAgo the date
         */
        public Discharge {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Plans a return from the beneficiary's open stay, planned for today.
     *
     * @param beneficiary the beneficiary's index
     * @param destination where to; not null
     */
    record PlanReturn(int beneficiary, Destination destination) implements OnCase {
        /**
         * Checks the destination is present.
         *
         * @param beneficiary the index
         * @param destination the destination
         */
        public PlanReturn {
            Objects.requireNonNull(destination, "destination");
        }
    }

    /**
     * Records the departure of the beneficiary's latest return.
     *
     * @param beneficiary the beneficiary's index
     * @param daysAgo the departure date, in days before today
     */
    record Depart(int beneficiary, int daysAgo) implements OnCase {}

    /**
     * Hands over the beneficiary's latest return.
     *
     * @param beneficiary the beneficiary's index
     * @param daysAgo the handover date, in days before today
     */
    record HandOver(int beneficiary, int daysAgo) implements OnCase {}

    /**
     * Cancels the beneficiary's latest return.
     *
     * @param beneficiary the beneficiary's index
     */
    record CancelReturn(int beneficiary) implements OnCase {}

    /**
     * Moves a case into reintegration.
     *
     * @param beneficiary the beneficiary's index
     */
    record StartReintegration(int beneficiary) implements OnCase {}

    /**
     * Closes a case.
     *
     * @param beneficiary the beneficiary's index
     * @param outcome the outcome; not null
     */
    record Close(int beneficiary, CaseOutcome outcome) implements OnCase {
        /**
         * Checks the outcome is present.
         *
         * @param beneficiary the index
         * @param outcome the outcome
         */
        public Close {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * Reopens a case.
     *
     * @param beneficiary the beneficiary's index
     */
    record Reopen(int beneficiary) implements OnCase {}

    /**
     * Records an assessment.
     *
     * @param beneficiary the beneficiary's index
     * @param form the assessment; not null
     */
    record Assess(int beneficiary, AssessmentForm form) implements OnCase {
        /**
         * Checks the form is present.
         *
         * @param beneficiary the index
         * @param form the form
         */
        public Assess {
            Objects.requireNonNull(form, "form");
        }
    }

    /**
     * Registers the same person again, without NIK: the name, sex, birth date (or estimated year) and origin of the
     * beneficiary, as a second office would write them down. The engine flags the two as a potential duplicate when
     * their duplicate keys meet, as they do unless the first has a NIK the second lacks.
     *
     * @param beneficiary the index of the beneficiary registered again
     */
    record RegisterTwin(int beneficiary) implements OnCase {}

    /**
     * Merges the oldest open potential duplicate that names the beneficiary, keeping either side as the survivor.
     * Refused when both sides hold what one person holds once (an open stay, a return under way, an active plan).
     *
     * @param beneficiary the beneficiary's index
     * @param keepBeneficiary true to keep this beneficiary's registration as the survivor, false to keep the other
     */
    record Merge(int beneficiary, boolean keepBeneficiary) implements OnCase {}

    /**
     * Corrects the beneficiary's record with a form, valid or not ({@code PulihGen.correctionForms()}); the world
     * sends it at the version stored, so that a single-threaded history is never stale.
     *
     * @param beneficiary the beneficiary's index
     * @param form the correction; its {@code expectedVersion} is replaced by the stored version; not null
     */
    record Correct(int beneficiary, CorrectionForm form) implements OnCase {
        /**
         * Checks the form is present.
         *
         * @param beneficiary the index
         * @param form the form
         */
        public Correct {
            Objects.requireNonNull(form, "form");
        }
    }

    /**
     * Attaches a NIK to the beneficiary's case, as when documents are recovered.
     *
     * @param beneficiary the beneficiary's index
     * @param nik which NIK the world makes for it; not null
     * @param explained whether the call says why the NIK may disagree with the record
     */
    record AttachNik(int beneficiary, NikChoice nik, boolean explained) implements OnCase {
        /**
         * Checks the choice is present.
         *
         * @param beneficiary the index
         * @param nik the choice
         * @param explained the explanation flag
         */
        public AttachNik {
            Objects.requireNonNull(nik, "nik");
        }
    }

    /**
     * Changes a shelter's capacity.
     *
     * @param shelter the shelter's index
     * @param capacity the new number of beds (0 is refused by the shelter)
     */
    record ChangeCapacity(int shelter, int capacity) implements CaseCommand {}

    /**
     * Runs another command as a given officer instead of the world's national supervisor; it may be refused for the
     * officer's role or jurisdiction.
     *
     * @param actor the officer; not null
     * @param command the command; not null, and not itself an {@code As}
     */
    record As(Actor actor, CaseCommand command) implements CaseCommand {
        /**
         * Checks both parts.
         *
         * @param actor the officer
         * @param command the command
         * @throws IllegalArgumentException when the command is itself an {@code As}
         */
        public As {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(command, "command");
            if (command instanceof As) {
                throw new IllegalArgumentException("an As command wraps a plain command");
            }
        }
    }

    /** Which NIK an {@link AttachNik} attaches. */
    enum NikChoice {
        /** A new NIK that agrees with the record: the province of origin, the sex and the birth date. */
        AGREEING,
        /** A new NIK issued in another province than the origin's: refused unless explained. */
        OTHER_PROVINCE,
        /** The NIK of another registration of the world: not attached, a potential duplicate opened. */
        OTHER_CASE
    }

    /** Where a planned return goes. */
    enum Destination {
        /** The origin regency (no destination given). */
        ORIGIN,
        /** Another regency, with a reason: accepted. */
        ELSEWHERE_WITH_REASON,
        /** Another regency without a reason: refused ({@code repatriation.destination-reason}). */
        ELSEWHERE_WITHOUT_REASON
    }
}
