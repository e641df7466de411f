package id.pulih.internal;

import id.pulih.Reintegration;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessError;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.CaseStatusChanged;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.internal.util.Checks;
import id.pulih.privacy.RiskReview;
import id.pulih.reintegration.DueFollowUp;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUpRecorded;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.OneActivePlan;
import id.pulih.reintegration.PlanClosed;
import id.pulih.reintegration.PlanCreated;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.PlannedServiceForm;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReferralAnswered;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.ReintegrationError;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.RetraffickingRiskPolicy;
import id.pulih.reintegration.RiskBasis;
import id.pulih.reintegration.RiskScore;
import id.pulih.reintegration.ServiceReferred;
import id.pulih.reintegration.ServiceStatusChanged;
import id.pulih.reintegration.VisitForm;
import id.pulih.repatriation.Repatriation;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PlanId;
import id.pulih.shared.RecordType;
import id.pulih.shared.ServiceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** The {@link Reintegration} service. */
final class ReintegrationService implements Reintegration {
    private static final RetraffickingRiskPolicy POLICY = new RetraffickingRiskPolicy();
    private static final int UPCOMING_DAYS = 7;

    private final Engine engine;
    private final Actor actor;

    ReintegrationService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
    }

    @Override
    public ReintegrationPlan createPlan(PlanForm form) {
        engine.forms.validate(form);
        return engine.command(actor, "plan.create", work -> {
            Beneficiary b = work.open(form.beneficiary());
            requireGovernmentUnit(work, form.beneficiary().toString());
            if (b.status() != CaseStatus.REPATRIATED && b.status() != CaseStatus.IN_REINTEGRATION) {
                throw ReintegrationError.PLAN_CASE_STATUS.violation(b.status());
            }
            ReintegrationPlan created = ReintegrationPlan.create(b.id(), form.goals(), work.today(), actor.id());
            // one plan in force for the case, under any of its registrations: asked before anything is written
            OneActivePlan.check(engine.store.reintegrationPlans(), created, work.caseIds(b));
            if (b.status() == CaseStatus.REPATRIATED) {
                Beneficiary moved = engine.store
                        .beneficiaries()
                        .save(b.moveTo(CaseStatus.IN_REINTEGRATION, work.now, actor.id(), "reintegration plan"));
                work.emit(new CaseStatusChanged(b.id(), b.status(), moved.status(), work.now, actor.id()));
            }
            ReintegrationPlan saved = engine.store.reintegrationPlans().save(created);
            Optional<LocalDate> handover = handover(work, b);
            LocalDate start = handover.orElse(work.today());
            for (int months : form.schedule()) {
                engine.store.followUps().save(FollowUp.schedule(b.id(), saved.id(), start, months));
            }
            work.audit(
                    RecordType.REINTEGRATION_PLAN,
                    saved.id(),
                    0,
                    saved.version(),
                    "plan created; follow-ups at " + form.schedule() + " months after "
                            + (handover.isPresent() ? "the handover on " : "plan creation on ") + start);
            work.emit(new PlanCreated(b.id(), saved.id(), form.schedule().size(), work.now, actor.id()));
            return saved;
        });
    }

    /** The latest handover home of the case, including records merged into it. */
    private Optional<LocalDate> handover(Engine.Work work, Beneficiary b) {
        Optional<LocalDate> latest = Optional.empty();
        for (BeneficiaryId id : work.caseIds(b)) {
            for (Repatriation r : engine.store.repatriations().forBeneficiary(id)) {
                if (r.handover().isPresent()
                        && (latest.isEmpty() || r.handover().get().isAfter(latest.get()))) {
                    latest = r.handover();
                }
            }
        }
        return latest;
    }

    @Override
    public PlannedService addService(PlanId planId, PlannedServiceForm form) {
        Checks.required(planId, "planId");
        engine.forms.validate(form);
        return engine.command(actor, "plan.add-service", work -> {
            ReintegrationPlan plan = findPlan(planId);
            work.open(plan.beneficiary());
            requireGovernmentUnit(work, plan.id().toString());
            PlannedService service = form.toService();
            ReintegrationPlan saved = save(work, plan, current(work, plan).addService(service));
            work.audit(
                    RecordType.REINTEGRATION_PLAN,
                    saved.id(),
                    plan.version(),
                    saved.version(),
                    "service " + service.type() + " (" + service.component() + ") added, provider " + service.provider()
                            + ", due " + service.dueOn() + ", cost " + service.cost() + ended(plan, saved));
            work.emit(new ServiceStatusChanged(
                    plan.beneficiary(), service.id(), service.type(), service.status(), work.now, actor.id()));
            return saved.service(service.id()).orElseThrow();
        });
    }

    @Override
    public PlannedService startService(ServiceId service) {
        return serviceStep(service, "plan.start-service", true, (plan, work) -> plan.startService(service));
    }

    @Override
    public PlannedService deliverService(ServiceId service, LocalDate on) {
        Checks.required(on, "deliveredOn");
        return serviceStep(service, "plan.deliver-service", true, (plan, work) -> {
            work.requireNotFuture("deliveredOn", on);
            return plan.deliverService(service, on);
        });
    }

    @Override
    public PlannedService cancelService(ServiceId service, String reason) {
        return serviceStep(
                service,
                "plan.cancel-service",
                false,
                (plan, work) -> plan.cancelService(service, work.today(), reason));
    }

    private PlannedService serviceStep(
            ServiceId serviceId,
            String action,
            boolean providerMay,
            BiFunction<ReintegrationPlan, Engine.Work, ReintegrationPlan> rule) {
        Checks.required(serviceId, "serviceId");
        return engine.command(actor, action, work -> {
            ReintegrationPlan plan = findPlanOf(serviceId);
            PlannedService before = plan.service(serviceId).orElseThrow();
            work.open(plan.beneficiary());
            if (!providerMay
                    || !(actor.jurisdiction() instanceof Jurisdiction.Partner p)
                    || !p.organisation().equals(before.provider())) {
                requireGovernmentUnit(work, serviceId.toString());
            }
            ReintegrationPlan saved = save(work, plan, rule.apply(current(work, plan), work));
            PlannedService after = saved.service(serviceId).orElseThrow();
            work.audit(
                    RecordType.REINTEGRATION_PLAN,
                    saved.id(),
                    plan.version(),
                    saved.version(),
                    "service " + after.type() + " " + before.status() + " -> " + after.status() + ended(plan, saved));
            work.emit(new ServiceStatusChanged(
                    plan.beneficiary(), after.id(), after.type(), after.status(), work.now, actor.id()));
            return after;
        });
    }

    @Override
    public PlannedService refer(ServiceId service, OrganisationId partner) {
        return refer(service, partner, null);
    }

    @Override
    public PlannedService referWithOverride(ServiceId service, OrganisationId partner, String overrideReason) {
        return refer(service, partner, overrideReason == null ? "" : overrideReason);
    }

    private PlannedService refer(ServiceId serviceId, OrganisationId partner, String overrideReason) {
        Checks.required(serviceId, "serviceId");
        Checks.required(partner, "partner");
        return engine.command(actor, "plan.refer", work -> {
            ReintegrationPlan plan = findPlanOf(serviceId);
            Beneficiary b = work.open(plan.beneficiary());
            requireGovernmentUnit(work, serviceId.toString());
            String override = "";
            if (!b.hasConsent(ConsentPurpose.DISCLOSURE_TO_PARTNERS, work.today())) {
                if (overrideReason == null) {
                    throw ReintegrationError.REFERRAL_CONSENT.violation(
                            "the beneficiary's consent to disclosure to partners is not on file; record it, or have a supervisor refer with an override reason");
                }
                if (actor.role() != Role.SUPERVISOR || overrideReason.isBlank()) {
                    throw ReintegrationError.REFERRAL_CONSENT.violation(
                            "without consent to disclosure only a supervisor may refer, and must give the reason");
                }
                override = overrideReason.strip();
            }
            Referral referral = Referral.send(partner, work.today(), actor.id(), override);
            ReintegrationPlan saved = save(work, plan, current(work, plan).refer(serviceId, referral));
            PlannedService after = saved.service(serviceId).orElseThrow();
            work.audit(
                    RecordType.REINTEGRATION_PLAN,
                    saved.id(),
                    plan.version(),
                    saved.version(),
                    "service " + after.type() + " referred to " + partner
                            + (referral.consentOverridden() ? ", without consent: " + override : ", consent on file")
                            + ", open until " + referral.expiresOn(engine.referralPeriod) + ended(plan, saved));
            work.emit(new ServiceReferred(
                    b.id(), serviceId, partner, referral.consentOverridden(), work.now, actor.id()));
            return after;
        });
    }

    @Override
    public PlannedService acceptReferral(ServiceId service) {
        return answer(
                service,
                "plan.accept-referral",
                (plan, work) -> plan.acceptReferral(service, work.today(), actor.id()));
    }

    @Override
    public PlannedService rejectReferral(ServiceId service, String reason) {
        return answer(
                service,
                "plan.reject-referral",
                (plan, work) -> plan.rejectReferral(service, work.today(), actor.id(), reason));
    }

    @Override
    public PlannedService withdrawReferral(ServiceId serviceId, String reason) {
        Checks.required(serviceId, "serviceId");
        String why = Checks.requiredText(reason, "reason", id.pulih.shared.TextLimit.REASON);
        return engine.command(actor, "plan.withdraw-referral", work -> {
            ReintegrationPlan plan = findPlanOf(serviceId);
            work.open(plan.beneficiary());
            Referral referral = plan.service(serviceId).orElseThrow().latestReferral();
            if (!(actor.jurisdiction() instanceof Jurisdiction.Partner p
                    && p.organisation().equals(referral.to()))) {
                requireGovernmentUnit(work, serviceId.toString());
            }
            ReintegrationPlan saved =
                    save(work, plan, current(work, plan).withdrawReferral(serviceId, work.today(), why));
            work.audit(
                    RecordType.REINTEGRATION_PLAN,
                    saved.id(),
                    plan.version(),
                    saved.version(),
                    "withdrawn: " + why + ended(plan, saved));
            return saved.service(serviceId).orElseThrow();
        });
    }

    private PlannedService answer(
            ServiceId serviceId, String action, BiFunction<ReintegrationPlan, Engine.Work, ReintegrationPlan> rule) {
        Checks.required(serviceId, "serviceId");
        return engine.command(actor, action, work -> {
            ReintegrationPlan plan = findPlanOf(serviceId);
            work.open(plan.beneficiary());
            Referral referral = plan.service(serviceId).orElseThrow().latestReferral();
            boolean addressee = actor.jurisdiction() instanceof Jurisdiction.National
                    || (actor.jurisdiction() instanceof Jurisdiction.Partner p
                            && p.organisation().equals(referral.to()));
            if (!addressee) {
                throw new AccessDeniedException(
                        ReintegrationError.REFERRAL_ADDRESSEE, actor.id(), action, serviceId.toString(), referral.to());
            }
            ReintegrationPlan saved = save(work, plan, rule.apply(current(work, plan), work));
            PlannedService after = saved.service(serviceId).orElseThrow();
            ReferralStatus answer = after.latestReferral().status();
            work.audit(
                    RecordType.REINTEGRATION_PLAN,
                    saved.id(),
                    plan.version(),
                    saved.version(),
                    "referral of " + after.type() + " to " + referral.to() + " " + answer + ended(plan, saved));
            work.emit(new ReferralAnswered(plan.beneficiary(), serviceId, referral.to(), answer, work.now, actor.id()));
            return after;
        });
    }

    @Override
    public FollowUp recordVisit(FollowUpId followUpId, VisitForm form) {
        Checks.required(followUpId, "followUpId");
        engine.forms.validate(form);
        return engine.command(actor, "followup.visit", work -> {
            FollowUp followUp = engine.store
                    .followUps()
                    .find(followUpId)
                    .orElseThrow(() -> new NotFoundException(RecordType.FOLLOW_UP, followUpId));
            work.open(followUp.beneficiary());
            ReintegrationPlan plan = findPlan(followUp.plan());
            if (form.visitedOn().isBefore(plan.createdOn())) {
                throw ReintegrationError.FOLLOWUP_BEFORE_PLAN.violation(form.visitedOn(), plan.createdOn());
            }
            FollowUp saved = engine.store
                    .followUps()
                    .save(followUp.recordVisit(form.visitedOn(), form.observed(), form.notes(), actor.id(), POLICY));
            RiskScore score = saved.riskScore().orElseThrow();
            work.audit(
                    RecordType.FOLLOW_UP,
                    saved.id(),
                    followUp.version(),
                    saved.version(),
                    "visited on " + form.visitedOn() + ", risk " + score.explanation());
            work.emit(new FollowUpRecorded(
                    saved.beneficiary(), saved.id(), score.level(), score.total(), work.now, actor.id()));
            return saved;
        });
    }

    @Override
    public ReintegrationPlan closePlan(PlanId planId, String reason) {
        Checks.required(planId, "planId");
        return engine.command(actor, "plan.close", work -> {
            work.requireSupervisor();
            ReintegrationPlan plan = findPlan(planId);
            work.open(plan.beneficiary());
            requireGovernmentUnit(work, planId.toString());
            ClosedPlan closed = closePlan(engine, work, plan, reason);
            work.audit(
                    RecordType.REINTEGRATION_PLAN,
                    closed.plan().id(),
                    plan.version(),
                    closed.plan().version(),
                    closed.summary() + ": " + closed.plan().closeReason());
            return closed.plan();
        });
    }

    @Override
    public Optional<ReintegrationPlan> plan(BeneficiaryId beneficiary) {
        Checks.required(beneficiary, "beneficiaryId");
        return engine.query(actor, "plan.read", work -> {
            Beneficiary b = work.open(beneficiary);
            return work.caseRecord(b, engine.store.reintegrationPlans()::findActive);
        });
    }

    @Override
    public List<FollowUp> followUps(BeneficiaryId beneficiary) {
        Checks.required(beneficiary, "beneficiaryId");
        return engine.query(actor, "followup.read", work -> {
            Beneficiary b = work.open(beneficiary);
            return work.caseRecords(b, engine.store.followUps()::forBeneficiary, Comparator.comparing(FollowUp::dueOn));
        });
    }

    @Override
    public List<DueFollowUp> followUpsDue() {
        return engine.query(actor, "followup.due", work -> {
            LocalDate today = work.today();
            Map<BeneficiaryId, CaseRisk> riskOfCase = new HashMap<>();
            List<DueFollowUp> due = new ArrayList<>();
            List<FollowUp> open = new ArrayList<>();
            for (FollowUp f : engine.store.followUps().scheduledUntil(today.plusDays(UPCOMING_DAYS))) {
                // a visit the beneficiary is not to be contacted for is no one's to-do
                if (!f.noContact() && work.resolve(f.beneficiary()).status() != CaseStatus.CLOSED) {
                    open.add(f);
                }
            }
            for (FollowUp f : work.readable(open, FollowUp::beneficiary)) {
                Beneficiary b = work.resolve(f.beneficiary());
                CaseRisk r = riskOfCase.computeIfAbsent(b.id(), id -> risk(work, b));
                due.add(new DueFollowUp(f, f.isOverdueOn(today), r.risk(), r.basis(), r.underReview()));
            }
            due.sort(Comparator.comparingInt((DueFollowUp d) -> d.risk().total())
                    .reversed()
                    .thenComparing(DueFollowUp::dueOn));
            return due;
        });
    }

    /** A plan closed within a command, with what ended with it: its follow-ups cancelled and referrals ended. */
    record ClosedPlan(ReintegrationPlan plan, int followUpsCancelled, List<String> referralsEnded) {
        /** For an audit summary: {@code plan closed on D, N follow-up(s) cancelled, referral of T to P WITHDRAWN}. */
        String summary() {
            StringBuilder text = new StringBuilder("plan closed on ")
                    .append(plan.closedOn().orElseThrow())
                    .append(", ")
                    .append(followUpsCancelled)
                    .append(" follow-up(s) cancelled");
            referralsEnded.forEach(r -> text.append(", ").append(r));
            return text.toString();
        }
    }

    /**
     * Closes a plan within a running command: the plan (its open referrals WITHDRAWN), its SCHEDULED follow-ups
     * CANCELLED, and a {@link PlanClosed} event; the caller writes the one audit entry. The one way a plan closes,
     * for {@code plan.close} and for closing the case.
     */
    static ClosedPlan closePlan(Engine engine, Engine.Work work, ReintegrationPlan plan, String reason) {
        ReintegrationPlan saved = save(
                engine,
                work,
                plan,
                plan.expireReferrals(work.today(), engine.referralPeriod).close(work.today(), reason));
        int dropped = 0;
        for (FollowUp f : engine.store.followUps().forBeneficiary(plan.beneficiary())) {
            if (f.plan().equals(plan.id()) && f.status() == FollowUpStatus.SCHEDULED) {
                engine.store.followUps().save(f.cancel());
                dropped++;
            }
        }
        work.emit(new PlanClosed(plan.beneficiary(), saved.id(), saved.closeReason(), work.now, work.actorId()));
        return new ClosedPlan(saved, dropped, saved.referralsEndedSince(plan));
    }

    /** The plan as it stands today: the referrals whose period passed recorded EXPIRED (not saved yet). */
    private ReintegrationPlan current(Engine.Work work, ReintegrationPlan plan) {
        return plan.expireReferrals(work.today(), engine.referralPeriod);
    }

    private ReintegrationPlan save(Engine.Work work, ReintegrationPlan stored, ReintegrationPlan changed) {
        return save(engine, work, stored, changed);
    }

    /** Saves a changed plan and emits a {@link ReferralAnswered} for every referral that ended with the change. */
    static ReintegrationPlan save(
            Engine engine, Engine.Work work, ReintegrationPlan stored, ReintegrationPlan changed) {
        ReintegrationPlan saved = engine.store.reintegrationPlans().save(changed);
        for (PlannedService s : saved.services()) {
            Optional<Referral> was = stored.service(s.id()).flatMap(PlannedService::openReferral);
            if (was.isPresent() && s.openReferral().isEmpty()) {
                Referral now = s.referrals()
                        .get(stored.service(s.id()).orElseThrow().referrals().size() - 1);
                work.emit(new ReferralAnswered(
                        saved.beneficiary(), s.id(), now.to(), now.status(), work.now, work.actorId()));
            }
        }
        return saved;
    }

    /** For an audit summary: {@code "; ended: referral of T to P EXPIRED, ..."}, or empty. */
    static String ended(ReintegrationPlan stored, ReintegrationPlan saved) {
        List<String> ended = saved.referralsEndedSince(stored);
        return ended.isEmpty() ? "" : "; ended: " + String.join(", ", ended);
    }

    /** Partner organisations answer referrals and deliver their services; plans are the government units' work. */
    private void requireGovernmentUnit(Engine.Work work, String recordId) {
        if (actor.jurisdiction() instanceof Jurisdiction.Partner p) {
            throw new AccessDeniedException(AccessError.PARTNER, actor.id(), work.action, recordId, p.organisation());
        }
    }

    private ReintegrationPlan findPlan(PlanId id) {
        return engine.store
                .reintegrationPlans()
                .find(id)
                .orElseThrow(() -> new NotFoundException(RecordType.REINTEGRATION_PLAN, id));
    }

    private ReintegrationPlan findPlanOf(ServiceId id) {
        return engine.store
                .reintegrationPlans()
                .findByService(id)
                .orElseThrow(() -> new NotFoundException(RecordType.SERVICE, id));
    }

    /** A case's current risk, and what it was computed from. */
    private record CaseRisk(RiskScore risk, RiskBasis basis, boolean underReview) {}

    /** The current risk of a case, from its latest visit, else its latest assessment. */
    private CaseRisk risk(Engine.Work work, Beneficiary b) {
        FollowUp latest = null;
        for (BeneficiaryId id : work.caseIds(b)) {
            for (FollowUp f : engine.store.followUps().forBeneficiary(id)) {
                if (f.status() == FollowUpStatus.VISITED
                        && (latest == null
                                || f.visit()
                                        .orElseThrow()
                                        .isAfter(latest.visit().orElseThrow()))) {
                    latest = f;
                }
            }
        }
        if (latest != null) {
            List<RiskReview> reviews = engine.store.privacy().riskReviews().forFollowUp(latest.id());
            boolean underReview =
                    !reviews.isEmpty() && reviews.get(reviews.size() - 1).underReview();
            return new CaseRisk(latest.riskScore().orElseThrow(), RiskBasis.LATEST_VISIT, underReview);
        }
        return b.latestAssessment()
                .map(a -> new CaseRisk(POLICY.score(a.risks()), RiskBasis.LATEST_ASSESSMENT, false))
                .orElseGet(() -> new CaseRisk(POLICY.score(Set.of()), RiskBasis.NOTHING_OBSERVED, false));
    }
}
