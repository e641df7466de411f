package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What has happened to a case since intake: where its status stands and every move that led there, the assessments,
 * the consents, and the records merged into it or the survivor it was merged into.
 *
 * <p>A value: each {@code with…} method returns a changed copy. The rules about who may change a case (a merged
 * record is frozen, a closed case is not assessed) are the {@link Beneficiary}'s; this record keeps only its own
 * invariants.
 *
 * @param status the current status
 * @param outcome the outcome of the last closing (kept after reopening until closed again); present when closed
 * @param statusChanges every status change, oldest first, starting with the registration
 * @param assessments the assessments, oldest first (sorted by date on construction)
 * @param consents the consent records, oldest first
 * @param mergedInto the survivor this record was merged into, or empty for an active record
 * @param mergedFrom the records merged into this one
 * @param corrections the corrections of the record, oldest first (those of a record merged into this one stay with
 *     it, as its status changes do)
 */
public record CaseHistory(
        CaseStatus status,
        Optional<CaseOutcome> outcome,
        List<StatusChange> statusChanges,
        List<Assessment> assessments,
        List<Consent> consents,
        Optional<BeneficiaryId> mergedInto,
        Set<BeneficiaryId> mergedFrom,
        List<Correction> corrections) {
    /**
     * Checks every part and copies the collections.
     *
     * @param status the status
     * @param outcome the outcome
     * @param statusChanges the status changes
     * @param assessments the assessments, in any order
     * @param consents the consents
     * @param mergedInto the survivor
     * @param mergedFrom the merged records
     * @param corrections the corrections
     * @throws RuleViolationException {@code case.outcome} when closed without an outcome
     */
    public CaseHistory {
        Checks.required(status, "status");
        Checks.required(outcome, "outcome");
        if (status == CaseStatus.CLOSED && outcome.isEmpty()) {
            throw BeneficiaryError.CASE_OUTCOME.violation("a closed case needs an outcome");
        }
        statusChanges = List.copyOf(Checks.required(statusChanges, "history"));
        assessments = byDate(Checks.required(assessments, "assessments"));
        consents = List.copyOf(Checks.required(consents, "consents"));
        Checks.required(mergedInto, "mergedInto");
        mergedFrom = Set.copyOf(Checks.required(mergedFrom, "mergedFrom"));
        corrections = List.copyOf(Checks.required(corrections, "corrections"));
    }

    /**
     * A history without corrections.
     *
     * @param status the status
     * @param outcome the outcome
     * @param statusChanges the status changes
     * @param assessments the assessments, in any order
     * @param consents the consents
     * @param mergedInto the survivor
     * @param mergedFrom the merged records
     */
    public CaseHistory(
            CaseStatus status,
            Optional<CaseOutcome> outcome,
            List<StatusChange> statusChanges,
            List<Assessment> assessments,
            List<Consent> consents,
            Optional<BeneficiaryId> mergedInto,
            Set<BeneficiaryId> mergedFrom) {
        this(status, outcome, statusChanges, assessments, consents, mergedInto, mergedFrom, List.of());
    }

    /**
     * This history with one more correction.
     *
     * @param correction the correction
     * @return the changed history
     */
    public CaseHistory withCorrection(Correction correction) {
        Checks.required(correction, "correction");
        List<Correction> more = new ArrayList<>(corrections);
        more.add(correction);
        return new CaseHistory(status, outcome, statusChanges, assessments, consents, mergedInto, mergedFrom, more);
    }

    /**
     * The history of a case registered now: {@link CaseStatus#REGISTERED}, one status change, nothing merged.
     *
     * @param consents the consents given at intake
     * @param assessments the assessments made at intake, in any order
     * @param at when registered
     * @param actorId who registers
     * @return the history
     */
    public static CaseHistory opened(List<Consent> consents, List<Assessment> assessments, Instant at, String actorId) {
        return new CaseHistory(
                CaseStatus.REGISTERED,
                Optional.empty(),
                List.of(new StatusChange(null, CaseStatus.REGISTERED, at, actorId, "intake")),
                assessments,
                consents,
                Optional.empty(),
                Set.of());
    }

    /**
     * This history with one more assessment.
     *
     * @param assessment the assessment
     * @return the changed history
     */
    public CaseHistory withAssessment(Assessment assessment) {
        Checks.required(assessment, "assessment");
        List<Assessment> more = new ArrayList<>(assessments);
        more.add(assessment);
        return new CaseHistory(status, outcome, statusChanges, more, consents, mergedInto, mergedFrom, corrections);
    }

    /**
     * This history with one more consent record.
     *
     * @param consent the consent given or withdrawn
     * @return the changed history
     */
    public CaseHistory withConsent(Consent consent) {
        Checks.required(consent, "consent");
        List<Consent> more = new ArrayList<>(consents);
        more.add(consent);
        return new CaseHistory(status, outcome, statusChanges, assessments, more, mergedInto, mergedFrom, corrections);
    }

    /**
     * This history moved to a status, the move recorded. The legality of the move is the caller's to check.
     *
     * @param target the new status
     * @param newOutcome the outcome from now on, or empty
     * @param at when
     * @param actorId who
     * @param reason why, may be empty
     * @return the changed history
     */
    public CaseHistory withStatus(
            CaseStatus target, Optional<CaseOutcome> newOutcome, Instant at, String actorId, String reason) {
        List<StatusChange> more = new ArrayList<>(statusChanges);
        more.add(new StatusChange(status, target, at, actorId, reason));
        return new CaseHistory(target, newOutcome, more, assessments, consents, mergedInto, mergedFrom, corrections);
    }

    /**
     * The status the case had before its last move: where reopening a closed case returns to.
     *
     * @return that status, {@link CaseStatus#REGISTERED} when the last move was the registration
     */
    public CaseStatus statusBeforeLastMove() {
        CaseStatus before = statusChanges.get(statusChanges.size() - 1).from();
        return before == null ? CaseStatus.REGISTERED : before;
    }

    /**
     * This history with a duplicate's merged in: its assessments and consents join these (consents by date), and it
     * and the records merged into it count as merged into this one.
     *
     * @param duplicateId the duplicate's id
     * @param duplicate the duplicate's history
     * @return the survivor's history
     */
    public CaseHistory absorbing(BeneficiaryId duplicateId, CaseHistory duplicate) {
        Checks.required(duplicateId, "duplicate");
        Checks.required(duplicate, "duplicate");
        List<Assessment> allAssessments = new ArrayList<>(assessments);
        allAssessments.addAll(duplicate.assessments);
        List<Consent> allConsents = new ArrayList<>(consents);
        allConsents.addAll(duplicate.consents);
        allConsents.sort(Comparator.comparing(Consent::date));
        Set<BeneficiaryId> merged = new HashSet<>(mergedFrom);
        merged.add(duplicateId);
        merged.addAll(duplicate.mergedFrom);
        return new CaseHistory(
                status, outcome, statusChanges, allAssessments, allConsents, mergedInto, merged, corrections);
    }

    /**
     * This history marked as merged into a survivor.
     *
     * @param survivor the survivor
     * @return the changed history
     */
    public CaseHistory mergedInto(BeneficiaryId survivor) {
        Checks.required(survivor, "survivor");
        return new CaseHistory(
                status, outcome, statusChanges, assessments, consents, Optional.of(survivor), mergedFrom, corrections);
    }

    /**
     * Whether consent for a purpose is in force on a date: the latest record for the purpose, dated on or before
     * that day, is a consent given and not expired.
     *
     * @param purpose the purpose
     * @param on the date
     * @return true when consent is on file
     */
    public boolean hasConsent(ConsentPurpose purpose, LocalDate on) {
        Consent latest = null;
        for (Consent c : consents) {
            if (c.purpose() == purpose && !c.date().isAfter(on)) {
                latest = c;
            }
        }
        return latest != null && latest.grantsOn(on);
    }

    /**
     * Whether consent for a purpose was withdrawn and not given again by a date: the latest record for it dated on or
     * before {@code on} is a withdrawal.
     *
     * @param purpose the purpose
     * @param on the date
     * @return the date of that withdrawal, or empty when consent was never withdrawn or was given again
     */
    public Optional<LocalDate> withdrawnOn(ConsentPurpose purpose, LocalDate on) {
        Consent latest = null;
        for (Consent c : consents) {
            if (c.purpose() == purpose && !c.date().isAfter(on)) {
                latest = c;
            }
        }
        return latest != null && !latest.given() ? Optional.of(latest.date()) : Optional.empty();
    }

    /**
     * The latest assessment.
     *
     * @return it, or empty when never assessed
     */
    public Optional<Assessment> latestAssessment() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    /** The assessments oldest first; copied only when they are not in that order already. */
    private static List<Assessment> byDate(List<Assessment> assessments) {
        for (int i = 1; i < assessments.size(); i++) {
            if (assessments.get(i).date().isBefore(assessments.get(i - 1).date())) {
                List<Assessment> sorted = new ArrayList<>(assessments);
                sorted.sort(Comparator.comparing(Assessment::date));
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(assessments);
    }
}
