package id.pulih.testkit;

import id.pulih.access.Actor;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.ConsentPurpose;
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
                    AttachNik,
                    RequestClosure,
                    ApproveClosure,
                    ReturnClosure,
                    RecordConsent,
                    CreatePlan,
                    AddService,
                    Refer,
                    AcceptReferral,
                    StartService,
                    EndReferral,
                    Grant {
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

    // --- the case over the years (issue 14): closing on request, consent, plans and referrals ---

    /**
     * Requests the closure of a case. Unless wrapped in {@link As}, it runs as the world's national case worker
     * ({@link CaseWorld#caseWorker()}), so that the world's supervisor may decide it.
     *
     * @param beneficiary the beneficiary's index
     * @param outcome the outcome asked for; not null
     */
    record RequestClosure(int beneficiary, CaseOutcome outcome) implements OnCase {
        /**
         * Checks the outcome is present.
         *
         * @param beneficiary the index
         * @param outcome the outcome
         */
        public RequestClosure {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * Approves the pending closure request of a case (refused with {@code closure.none} when there is none).
     *
     * @param beneficiary the beneficiary's index
     */
    record ApproveClosure(int beneficiary) implements OnCase {}

    /**
     * Returns the pending closure request of a case with a reason.
     *
     * @param beneficiary the beneficiary's index
     */
    record ReturnClosure(int beneficiary) implements OnCase {}

    /**
     * Records a consent given or withdrawn today.
     *
     * @param beneficiary the beneficiary's index
     * @param purpose the purpose; not null
     * @param given true to give, false to withdraw
     */
    record RecordConsent(int beneficiary, ConsentPurpose purpose, boolean given) implements OnCase {
        /**
         * Checks the purpose is present.
         *
         * @param beneficiary the index
         * @param purpose the purpose
         * @param given given or withdrawn
         */
        public RecordConsent {
            Objects.requireNonNull(purpose, "purpose");
        }
    }

    /**
     * Makes a reintegration plan for a case (refused unless it is REPATRIATED or IN_REINTEGRATION, or while a plan is
     * active).
     *
     * @param beneficiary the beneficiary's index
     */
    record CreatePlan(int beneficiary) implements OnCase {}

    /**
     * Adds a service, provided by the Dinas Sosial, to the case's active plan; skipped without one.
     *
     * @param beneficiary the beneficiary's index
     */
    record AddService(int beneficiary) implements OnCase {}

    /**
     * Refers the first service of the case's active plan without an open referral (or else the first service) to a
     * partner; skipped without a service. Without consent to disclosure it is refused, unless {@code override}, when
     * the world's supervisor refers with an override reason.
     *
     * @param beneficiary the beneficiary's index
     * @param partner the index of one of {@code PulihGen.partnerOrganisations()}, modulo their number
     * @param override true to refer with a supervisor's override reason
     */
    record Refer(int beneficiary, int partner, boolean override) implements OnCase {}

    /**
     * The addressee accepts the open referral of the case's active plan, run as an officer of that partner (unless
     * wrapped in {@link As}); skipped without a referral.
     *
     * @param beneficiary the beneficiary's index
     */
    record AcceptReferral(int beneficiary) implements OnCase {}

    /**
     * Starts the referred service of the case's active plan (so that it may be delivered); skipped without one.
     *
     * @param beneficiary the beneficiary's index
     */
    record StartService(int beneficiary) implements OnCase {}

    /**
     * Ends the latest referral of the case's active plan: by withdrawing it, by cancelling its service or by
     * delivering the service; skipped without a referral.
     *
     * @param beneficiary the beneficiary's index
     * @param how how it ends; not null
     */
    record EndReferral(int beneficiary, Ending how) implements OnCase {
        /**
         * Checks the ending is present.
         *
         * @param beneficiary the index
         * @param how the ending
         */
        public EndReferral {
            Objects.requireNonNull(how, "how");
        }
    }

    /** How {@link EndReferral} ends a referral. */
    enum Ending {
        /** {@code Reintegration.withdrawReferral}. */
        WITHDRAW,
        /** {@code Reintegration.cancelService}: WITHDRAWN with the service. */
        CANCEL_SERVICE,
        /** {@code Reintegration.deliverService}: COMPLETED when accepted (refused unless the service started). */
        DELIVER_SERVICE
    }

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

    /** A step of a case's business stimulus grant, in {@link CaseWorld}'s one programme and scheme. */
    enum GrantStep {
        /** Enrol the case in the world's programme (with an override reason, wherever the person lives). */
        ENROL,
        /** Record attendance of the programme's one required topic, which completes it. */
        ATTEND,
        /** Award the scheme's grant to the case, to an account in the person's name. */
        AWARD,
        /** Approve the payment of the case's award. */
        DISBURSE,
        /** Prepare the scheme's payment batches. */
        BATCH
    }

    /**
     * A step of the grant of a case.
     *
     * @param beneficiary index of the registration
     * @param step what to do
     */
    record Grant(int beneficiary, GrantStep step) implements OnCase {
        /**
         * Checks the step.
         *
         * @throws NullPointerException without a step
         */
        public Grant {
            java.util.Objects.requireNonNull(step, "step");
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
