package id.pulih.store.memory;

import id.pulih.access.AccessGrant;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseHistory;
import id.pulih.beneficiary.ClosureRequest;
import id.pulih.beneficiary.Correction;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.StatusChange;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.grant.Award;
import id.pulih.grant.Payment;
import id.pulih.grant.Proposal;
import id.pulih.guidance.Enrolment;
import id.pulih.privacy.Breach;
import id.pulih.privacy.BreachId;
import id.pulih.privacy.Breaches;
import id.pulih.privacy.ErasedText;
import id.pulih.privacy.Erasure;
import id.pulih.privacy.Erasures;
import id.pulih.privacy.PrivacyRecords;
import id.pulih.privacy.RequestId;
import id.pulih.privacy.Restriction;
import id.pulih.privacy.Restrictions;
import id.pulih.privacy.RiskReview;
import id.pulih.privacy.RiskReviewId;
import id.pulih.privacy.RiskReviews;
import id.pulih.privacy.SubjectRequest;
import id.pulih.privacy.SubjectRequests;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.repatriation.Repatriation;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FieldChange;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shelter.ServiceDelivery;
import id.pulih.shelter.Stay;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PrivacyRecords} in memory: requests, restrictions, risk reviews and breaches in tables of their own, and
 * erasure as a rewrite of the person's rows in every table.
 *
 * <p>One part of {@link InMemoryStore}, which wires it.
 */
final class MemoryPrivacy implements PrivacyRecords {
    private final InMemoryStore store;
    private final MemoryTable<RequestId, SubjectRequest> requestRows;
    private final MemoryTable<BeneficiaryId, Restriction> restrictionRows;
    private final MemoryTable<RiskReviewId, RiskReview> reviewRows;
    private final MemoryTable<BreachId, Breach> breachRows;
    private final List<Erasure> erasureRows = new ArrayList<>();

    private final SubjectRequests requests = new Requests();
    private final Restrictions restrictions = new RestrictionRows();
    private final Erasures erasures = new ErasureRows();
    private final RiskReviews reviews = new Reviews();
    private final Breaches breaches = new BreachRows();

    MemoryPrivacy(InMemoryStore store) {
        this.store = store;
        this.requestRows = new MemoryTable<>(store, RecordType.SUBJECT_REQUEST, SubjectRequest::id);
        this.restrictionRows = new MemoryTable<>(store, RecordType.BENEFICIARY, Restriction::beneficiary);
        this.reviewRows = new MemoryTable<>(store, RecordType.RISK_REVIEW, RiskReview::id);
        this.breachRows = new MemoryTable<>(store, RecordType.BREACH, Breach::id);
    }

    @Override
    public SubjectRequests requests() {
        return requests;
    }

    @Override
    public Restrictions restrictions() {
        return restrictions;
    }

    @Override
    public Erasures erasures() {
        return erasures;
    }

    @Override
    public RiskReviews riskReviews() {
        return reviews;
    }

    @Override
    public Breaches breaches() {
        return breaches;
    }

    private final class Requests implements SubjectRequests {
        @Override
        public Optional<SubjectRequest> find(RequestId id) {
            return store.locked(() -> requestRows.find(id));
        }

        @Override
        public List<SubjectRequest> forBeneficiary(BeneficiaryId beneficiary) {
            return store.locked(() -> requestRows.where(r -> r.beneficiary().equals(beneficiary)).stream()
                    .sorted(Comparator.comparing(SubjectRequest::receivedAt))
                    .toList());
        }

        @Override
        public List<SubjectRequest> undecidedDueBefore(Instant at) {
            return store.locked(() -> requestRows
                    .where(r -> r.open() && r.dueAt().isBefore(at))
                    .stream()
                    .sorted(Comparator.comparing(SubjectRequest::dueAt))
                    .toList());
        }

        @Override
        public SubjectRequest save(SubjectRequest request) {
            return store.inTransaction(() -> requestRows.save(request));
        }
    }

    private final class RestrictionRows implements Restrictions {
        @Override
        public Optional<Restriction> find(BeneficiaryId beneficiary) {
            return store.locked(() -> restrictionRows.find(beneficiary));
        }

        @Override
        public Restriction save(Restriction restriction) {
            return store.inTransaction(() -> {
                if (restriction.version() == 0
                        && restrictionRows.find(restriction.beneficiary()).isPresent()) {
                    throw RecordError.DUPLICATE.conflict(RecordType.BENEFICIARY, restriction.beneficiary());
                }
                return restrictionRows.save(restriction);
            });
        }

        @Override
        public boolean lift(BeneficiaryId beneficiary) {
            return store.inTransaction(() -> restrictionRows.remove(beneficiary));
        }
    }

    private final class Reviews implements RiskReviews {
        @Override
        public Optional<RiskReview> find(RiskReviewId id) {
            return store.locked(() -> reviewRows.find(id));
        }

        @Override
        public List<RiskReview> forFollowUp(FollowUpId followUp) {
            return store.locked(() -> reviewRows.where(r -> r.followUp().equals(followUp)).stream()
                    .sorted(Comparator.comparing(RiskReview::objectedAt))
                    .toList());
        }

        @Override
        public RiskReview save(RiskReview review) {
            return store.inTransaction(() -> reviewRows.save(review));
        }
    }

    private final class BreachRows implements Breaches {
        @Override
        public Optional<Breach> find(BreachId id) {
            return store.locked(() -> breachRows.find(id));
        }

        @Override
        public List<Breach> all() {
            return store.locked(() -> breachRows.where(b -> true).stream()
                    .sorted(Comparator.comparing(Breach::discoveredAt))
                    .toList());
        }

        @Override
        public Breach save(Breach breach) {
            return store.inTransaction(() -> breachRows.save(breach));
        }
    }

    private final class ErasureRows implements Erasures {
        @Override
        public Optional<Erasure> find(BeneficiaryId beneficiary) {
            return store.locked(() -> erasureRows.stream()
                    .filter(e -> e.beneficiary().equals(beneficiary))
                    .findFirst());
        }

        @Override
        public Erasure erase(Erasure erasure, List<BeneficiaryId> registrations) {
            return store.inTransaction(() -> {
                if (find(erasure.beneficiary()).isPresent()) {
                    throw RecordError.DUPLICATE.conflict(RecordType.BENEFICIARY, erasure.beneficiary());
                }
                Set<BeneficiaryId> ids = new HashSet<>(registrations);
                ids.add(erasure.beneficiary());
                Set<String> records = new HashSet<>();
                for (ErasedText kind : ErasedText.values()) {
                    erase(kind, ids, kind.auditSummaries() ? records : new HashSet<>());
                }
                store.auditRows()
                        .rewrite(
                                e -> records.contains(e.recordType() + "/" + e.recordId()),
                                e -> new AuditEntry(
                                        e.id(),
                                        e.at(),
                                        e.actorId(),
                                        e.action(),
                                        e.recordType(),
                                        e.recordId(),
                                        e.versionBefore(),
                                        e.versionAfter(),
                                        Erasure.REMOVED,
                                        List.of()));
                store.append(erasureRows, erasure);
                return erasure;
            });
        }

        /** Removes one kind of text from the rows of the cases, noting the records rewritten as {@code type/id}. */
        private void erase(ErasedText kind, Set<BeneficiaryId> ids, Set<String> records) {
            String type = kind.record().label() + "/";
            Runnable work = switch (kind) {
                case CASE_HISTORY ->
                    () -> store.beneficiaryRows.rewrite(b -> ids.contains(b.id()), b -> {
                        records.add(type + b.id());
                        return erased(b);
                    });
                case CLOSURE_REQUESTS ->
                    () -> store.closureRows.rewrite(r -> ids.contains(r.beneficiary()), r -> {
                        records.add(type + r.id());
                        return erased(r);
                    });
                case POTENTIAL_DUPLICATES ->
                    () -> store.duplicateRows.rewrite(
                            d -> ids.contains(d.registered()) || ids.contains(d.existing()), d -> {
                                records.add(type + d.id());
                                return new PotentialDuplicate(
                                        d.id(),
                                        d.registered(),
                                        d.existing(),
                                        d.score(),
                                        d.status(),
                                        d.resolvedBy(),
                                        d.resolvedAt(),
                                        Erasure.removed(d.note()),
                                        d.version());
                            });
                case STAYS ->
                    () -> store.stayRows.rewrite(s -> ids.contains(s.beneficiary()), s -> {
                        records.add(type + s.id());
                        return erased(s);
                    });
                case RETURNS ->
                    () -> store.repatriationRows.rewrite(r -> ids.contains(r.beneficiary()), r -> {
                        records.add(type + r.id());
                        return erased(r);
                    });
                case ENROLMENTS ->
                    () -> store.enrolmentRows.rewrite(e -> ids.contains(e.beneficiary()), e -> {
                        records.add(type + e.id());
                        return new Enrolment(
                                e.id(),
                                e.programme(),
                                e.beneficiary(),
                                e.enrolledOn(),
                                Erasure.removed(e.overrideReason()),
                                e.attendance(),
                                e.version());
                    });
                case AWARDS ->
                    () -> store.awardRows.rewrite(a -> ids.contains(a.beneficiary()), a -> {
                        records.add(type + a.id());
                        return new Award(
                                a.id(),
                                a.scheme(),
                                a.beneficiary(),
                                a.amount(),
                                Erasure.removed(a.account()),
                                a.awardedOn(),
                                a.version());
                    });
                case PAYMENTS ->
                    () -> store.paymentRows.rewrite(p -> ids.contains(p.beneficiary()), p -> {
                        records.add(type + p.id());
                        return erased(p);
                    });
                case PROPOSALS ->
                    () -> store.proposalRows.rewrite(p -> ids.contains(p.beneficiary()), p -> {
                        records.add(type + p.id());
                        return new Proposal(
                                p.id(),
                                p.award(),
                                p.beneficiary(),
                                p.submittedOn(),
                                Erasure.removed(p.summary()),
                                p.requested(),
                                p.status(),
                                p.decidedBy().orElse(null),
                                p.decidedOn().orElse(null),
                                Erasure.removed(p.reason()),
                                p.version());
                    });
                case PLANS ->
                    () -> store.planRows.rewrite(p -> ids.contains(p.beneficiary()), p -> {
                        records.add(type + p.id());
                        return erased(p);
                    });
                case FOLLOW_UPS ->
                    () -> store.followUpRows.rewrite(f -> ids.contains(f.beneficiary()), f -> {
                        records.add(type + f.id());
                        return erased(f);
                    });
                case ACCESS_GRANTS ->
                    () -> store.grantRows()
                            .rewrite(
                                    g -> ids.contains(g.beneficiary()),
                                    g -> new AccessGrant(
                                            g.id(),
                                            g.actorId(),
                                            g.beneficiary(),
                                            Erasure.REMOVED,
                                            g.grantedAt(),
                                            g.expiresAt(),
                                            g.renewedBy().orElse(null)));
                case SUBJECT_REQUESTS ->
                    () -> requestRows.rewrite(
                            r -> ids.contains(r.beneficiary()),
                            r -> new SubjectRequest(
                                    r.id(),
                                    r.beneficiary(),
                                    r.kind(),
                                    Erasure.removed(r.details()),
                                    r.receivedAt(),
                                    r.dueAt(),
                                    r.receivedBy(),
                                    r.decision(),
                                    r.exemption(),
                                    r.reason(),
                                    r.decidedBy(),
                                    r.decidedAt(),
                                    r.version()));
                case RISK_REVIEWS ->
                    () -> reviewRows.rewrite(
                            r -> ids.contains(r.beneficiary()),
                            r -> new RiskReview(
                                    r.id(),
                                    r.followUp(),
                                    r.beneficiary(),
                                    r.objectedAt(),
                                    r.objectedBy(),
                                    Erasure.removed(r.objection()),
                                    r.decision(),
                                    r.reviewedBy(),
                                    r.reviewedAt(),
                                    r.reason(),
                                    r.version()));
            };
            work.run();
        }
    }

    /** A beneficiary as erasure leaves it: the person erased, the profile unknown, the texts of its history gone. */
    private static Beneficiary erased(Beneficiary b) {
        CaseHistory h = b.caseHistory();
        List<StatusChange> changes = h.statusChanges().stream()
                .map(c -> new StatusChange(c.from(), c.to(), c.at(), c.actorId(), Erasure.removed(c.reason())))
                .toList();
        List<Correction> corrections = h.corrections().stream()
                .map(c -> new Correction(
                        c.at(),
                        c.actorId(),
                        Erasure.removed(c.reason()),
                        c.changes().stream()
                                .map(f -> new FieldChange(f.field(), Erasure.REMOVED, Erasure.REMOVED))
                                .toList()))
                .toList();
        CaseHistory history = new CaseHistory(
                h.status(),
                h.outcome(),
                changes,
                h.assessments(),
                h.consents(),
                h.mergedInto(),
                h.mergedFrom(),
                corrections);
        return Beneficiary.rebuild(
                b.id(),
                b.person().erased(),
                b.returnInfo(),
                TraffickingProfile.unknown(),
                history,
                b.registeredBy(),
                b.registeredAt(),
                b.version() + 1);
    }

    private static ClosureRequest erased(ClosureRequest r) {
        return new ClosureRequest(
                r.id(),
                r.beneficiary(),
                r.outcome(),
                Erasure.removed(r.note()),
                r.requestedBy(),
                r.requestedAt(),
                r.status(),
                r.decidedBy(),
                r.decidedAt().orElse(null),
                Erasure.removed(r.returnReason()),
                r.version());
    }

    private static Stay erased(Stay s) {
        return new Stay(
                s.id(),
                s.beneficiary(),
                s.shelter(),
                s.admittedOn(),
                s.childProtection(),
                s.services().stream()
                        .map(d -> new ServiceDelivery(d.kind(), d.date(), d.deliveredBy(), Erasure.removed(d.detail())))
                        .toList(),
                s.dischargedOn().orElse(null),
                s.dischargeReason().orElse(null),
                s.transferredTo().orElse(null),
                Erasure.removed(s.dischargeNote()),
                s.version());
    }

    private static FollowUp erased(FollowUp f) {
        return new FollowUp(
                f.id(),
                f.beneficiary(),
                f.plan(),
                f.monthsAfter(),
                f.dueOn(),
                f.status(),
                f.visit().orElse(null),
                f.observed(),
                f.riskScore().orElse(null),
                Erasure.removed(f.notes()),
                f.visitedBy(),
                f.noContact(),
                f.version());
    }

    private static Payment erased(Payment p) {
        return new Payment(
                p.id(),
                p.award(),
                p.scheme(),
                p.beneficiary(),
                p.amount(),
                Erasure.removed(p.account()),
                p.status(),
                p.batchId().orElse(null),
                p.bankReference().orElse(null),
                p.rejectionReason().orElse(null),
                p.approvedOn(),
                p.settledOn().orElse(null),
                p.version());
    }

    private static Repatriation erased(Repatriation r) {
        return new Repatriation(
                r.id(),
                r.beneficiary(),
                r.stay(),
                r.fromShelter(),
                r.destination(),
                Erasure.removed(r.destinationReason()),
                r.transport(),
                Erasure.removed(r.escort()),
                Erasure.removed(r.receivingOffice()),
                r.plannedOn(),
                r.state(),
                r.departure().orElse(null),
                r.handover().orElse(null),
                Erasure.removed(r.receivedBy()),
                Erasure.removed(r.cancelReason()),
                r.version());
    }

    private static ReintegrationPlan erased(ReintegrationPlan p) {
        List<PlannedService> services = p.services().stream()
                .map(s -> new PlannedService(
                        s.id(),
                        s.type(),
                        s.component(),
                        Erasure.removed(s.detail()),
                        s.provider(),
                        s.dueOn(),
                        s.cost(),
                        s.status(),
                        s.delivery().orElse(null),
                        Erasure.removed(s.cancelReason()),
                        s.referrals().stream()
                                .map(r -> new Referral(
                                        r.to(),
                                        r.referredOn(),
                                        r.referredBy(),
                                        Erasure.removed(r.overrideReason()),
                                        r.status(),
                                        r.answer().orElse(null),
                                        r.answeredBy(),
                                        Erasure.removed(r.reason()),
                                        r.ended().orElse(null),
                                        Erasure.removed(r.endReason())))
                                .toList()))
                .toList();
        return new ReintegrationPlan(
                p.id(),
                p.beneficiary(),
                p.goals().stream().map(Erasure::removed).toList(),
                services,
                p.status(),
                p.createdOn(),
                p.createdBy(),
                p.closedOn().orElse(null),
                Erasure.removed(p.closeReason()),
                p.version());
    }
}
