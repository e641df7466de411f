package id.pulih.internal;

import id.pulih.Privacy;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessError;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessLogEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.StatusChange;
import id.pulih.grant.Award;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.Proposal;
import id.pulih.guidance.Enrolment;
import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Uuid7;
import id.pulih.privacy.Breach;
import id.pulih.privacy.BreachForm;
import id.pulih.privacy.BreachId;
import id.pulih.privacy.BreachNotification;
import id.pulih.privacy.BreachRecorded;
import id.pulih.privacy.DecisionForm;
import id.pulih.privacy.Erasure;
import id.pulih.privacy.Identifiers;
import id.pulih.privacy.NotifiedParty;
import id.pulih.privacy.PersonErased;
import id.pulih.privacy.PrivacyError;
import id.pulih.privacy.PrivacyRecords;
import id.pulih.privacy.ProcessingRestricted;
import id.pulih.privacy.RequestForm;
import id.pulih.privacy.RequestId;
import id.pulih.privacy.Restriction;
import id.pulih.privacy.RetentionCandidate;
import id.pulih.privacy.ReviewDecision;
import id.pulih.privacy.RiskReview;
import id.pulih.privacy.RiskReviewId;
import id.pulih.privacy.RiskScoreObjected;
import id.pulih.privacy.RiskScoreReviewed;
import id.pulih.privacy.SubjectRecord;
import id.pulih.privacy.SubjectRequest;
import id.pulih.privacy.SubjectRequestDecided;
import id.pulih.privacy.SubjectRequestReceived;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.repatriation.Repatriation;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.NotAfterToday;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.RecordType;
import id.pulih.shared.TextLimit;
import id.pulih.shelter.Stay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@link Privacy} service: the person's record, requests, restriction, risk reviews, erasure, breaches and
 * retention; every call goes {@link Engine.Work#throughRestriction through restriction}. */
final class PrivacyService implements Privacy {
    private final Engine engine;
    private final Actor actor;

    PrivacyService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
    }

    private PrivacyRecords records() {
        return engine.store.privacy();
    }

    @Override
    public SubjectRequest receiveRequest(RequestForm form) {
        engine.forms.validate(form);
        return engine.command(actor, "privacy.receive-request", work -> {
            work.throughRestriction();
            if (form.receivedAt().isAfter(work.now)) {
                throw PrivacyError.REQUEST_RECEIVED_FUTURE.invalid(form.receivedAt(), work.now);
            }
            Beneficiary b = work.open(form.beneficiary());
            SubjectRequest saved = records()
                    .requests()
                    .save(SubjectRequest.receive(
                            b.id(),
                            form.kind(),
                            form.details(),
                            form.receivedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                            actor.id()));
            work.audit(
                    RecordType.SUBJECT_REQUEST,
                    saved.id(),
                    0,
                    saved.version(),
                    form.kind() + " request received (UU PDP art. "
                            + form.kind().right() + "), due " + saved.dueAt() + " (art. "
                            + form.kind().deadlineArticle() + ")");
            work.emit(
                    new SubjectRequestReceived(saved.id(), b.id(), saved.kind(), saved.dueAt(), work.now, actor.id()));
            return saved;
        });
    }

    @Override
    public SubjectRequest decideRequest(RequestId request, DecisionForm form) {
        Checks.required(request, "requestId");
        engine.forms.validate(form);
        return engine.command(actor, "privacy.decide-request", work -> {
            work.throughRestriction();
            work.requireSupervisor();
            SubjectRequest found = records()
                    .requests()
                    .find(request)
                    .orElseThrow(() -> new NotFoundException(RecordType.SUBJECT_REQUEST, request));
            Beneficiary b = work.resolve(found.beneficiary());
            work.requireJurisdiction(b);
            SubjectRequest decided = records()
                    .requests()
                    .save(found.decide(form.decision(), form.exemption(), form.reason(), actor.id(), work.now));
            work.audit(
                    RecordType.SUBJECT_REQUEST,
                    decided.id(),
                    found.version(),
                    decided.version(),
                    found.kind() + " request " + form.decision()
                            + (form.exemption() == null
                                    ? ""
                                    : " under " + form.exemption() + " (UU PDP art. "
                                            + form.exemption().article() + ")")
                            + (decided.answeredLate() ? ", answered after its deadline " + decided.dueAt() : "")
                            + ": " + decided.reason());
            work.emit(new SubjectRequestDecided(
                    decided.id(), b.id(), form.decision(), decided.answeredLate(), work.now, actor.id()));
            return decided;
        });
    }

    @Override
    public List<SubjectRequest> requests(BeneficiaryId beneficiary) {
        Checks.required(beneficiary, "beneficiaryId");
        return engine.query(actor, "privacy.requests", work -> {
            work.throughRestriction();
            Beneficiary b = work.open(beneficiary);
            return work.caseRecords(
                    b, records().requests()::forBeneficiary, Comparator.comparing(SubjectRequest::receivedAt));
        });
    }

    @Override
    public List<SubjectRequest> overdueRequests() {
        return engine.query(actor, "privacy.overdue-requests", work -> {
            work.throughRestriction();
            return work.readable(records().requests().undecidedDueBefore(work.now), SubjectRequest::beneficiary);
        });
    }

    @Override
    public Restriction restrict(BeneficiaryId beneficiary, String reason) {
        Checks.required(beneficiary, "beneficiaryId");
        String why = Checks.requiredText(reason, "reason", TextLimit.REASON);
        return engine.command(actor, "privacy.restrict", work -> {
            work.throughRestriction();
            work.requireSupervisor();
            Beneficiary b = work.resolve(beneficiary);
            work.requireJurisdiction(b);
            Optional<Restriction> existing = records().restrictions().find(b.id());
            if (existing.isPresent()) {
                throw PrivacyError.CASE_ALREADY_RESTRICTED.conflict(
                        RecordType.BENEFICIARY, b.id(), existing.get().since());
            }
            Restriction saved =
                    records().restrictions().save(new Restriction(b.id(), work.now, actor.id(), why, null, 0));
            work.audit(
                    RecordType.BENEFICIARY,
                    b.id(),
                    b.version(),
                    b.version(),
                    "processing restricted (UU PDP art. 11): " + why);
            work.emit(new ProcessingRestricted(b.id(), true, work.now, actor.id()));
            return saved;
        });
    }

    @Override
    public Restriction liftRestriction(BeneficiaryId beneficiary, String reason) {
        Checks.required(beneficiary, "beneficiaryId");
        String why = Checks.requiredText(reason, "reason", TextLimit.REASON);
        return engine.command(actor, "privacy.lift-restriction", work -> {
            work.throughRestriction();
            work.requireSupervisor();
            Beneficiary b = work.resolve(beneficiary);
            work.requireJurisdiction(b);
            Restriction lifted =
                    records().restrictions().find(b.id()).orElseThrow(PrivacyError.CASE_NOT_RESTRICTED::violation);
            records().restrictions().lift(b.id());
            work.audit(
                    RecordType.BENEFICIARY,
                    b.id(),
                    b.version(),
                    b.version(),
                    "restriction of processing since " + lifted.since() + " lifted: " + why);
            work.emit(new ProcessingRestricted(b.id(), false, work.now, actor.id()));
            return lifted;
        });
    }

    @Override
    public Optional<Restriction> restriction(BeneficiaryId beneficiary) {
        Checks.required(beneficiary, "beneficiaryId");
        return engine.query(actor, "privacy.restriction", work -> {
            work.throughRestriction();
            Beneficiary b = work.open(beneficiary);
            return records().restrictions().find(b.id());
        });
    }

    @Override
    public RiskReview objectToRiskScore(FollowUpId followUp, String objection) {
        Checks.required(followUp, "followUpId");
        String said = Checks.requiredText(objection, "objection", TextLimit.REASON);
        return engine.command(actor, "privacy.object-to-risk-score", work -> {
            work.throughRestriction();
            FollowUp visit = engine.store
                    .followUps()
                    .find(followUp)
                    .orElseThrow(() -> new NotFoundException(RecordType.FOLLOW_UP, followUp));
            Beneficiary b = work.open(visit.beneficiary());
            if (visit.riskScore().isEmpty()) {
                throw PrivacyError.RISK_NO_SCORE.violation(visit.status());
            }
            Optional<RiskReview> open = records().riskReviews().forFollowUp(followUp).stream()
                    .filter(RiskReview::underReview)
                    .findFirst();
            if (open.isPresent()) {
                throw PrivacyError.RISK_UNDER_REVIEW.conflict(
                        RecordType.RISK_REVIEW, open.get().id(), open.get().objectedAt());
            }
            RiskReview saved =
                    records().riskReviews().save(RiskReview.object(followUp, b.id(), said, work.now, actor.id()));
            work.audit(
                    RecordType.RISK_REVIEW,
                    saved.id(),
                    0,
                    saved.version(),
                    "objection to the risk score of follow-up " + followUp + " (UU PDP art. 10): under human review");
            work.emit(new RiskScoreObjected(saved.id(), b.id(), work.now, actor.id()));
            return saved;
        });
    }

    @Override
    public RiskReview reviewRiskScore(RiskReviewId review, ReviewDecision decision, String reason) {
        Checks.required(review, "riskReviewId");
        Checks.required(decision, "decision");
        String why = Checks.requiredText(reason, "reason", TextLimit.REASON);
        return engine.command(actor, "privacy.review-risk-score", work -> {
            work.throughRestriction();
            work.requireSupervisor();
            RiskReview found = records()
                    .riskReviews()
                    .find(review)
                    .orElseThrow(() -> new NotFoundException(RecordType.RISK_REVIEW, review));
            Beneficiary b = work.resolve(found.beneficiary());
            work.requireJurisdiction(b);
            RiskReview decided = records().riskReviews().save(found.review(decision, why, actor.id(), work.now));
            work.audit(
                    RecordType.RISK_REVIEW,
                    decided.id(),
                    found.version(),
                    decided.version(),
                    "risk score of follow-up " + found.followUp() + " reviewed: " + decision + ": " + why);
            work.emit(new RiskScoreReviewed(decided.id(), b.id(), decision, work.now, actor.id()));
            return decided;
        });
    }

    @Override
    public List<RiskReview> riskReviews(FollowUpId followUp) {
        Checks.required(followUp, "followUpId");
        return engine.query(actor, "privacy.risk-reviews", work -> {
            work.throughRestriction();
            FollowUp visit = engine.store
                    .followUps()
                    .find(followUp)
                    .orElseThrow(() -> new NotFoundException(RecordType.FOLLOW_UP, followUp));
            work.open(visit.beneficiary());
            return records().riskReviews().forFollowUp(followUp);
        });
    }

    @Override
    public Erasure erase(BeneficiaryId beneficiary, String reason) {
        Checks.required(beneficiary, "beneficiaryId");
        String why = Checks.requiredText(reason, "reason", TextLimit.REASON);
        return engine.command(actor, "privacy.erase", work -> {
            work.throughRestriction();
            requireGovernmentSupervisor(work);
            Beneficiary b = work.resolve(beneficiary);
            work.requireJurisdiction(b);
            Erasure done = eraseOne(work, b, why);
            work.audit(
                    RecordType.BENEFICIARY,
                    b.id(),
                    b.version(),
                    b.version() + 1,
                    "personal data erased (UU PDP art. 8): " + why);
            return done;
        });
    }

    /** Erases one case, after the rules of erasure; the caller audits. */
    private Erasure eraseOne(Engine.Work work, Beneficiary b, String why) {
        Optional<Erasure> earlier = records().erasures().find(b.id());
        if (earlier.isPresent()) {
            throw PrivacyError.CASE_ERASED.violation(
                    LocalDate.ofInstant(earlier.get().erasedAt(), NotAfterToday.ZONE));
        }
        for (Award award : work.caseRecords(b, engine.store.awards()::forBeneficiary, (x, y) -> 0)) {
            for (Payment payment : engine.store.payments().forAward(award.id())) {
                if (payment.status() == PaymentStatus.APPROVED || payment.status() == PaymentStatus.SENT) {
                    throw PrivacyError.ERASURE_PAYMENT_IN_FLIGHT.violation(payment.status());
                }
            }
        }
        Erasure done =
                records().erasures().erase(new Erasure(b.id(), work.now, actor.id(), why, null), work.caseIds(b));
        work.emit(new PersonErased(b.id(), work.now, actor.id()));
        return done;
    }

    @Override
    public Breach recordBreach(BreachForm form) {
        engine.forms.validate(form);
        return engine.command(actor, "privacy.record-breach", work -> {
            work.throughRestriction();
            requireGovernmentSupervisor(work);
            if (form.discoveredAt().isAfter(work.now)) {
                throw PrivacyError.BREACH_DISCOVERED_FUTURE.invalid(form.discoveredAt(), work.now);
            }
            List<BeneficiaryId> affected = new ArrayList<>();
            for (BeneficiaryId id : form.affected()) {
                Beneficiary b = work.resolve(id);
                work.requireJurisdiction(b);
                affected.add(b.id());
            }
            Breach saved = records()
                    .breaches()
                    .save(new Breach(
                            BreachId.next(),
                            form.discoveredAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                            form.categories(),
                            affected,
                            form.cause(),
                            form.remedy(),
                            actor.id(),
                            work.now,
                            List.of(),
                            0));
            work.audit(
                    RecordType.BREACH,
                    saved.id(),
                    0,
                    saved.version(),
                    "breach recorded (UU PDP art. 46): "
                            + saved.categories().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + " of " + saved.affected().size() + " case(s); notifications due " + saved.dueAt());
            work.emit(new BreachRecorded(saved.id(), null, work.now, actor.id()));
            return saved;
        });
    }

    @Override
    public Breach recordBreachNotification(BreachId breach, NotifiedParty party, Instant notifiedAt, String means) {
        Checks.required(breach, "breachId");
        Checks.required(party, "party");
        Checks.required(notifiedAt, "notifiedAt");
        return engine.command(actor, "privacy.notify-breach", work -> {
            work.throughRestriction();
            requireGovernmentSupervisor(work);
            Breach found = records()
                    .breaches()
                    .find(breach)
                    .orElseThrow(() -> new NotFoundException(RecordType.BREACH, breach));
            for (BeneficiaryId id : found.affected()) {
                work.requireJurisdiction(work.resolve(id));
            }
            Instant at = notifiedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            if (at.isBefore(found.discoveredAt()) || at.isAfter(work.now)) {
                throw PrivacyError.BREACH_NOTIFIED_AT.invalid(found.discoveredAt(), work.now, at);
            }
            Breach saved =
                    records().breaches().save(found.notify(new BreachNotification(party, at, actor.id(), means)));
            work.audit(
                    RecordType.BREACH,
                    saved.id(),
                    found.version(),
                    saved.version(),
                    party + " notified at " + at + (at.isAfter(found.dueAt()) ? ", after the deadline " : ", due ")
                            + found.dueAt());
            work.emit(new BreachRecorded(saved.id(), party, work.now, actor.id()));
            return saved;
        });
    }

    @Override
    public List<Breach> breaches() {
        return engine.query(actor, "privacy.breaches", work -> {
            work.throughRestriction();
            requireOverseer(work);
            return visible(work, records().breaches().all());
        });
    }

    @Override
    public List<Breach> overdueBreaches() {
        return engine.query(actor, "privacy.overdue-breaches", work -> {
            work.throughRestriction();
            requireOverseer(work);
            return visible(
                    work,
                    records().breaches().all().stream()
                            .filter(b -> b.isOverdueAt(work.now))
                            .toList());
        });
    }

    private static List<Breach> visible(Engine.Work work, List<Breach> breaches) {
        List<Breach> shown = new ArrayList<>();
        for (Breach breach : breaches) {
            List<Beneficiary> cases =
                    breach.affected().stream().map(work::resolve).toList();
            if (work.readAll(cases)) {
                shown.add(breach);
            }
        }
        return shown;
    }

    @Override
    public List<RetentionCandidate> retentionDue(Period keptFor) {
        Period period = checkedPeriod(keptFor);
        return engine.query(actor, "privacy.retention-due", work -> {
            work.throughRestriction();
            requireGovernmentSupervisor(work);
            return due(work, period);
        });
    }

    @Override
    public List<RetentionCandidate> applyRetention(Period keptFor) {
        Period period = checkedPeriod(keptFor);
        return engine.command(actor, "privacy.retention", work -> {
            work.throughRestriction();
            requireGovernmentSupervisor(work);
            List<RetentionCandidate> due = due(work, period);
            for (RetentionCandidate c : due) {
                eraseOne(
                        work,
                        work.resolve(c.beneficiary()),
                        "retention: closed on " + c.closedOn() + ", kept " + period + " until " + c.dueOn());
            }
            if (due.isEmpty()) {
                work.unchanged();
            } else {
                work.audit(
                        RecordType.RETENTION_RUN,
                        Uuid7.next(engine.clock),
                        0,
                        1,
                        "retention " + period + ": " + due.size() + " closed case(s) anonymised: "
                                + due.stream()
                                        .map(c -> c.beneficiary().toString())
                                        .collect(Collectors.joining(", ")));
            }
            return due;
        });
    }

    /**
     * The closed cases the actor covers by jurisdiction whose closing date plus the period is today or earlier, not
     * yet erased, oldest closing first. Each one listed is in the access log.
     */
    private List<RetentionCandidate> due(Engine.Work work, Period period) {
        LocalDate today = work.today();
        List<RetentionCandidate> due = new ArrayList<>();
        List<Beneficiary> listed = new ArrayList<>();
        Optional<BeneficiaryId> after = Optional.empty();
        while (true) {
            List<Beneficiary> page = engine.store.beneficiaries().page(after, 500);
            if (page.isEmpty()) {
                break;
            }
            for (Beneficiary b : page) {
                if (b.status() != CaseStatus.CLOSED || b.mergedInto().isPresent()) {
                    continue;
                }
                Optional<LocalDate> closedOn = closedOn(b);
                if (closedOn.isEmpty() || closedOn.get().plus(period).isAfter(today)) {
                    continue;
                }
                if (!work.byJurisdiction(b) || records().erasures().find(b.id()).isPresent()) {
                    continue;
                }
                listed.add(b);
                due.add(new RetentionCandidate(
                        b.id(), closedOn.get(), closedOn.get().plus(period)));
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
        work.readAll(listed);
        due.sort(Comparator.comparing(RetentionCandidate::closedOn)
                .thenComparing(c -> c.beneficiary().value()));
        return due;
    }

    /** The date the case was last closed, in Asia/Jakarta. */
    private static Optional<LocalDate> closedOn(Beneficiary b) {
        List<StatusChange> history = b.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == CaseStatus.CLOSED) {
                return Optional.of(LocalDate.ofInstant(history.get(i).at(), NotAfterToday.ZONE));
            }
        }
        return Optional.empty();
    }

    private static Period checkedPeriod(Period period) {
        Checks.required(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw PrivacyError.RETENTION_PERIOD.invalid(period);
        }
        return period;
    }

    private void requireGovernmentSupervisor(Engine.Work work) {
        work.requireSupervisor();
        if (actor.jurisdiction().kind() == Jurisdiction.Kind.PARTNER) {
            throw new AccessDeniedException(
                    AccessError.ROLE,
                    actor.id(),
                    work.action,
                    "-",
                    "only a supervisor of a government unit may do this");
        }
    }

    private void requireOverseer(Engine.Work work) {
        if (actor.role() != Role.SUPERVISOR && actor.role() != Role.AUDITOR) {
            throw new AccessDeniedException(
                    AccessError.ROLE, actor.id(), work.action, "-", "only supervisors and auditors read the register");
        }
    }

    @Override
    public SubjectRecord export(BeneficiaryId id) {
        Checks.required(id, "beneficiaryId");
        return engine.query(actor, "privacy.export", work -> {
            if (actor.jurisdiction() instanceof Jurisdiction.Partner p) {
                throw new AccessDeniedException(
                        AccessError.PARTNER_EXPORT, actor.id(), work.action, id.toString(), p.organisation());
            }
            Identifiers shown = Identifiers.forActor(actor);
            if (shown == Identifiers.WHOLE) {
                work.disclosing(EXPORT_PURPOSE);
            }
            // a person may have their record while its processing is restricted, and after erasure (what is left)
            work.throughRestriction();
            Beneficiary b = work.open(id);
            return new Exported(work, b, shown).record();
        });
    }

    /** The record of one case, read through the ports in the running query. */
    private final class Exported {
        private final Engine.Work work;
        private final Beneficiary b;
        private final Identifiers shown;

        Exported(Engine.Work work, Beneficiary b, Identifiers shown) {
            this.work = work;
            this.b = b;
            this.shown = shown;
        }

        SubjectRecord record() {
            List<Award> awards = work.caseRecords(
                    b,
                    engine.store.awards()::forBeneficiary,
                    Comparator.comparing(Award::awardedOn).thenComparing(a -> a.id().value()));
            List<Payment> payments = new ArrayList<>();
            for (Award award : awards) {
                payments.addAll(engine.store.payments().forAward(award.id()));
            }
            payments.sort(Comparator.comparing(Payment::approvedOn).thenComparing(p -> p.id().value()));
            List<AccessLogEntry> reads = work.caseRecords(
                    b,
                    engine.store.accessLog()::forBeneficiary,
                    Comparator.comparing(AccessLogEntry::at).thenComparing(AccessLogEntry::id));
            return new SubjectRecord(
                    b.id(),
                    work.now,
                    actor.id(),
                    shown,
                    caseFile(),
                    work.caseRecords(
                            b,
                            one -> one.equals(b.id())
                                    ? b.corrections()
                                    : engine.store
                                            .beneficiaries()
                                            .find(one)
                                            .map(Beneficiary::corrections)
                                            .orElse(List.of()),
                            Comparator.comparing(id.pulih.beneficiary.Correction::at)),
                    b.assessments(),
                    b.consents(),
                    work
                            .caseRecords(
                                    b,
                                    engine.store.stays()::forBeneficiary,
                                    Comparator.comparing(Stay::admittedOn).thenComparing(s -> s.id().value()))
                            .stream()
                            .map(this::stay)
                            .toList(),
                    work
                            .caseRecords(
                                    b,
                                    engine.store.repatriations()::forBeneficiary,
                                    Comparator.comparing(Repatriation::plannedOn)
                                            .thenComparing(r -> r.id().value()))
                            .stream()
                            .map(PrivacyService::ofReturn)
                            .toList(),
                    work
                            .caseRecords(
                                    b,
                                    engine.store.enrolments()::forBeneficiary,
                                    Comparator.comparing(Enrolment::enrolledOn).thenComparing(e -> e.id().value()))
                            .stream()
                            .map(this::enrolment)
                            .toList(),
                    awards.stream().map(this::award).toList(),
                    payments.stream().map(this::payment).toList(),
                    work
                            .caseRecords(
                                    b,
                                    engine.store.proposals()::forBeneficiary,
                                    Comparator.comparing(Proposal::submittedOn).thenComparing(p -> p.id().value()))
                            .stream()
                            .map(PrivacyService::proposal)
                            .toList(),
                    work
                            .caseRecords(
                                    b,
                                    engine.store.reintegrationPlans()::forBeneficiary,
                                    Comparator.comparing(ReintegrationPlan::createdOn)
                                            .thenComparing(p -> p.id().value()))
                            .stream()
                            .map(PrivacyService::plan)
                            .toList(),
                    work
                            .caseRecords(
                                    b,
                                    engine.store.followUps()::forBeneficiary,
                                    Comparator.comparing(FollowUp::dueOn).thenComparing(f -> f.id().value()))
                            .stream()
                            .map(PrivacyService::visit)
                            .toList(),
                    reads);
        }

        private SubjectRecord.CaseFile caseFile() {
            return new SubjectRecord.CaseFile(
                    identity(b.person()),
                    b.returnInfo(),
                    b.profile(),
                    b.status(),
                    b.outcome(),
                    b.registeredAt(),
                    Engine.describe(b.registeredBy()),
                    work.caseIds(b).subList(1, work.caseIds(b).size()),
                    b.history());
        }

        private SubjectRecord.Identity identity(Person p) {
            return new SubjectRecord.Identity(
                    p.name().value(),
                    p.sex(),
                    p.birth().date(),
                    p.birth().estimated(),
                    p.nik().map(shown::nik),
                    p.familyCard().map(shown::familyCard),
                    p.documentStatus(),
                    p.origin(),
                    p.phone().map(shown::phone),
                    p.bankAccount().map(this::account));
        }

        private SubjectRecord.Account account(BankAccount a) {
            return new SubjectRecord.Account(
                    a.bank().code(),
                    a.bank().displayName(),
                    shown.accountNumber(a),
                    a.holder().value());
        }

        private SubjectRecord.ShelterStay stay(Stay s) {
            String name = engine.store
                    .shelters()
                    .find(s.shelter())
                    .map(id.pulih.shelter.Shelter::name)
                    .orElse(s.shelter().toString());
            return new SubjectRecord.ShelterStay(
                    s.id(),
                    s.shelter(),
                    name,
                    s.admittedOn(),
                    s.childProtection(),
                    s.dischargedOn(),
                    s.dischargeReason(),
                    s.transferredTo(),
                    s.dischargeNote(),
                    s.services());
        }

        private SubjectRecord.ProgrammeEnrolment enrolment(Enrolment e) {
            String title = engine.store
                    .programmes()
                    .find(e.programme())
                    .map(id.pulih.guidance.Programme::title)
                    .orElse(e.programme().toString());
            return new SubjectRecord.ProgrammeEnrolment(
                    e.id(), e.programme(), title, e.enrolledOn(), e.overrideReason(), e.attendance());
        }

        private SubjectRecord.GrantAward award(Award a) {
            return new SubjectRecord.GrantAward(a.id(), a.scheme(), a.amount(), account(a.account()), a.awardedOn());
        }

        private SubjectRecord.GrantPayment payment(Payment p) {
            return new SubjectRecord.GrantPayment(
                    p.id(),
                    p.award(),
                    p.amount(),
                    account(p.account()),
                    p.status(),
                    p.approvedOn(),
                    p.batchId(),
                    p.bankReference(),
                    p.rejectionReason(),
                    p.settledOn());
        }
    }

    private static SubjectRecord.Return ofReturn(Repatriation r) {
        return new SubjectRecord.Return(
                r.id(),
                r.stay(),
                r.fromShelter(),
                r.destination(),
                r.destinationReason(),
                r.transport(),
                r.escort(),
                r.receivingOffice(),
                r.plannedOn(),
                r.state(),
                r.departure(),
                r.handover(),
                r.receivedBy(),
                r.cancelReason());
    }

    private static SubjectRecord.FurtherProposal proposal(Proposal p) {
        return new SubjectRecord.FurtherProposal(
                p.id(),
                p.award(),
                p.submittedOn(),
                p.summary(),
                p.requested(),
                p.status(),
                p.decidedBy(),
                p.decidedOn(),
                p.reason());
    }

    private static SubjectRecord.Plan plan(ReintegrationPlan p) {
        return new SubjectRecord.Plan(
                p.id(),
                p.goals(),
                p.status(),
                p.createdOn(),
                p.createdBy(),
                p.closedOn(),
                p.closeReason(),
                p.services().stream().map(PrivacyService::service).toList());
    }

    private static SubjectRecord.Service service(PlannedService s) {
        return new SubjectRecord.Service(
                s.id(),
                s.type(),
                s.component(),
                s.detail(),
                s.provider(),
                s.dueOn(),
                s.cost(),
                s.status(),
                s.delivery(),
                s.cancelReason(),
                s.referrals().stream().map(PrivacyService::referral).toList());
    }

    private static SubjectRecord.Referral referral(Referral r) {
        return new SubjectRecord.Referral(
                r.to(),
                r.referredOn(),
                r.referredBy(),
                r.overrideReason(),
                r.status(),
                r.answer(),
                r.answeredBy(),
                r.reason(),
                r.ended(),
                r.endReason());
    }

    private static SubjectRecord.Visit visit(FollowUp f) {
        return new SubjectRecord.Visit(
                f.id(),
                f.plan(),
                f.monthsAfter(),
                f.dueOn(),
                f.status(),
                f.noContact(),
                f.visit(),
                f.visitedBy(),
                f.observed(),
                f.notes(),
                f.riskScore());
    }
}
