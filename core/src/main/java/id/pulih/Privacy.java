package id.pulih;

import id.pulih.privacy.Breach;
import id.pulih.privacy.BreachForm;
import id.pulih.privacy.BreachId;
import id.pulih.privacy.DecisionForm;
import id.pulih.privacy.Erasure;
import id.pulih.privacy.NotifiedParty;
import id.pulih.privacy.RequestForm;
import id.pulih.privacy.RequestId;
import id.pulih.privacy.Restriction;
import id.pulih.privacy.RetentionCandidate;
import id.pulih.privacy.ReviewDecision;
import id.pulih.privacy.RiskReview;
import id.pulih.privacy.RiskReviewId;
import id.pulih.privacy.SubjectRecord;
import id.pulih.privacy.SubjectRequest;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The person's rights under UU PDP No. 27/2022 and the controller's duties: data-subject requests with their legal
 * deadlines, restriction of processing, objections to the risk score, erasure, the breach register and retention.
 *
 * <pre>{@code
 * Privacy privacy = pulih.as(supervisor).privacy();
 * SubjectRequest asked = privacy.receiveRequest(
 *         new RequestForm(caseId, RequestKind.RESTRICTION, receivedAt, "asked by phone to stop all contact"));
 * privacy.restrict(caseId, "request " + asked.id());         // every service now refuses: case.restricted
 * privacy.decideRequest(asked.id(), new DecisionForm(Decision.GRANTED, null, "restricted the same day"));
 * privacy.overdueRequests();                                  // undecided after 3 x 24 hours, in the jurisdiction
 * }</pre>
 *
 * <p>The privacy service reaches a case whose processing is restricted or whose person was erased (it decides the
 * person's requests about it); every other service refuses such a case. Every change is audited and raises an event
 * of {@code id.pulih.privacy}.
 */
public interface Privacy {
    /**
     * Records a data-subject request (art. 14), due as its kind says ({@link id.pulih.privacy.RequestKind#deadline}).
     * Any officer who may change records and covers the case.
     *
     * @param form the request
     * @return the request, undecided
     * @throws id.pulih.shared.InvalidFormException for a form that breaks its constraints
     * @throws id.pulih.shared.InvalidValueException {@code request.received-future} for a receipt after now
     */
    SubjectRequest receiveRequest(RequestForm form);

    /**
     * Decides a request: granted, partly granted or refused, with the reason; a decision that refuses something names
     * an exemption that applies to the kind (art. 15(1), or art. 33 for access). Supervisors whose jurisdiction
     * covers the case.
     *
     * @param request the request
     * @param form the decision
     * @return the request, decided
     * @throws id.pulih.shared.NotFoundException {@code subject-request.not-found}
     * @throws id.pulih.shared.RuleViolationException {@code request.decided} when decided already
     * @throws id.pulih.shared.InvalidValueException {@code request.exemption-required},
     *     {@code request.exemption-kind}, {@code request.exemption-granted}
     */
    SubjectRequest decideRequest(RequestId request, DecisionForm form);

    /**
     * The requests about a case, received first.
     *
     * @param beneficiary the case
     * @return the requests
     */
    List<SubjectRequest> requests(BeneficiaryId beneficiary);

    /**
     * The requests still undecided after their deadline, of the cases the actor covers, earliest due first.
     *
     * @return the overdue requests
     */
    List<SubjectRequest> overdueRequests();

    /**
     * Restricts processing of a case (art. 11, within 3 x 24 hours: art. 41(1)): every other service refuses it with
     * {@code case.restricted} until {@link #liftRestriction}. Supervisors whose jurisdiction covers the case.
     *
     * @param beneficiary the case
     * @param reason why, such as the request it answers
     * @return the restriction
     * @throws id.pulih.shared.ConflictException {@code case.already-restricted}
     */
    Restriction restrict(BeneficiaryId beneficiary, String reason);

    /**
     * Lifts the restriction of a case. Supervisors whose jurisdiction covers the case.
     *
     * @param beneficiary the case
     * @param reason why
     * @return the restriction lifted
     * @throws id.pulih.shared.RuleViolationException {@code case.not-restricted}
     */
    Restriction liftRestriction(BeneficiaryId beneficiary, String reason);

    /**
     * The restriction of a case in force, if any.
     *
     * @param beneficiary the case
     * @return it, or empty
     */
    Optional<Restriction> restriction(BeneficiaryId beneficiary);

    /**
     * Records the person's objection to the re-trafficking risk score of a follow-up visit (art. 10): the score goes
     * under human review ({@link RiskReview#underReview()}). Any officer who may change records and covers the case.
     *
     * @param followUp the follow-up, visited and scored
     * @param objection what the person said
     * @return the review, open
     * @throws id.pulih.shared.RuleViolationException {@code risk.no-score} for a follow-up without a score
     * @throws id.pulih.shared.ConflictException {@code risk.under-review} while a review is open
     */
    RiskReview objectToRiskScore(FollowUpId followUp, String objection);

    /**
     * Records the human review of a risk score: who, when, the decision and why. Supervisors whose jurisdiction
     * covers the case.
     *
     * @param review the review
     * @param decision confirmed or set aside
     * @param reason why
     * @return the review, decided
     * @throws id.pulih.shared.RuleViolationException {@code risk.reviewed} when decided already
     */
    RiskReview reviewRiskScore(RiskReviewId review, ReviewDecision decision, String reason);

    /**
     * The reviews of a follow-up's score, objected first; the last one open means the score is under review.
     *
     * @param followUp the follow-up
     * @return the reviews
     */
    List<RiskReview> riskReviews(FollowUpId followUp);

    /**
     * Erases a person's data (arts. 8 and 43), as {@link Erasure} describes, on every store; the case stays,
     * anonymised, and refuses further processing ({@code case.erased}). Supervisors of a government unit whose
     * jurisdiction covers the case (a break-the-glass grant does not count).
     *
     * @param beneficiary the case
     * @param reason why, without personal data (the request, the retention period)
     * @return the erasure
     * @throws id.pulih.shared.RuleViolationException {@code case.erased} when erased already,
     *     {@code erasure.payment-in-flight} while a payment waits for the bank
     */
    Erasure erase(BeneficiaryId beneficiary, String reason);

    /**
     * Records a breach in the register (art. 46); its notifications are due 3 x 24 hours after discovery.
     * Supervisors of a government unit whose jurisdiction covers every case affected.
     *
     * @param form the breach
     * @return the breach
     * @throws id.pulih.shared.InvalidValueException {@code breach.discovered-future}, {@code breach.categories}
     */
    Breach recordBreach(BreachForm form);

    /**
     * Records the written notification of a breach to one party. Supervisors of a government unit whose jurisdiction
     * covers every case affected.
     *
     * @param breach the breach
     * @param party whom
     * @param notifiedAt when it was sent, between the discovery and now
     * @param means how (letter number, e-mail)
     * @return the breach
     * @throws id.pulih.shared.NotFoundException {@code breach.not-found}
     * @throws id.pulih.shared.ConflictException {@code breach.notified} when the party was notified already
     * @throws id.pulih.shared.InvalidValueException {@code breach.notified-at}
     */
    Breach recordBreachNotification(BreachId breach, NotifiedParty party, Instant notifiedAt, String means);

    /**
     * The breach register, discovered first: the breaches every affected case of which the actor covers.
     * Supervisors and auditors.
     *
     * @return the breaches
     */
    List<Breach> breaches();

    /**
     * The breaches with a notification still not sent after 3 x 24 hours, as {@link #breaches()} filters them.
     *
     * @return the overdue breaches
     */
    List<Breach> overdueBreaches();

    /**
     * The dry run of retention: the closed cases the actor's jurisdiction covers whose closing date plus
     * {@code keptFor} is today or earlier, oldest closing first; nothing changes. Supervisors of a government unit.
     *
     * @param keptFor how long a closed case is kept, positive
     * @return what {@link #applyRetention} would anonymise
     * @throws id.pulih.shared.InvalidValueException {@code retention.period}
     */
    List<RetentionCandidate> retentionDue(Period keptFor);

    /**
     * Retention: erases, as {@link #erase} does, every case {@link #retentionDue} lists, in one command with one
     * audit entry naming them; to be scheduled. Supervisors of a government unit.
     *
     * @param keptFor how long a closed case is kept, positive
     * @return the cases anonymised
     * @throws id.pulih.shared.InvalidValueException {@code retention.period}
     */
    List<RetentionCandidate> applyRetention(Period keptFor);

    /**
     * One person's whole record, for access and a copy (art. 7) and portability (art. 13): the case, corrections,
     * assessments, consents, stays, returns, enrolments, awards and payments, proposals, reintegration plans with their
     * services and referrals, follow-ups with their risk scores, and who read the case when. A read: no audit entry,
     * one access-log entry for the case (which the record's own access log shows). Officers of government units, of
     * any role, who cover the case (by jurisdiction or a break-the-glass grant). Identifiers are whole only for an
     * officer who may disclose them ({@link id.pulih.access.Actor#mayDiscloseIdentifiers()}, as {@link
     * Cases#disclose}), whose read the access log keeps with the purpose {@value #EXPORT_PURPOSE}; every other officer
     * gets them masked ({@link id.pulih.privacy.Identifiers}).
     *
     * @param id the case (a merged id exports the survivor, with every registration merged into it)
     * @return the record
     * @throws id.pulih.shared.NotFoundException when the case is unknown
     * @throws id.pulih.access.AccessDeniedException {@code access.denied} outside the jurisdiction, {@code
     *     access.partner-export} for a partner organisation (before anything is read)
     */
    SubjectRecord export(BeneficiaryId id);

    /** The purpose the access log keeps with an export that shows identifiers whole. */
    String EXPORT_PURPOSE = "the person's own record, UU PDP arts. 7 and 13 (access and portability)";
}
