package id.pulih.internal;

import id.pulih.Oversight;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessError;
import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrantId;
import id.pulih.access.Actor;
import id.pulih.access.Role;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Uuid7;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RecordType;
import java.time.Duration;
import java.util.List;

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
            return grant;
        });
    }

    @Override
    public List<AuditEntry> auditTrail(String recordType, String recordId) {
        String type = Checks.requiredText(recordType, "recordType");
        String id = Checks.requiredText(recordId, "recordId");
        return engine.query(actor, "audit.read", work -> {
            requireOverseer(work.action);
            if (type.equals("beneficiary")) {
                work.open(BeneficiaryId.parse(id));
            }
            return engine.store.auditTrail().forRecord(type, id);
        });
    }

    @Override
    public List<AccessLogEntry> accessLog(BeneficiaryId beneficiary) {
        Checks.required(beneficiary, "beneficiaryId");
        return engine.query(actor, "access-log.read", work -> {
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
}
