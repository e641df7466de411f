package id.pulih.internal;

import id.pulih.Privacy;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessError;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.audit.AccessLogEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.Person;
import id.pulih.grant.Award;
import id.pulih.grant.Payment;
import id.pulih.grant.Proposal;
import id.pulih.guidance.Enrolment;
import id.pulih.internal.util.Checks;
import id.pulih.privacy.Identifiers;
import id.pulih.privacy.SubjectRecord;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.repatriation.Repatriation;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shelter.Stay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The {@link Privacy} service: the person's whole record. */
final class PrivacyService implements Privacy {
    private final Engine engine;
    private final Actor actor;

    PrivacyService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
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
