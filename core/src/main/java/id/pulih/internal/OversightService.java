package id.pulih.internal;

import id.pulih.Oversight;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessError;
import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrantId;
import id.pulih.access.AccessGranted;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.grant.Payment;
import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import id.pulih.shared.AwardId;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PlanId;
import id.pulih.shared.ProposalId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RepatriationId;
import id.pulih.shared.ServiceId;
import id.pulih.shared.StayId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@link Oversight} service. */
final class OversightService implements Oversight {
    private final Engine engine;
    private final Actor actor;

    OversightService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
    }

    @Override
    public AccessGrant breakGlass(BeneficiaryId beneficiary, String reason, Duration duration) {
        Checks.required(beneficiary, "beneficiaryId");
        Checks.required(duration, "duration");
        return engine.command(actor, "access.break-glass", work -> {
            if (actor.jurisdiction().kind() == Jurisdiction.Kind.PARTNER) {
                // the same answer whether the case exists or not; an attempt on one that does is in the access log
                engine.store.beneficiaries().find(beneficiary).ifPresent(b -> work.denied = b.id());
                throw new AccessDeniedException(
                        AccessError.GRANT_PARTNER,
                        actor.id(),
                        work.action,
                        beneficiary.toString(),
                        actor.jurisdiction().reference().orElse("-"));
            }
            Beneficiary b = work.resolve(beneficiary);
            AccessGrant grant = new AccessGrant(
                    AccessGrantId.next(), actor.id(), b.id(), reason, work.now, work.now.plus(duration));
            engine.store.accessGrants().add(grant);
            engine.store
                    .accessLog()
                    .append(new AccessLogEntry(
                            Uuid7.next(engine.clock),
                            work.now,
                            actor.id(),
                            b.id(),
                            work.action,
                            AccessOutcome.BREAK_GLASS));
            work.audit(
                    RecordType.BENEFICIARY,
                    b.id(),
                    b.version(),
                    b.version(),
                    "break-the-glass until " + grant.expiresAt());
            work.emit(AccessGranted.of(grant, work.now, actor.id()));
            return grant;
        });
    }

    @Override
    public AccessGrant renewGrant(AccessGrantId grant, String reason, Duration duration) {
        Checks.required(grant, "grantId");
        Checks.required(duration, "duration");
        return engine.command(actor, "access.renew-grant", work -> {
            work.requireSupervisor();
            AccessGrant renewing = engine.store
                    .accessGrants()
                    .find(grant)
                    .orElseThrow(() -> new NotFoundException(RecordType.ACCESS_GRANT, grant));
            if (renewing.actorId().equals(actor.id())) {
                throw new AccessDeniedException(AccessError.GRANT_RENEWAL, actor.id(), work.action, grant.toString());
            }
            Beneficiary b = work.resolve(renewing.beneficiary());
            work.requireJurisdiction(b);
            // the renewal follows the holder's latest grant for the case, so that renewing never stacks grants
            Instant latest = renewing.expiresAt();
            for (AccessGrant other : engine.store.accessGrants().forBeneficiary(b.id())) {
                if (other.actorId().equals(renewing.actorId())
                        && other.expiresAt().isAfter(latest)) {
                    latest = other.expiresAt();
                }
            }
            Instant from = latest.isAfter(work.now) ? latest : work.now;
            AccessGrant renewed = new AccessGrant(
                    AccessGrantId.next(), renewing.actorId(), b.id(), reason, from, from.plus(duration), actor.id());
            engine.store.accessGrants().add(renewed);
            work.audit(
                    RecordType.BENEFICIARY,
                    b.id(),
                    b.version(),
                    b.version(),
                    "break-the-glass grant of " + renewed.actorId() + " renewed from " + renewed.grantedAt() + " until "
                            + renewed.expiresAt());
            work.emit(AccessGranted.of(renewed, work.now, actor.id()));
            return renewed;
        });
    }

    @Override
    public List<AccessGrant> grants(Instant since) {
        Checks.required(since, "since");
        return engine.query(actor, "access-grant.list", work -> {
            requireOverseer(work.action);
            return work.readable(engine.store.accessGrants().since(since), AccessGrant::beneficiary);
        });
    }

    @Override
    public BeneficiaryId resolveReference(String reference) {
        UUID id = Ids.parse(reference, "reference");
        return engine.query(actor, "reference.resolve", work -> {
            work.throughRestriction();
            if (actor.jurisdiction().kind() != Jurisdiction.Kind.NATIONAL) {
                throw new AccessDeniedException(
                        AccessError.REFERENCE_NATIONAL,
                        actor.id(),
                        work.action,
                        "-",
                        Engine.describe(actor.jurisdiction()));
            }
            AccessLogEntry refusal = engine.store
                    .accessLog()
                    .find(id)
                    .filter(e -> e.outcome() == AccessOutcome.DENIED)
                    .orElseThrow(() -> new NotFoundException(RecordType.ACCESS_REFERENCE, id));
            return work.open(refusal.beneficiary()).id();
        });
    }

    @Override
    public List<AuditEntry> auditTrail(String recordType, String recordId) {
        String type = Checks.requiredText(recordType, "recordType");
        String id = Checks.requiredText(recordId, "recordId");
        return engine.query(actor, "audit.read", work -> {
            work.throughRestriction();
            requireOverseer(work.action);
            casesOf(type, id).stream().distinct().forEach(work::open);
            return engine.store.auditTrail().forRecord(type, id);
        });
    }

    @Override
    public List<AccessLogEntry> accessLog(BeneficiaryId beneficiary) {
        Checks.required(beneficiary, "beneficiaryId");
        return engine.query(actor, "access-log.read", work -> {
            work.throughRestriction();
            requireOverseer(work.action);
            Beneficiary b = work.open(beneficiary);
            return engine.store.accessLog().forBeneficiary(b.id());
        });
    }

    private void requireOverseer(String action) {
        if (actor.role() != Role.SUPERVISOR && actor.role() != Role.AUDITOR) {
            throw new AccessDeniedException(
                    AccessError.ROLE, actor.id(), action, "-", "only supervisors and auditors read the trails");
        }
    }

    /**
     * The cases whose data a record's trail tells of: reading it needs access to each, as reading the record does. A
     * record of no case (a shelter, a programme, a scheme, an import) needs none.
     */
    private List<BeneficiaryId> casesOf(String label, String id) {
        RecordType type = Arrays.stream(RecordType.values())
                .filter(t -> t.label().equals(label))
                .findFirst()
                .orElse(RecordType.RECORD);
        return switch (type) {
            case BENEFICIARY -> List.of(BeneficiaryId.parse(id));
            case STAY ->
                List.of(found(type, id, engine.store.stays().find(StayId.parse(id)))
                        .beneficiary());
            case REPATRIATION ->
                List.of(found(type, id, engine.store.repatriations().find(RepatriationId.parse(id)))
                        .beneficiary());
            case ENROLMENT ->
                List.of(found(type, id, engine.store.enrolments().find(EnrolmentId.parse(id)))
                        .beneficiary());
            case AWARD ->
                List.of(found(type, id, engine.store.awards().find(AwardId.parse(id)))
                        .beneficiary());
            case PAYMENT ->
                List.of(found(type, id, engine.store.payments().find(PaymentId.parse(id)))
                        .beneficiary());
            case PROPOSAL ->
                List.of(found(type, id, engine.store.proposals().find(ProposalId.parse(id)))
                        .beneficiary());
            case REINTEGRATION_PLAN ->
                List.of(found(type, id, engine.store.reintegrationPlans().find(PlanId.parse(id)))
                        .beneficiary());
            case SERVICE ->
                List.of(found(type, id, engine.store.reintegrationPlans().findByService(ServiceId.parse(id)))
                        .beneficiary());
            case FOLLOW_UP ->
                List.of(found(type, id, engine.store.followUps().find(FollowUpId.parse(id)))
                        .beneficiary());
            case POTENTIAL_DUPLICATE -> {
                PotentialDuplicate d =
                        found(type, id, engine.store.potentialDuplicates().find(DuplicateId.parse(id)));
                yield List.of(d.registered(), d.existing());
            }
            case PAYMENT_BATCH -> {
                found(type, id, engine.store.paymentBatches().find(BatchId.parse(id)));
                yield engine.store.payments().forBatch(BatchId.parse(id)).stream()
                        .map(Payment::beneficiary)
                        .toList();
            }
            default -> List.of();
        };
    }

    private static <T> T found(RecordType type, String id, Optional<T> record) {
        return record.orElseThrow(() -> new NotFoundException(type, id));
    }
}
