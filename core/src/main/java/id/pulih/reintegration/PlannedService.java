package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.Nullable;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shared.ServiceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One service of a reintegration plan: what (a {@link ServiceType} classified by an {@link AtensiComponent}), who
 * provides it, by when, at what cost, where it stands, and the referrals made for it (oldest first; at most the
 * latest one is open).
 *
 * @param id the identifier
 * @param type the service
 * @param component the ATENSI component it is classified by
 * @param detail a detail without personal identifiers, may be empty
 * @param provider the organisation that provides it
 * @param dueOn when it should be delivered
 * @param cost the planned cost
 * @param status the status
 * @param deliveredOn when it was delivered, or null
 * @param cancelReason why it was cancelled, or empty
 * @param referrals the referrals, oldest first
 */
public record PlannedService(
        ServiceId id,
        ServiceType type,
        AtensiComponent component,
        String detail,
        OrganisationId provider,
        LocalDate dueOn,
        Rupiah cost,
        ServiceStatus status,
        @Nullable LocalDate deliveredOn,
        String cancelReason,
        List<Referral> referrals) {
    /**
     * Checks and copies.
     *
     * @param id the id
     * @param type the service
     * @param component the component
     * @param detail the detail
     * @param provider the provider
     * @param dueOn the due date
     * @param cost the cost
     * @param status the status
     * @param deliveredOn the delivery date
     * @param cancelReason the cancel reason
     * @param referrals the referrals
     */
    public PlannedService {
        Checks.required(id, "serviceId");
        Checks.required(type, "service.type");
        Checks.required(component, "service.component");
        detail = detail == null ? "" : detail.strip();
        Checks.required(provider, "service.provider");
        Checks.required(dueOn, "service.dueOn");
        Checks.required(cost, "service.cost");
        Checks.required(status, "service.status");
        cancelReason = cancelReason == null ? "" : cancelReason.strip();
        referrals = List.copyOf(Checks.required(referrals, "referrals"));
        if ((status == ServiceStatus.DELIVERED) != (deliveredOn != null)) {
            throw ReintegrationError.SERVICE_DELIVERY.violation();
        }
        for (int i = 0; i < referrals.size() - 1; i++) {
            if (referrals.get(i).isOpen()) {
                throw ReintegrationError.REFERRAL_OPEN_EXISTS.violation(
                        "only the latest referral of a service may be open");
            }
        }
    }

    /**
     * A new planned service.
     *
     * @param type the service
     * @param component the component, or null for the type's default
     * @param detail a detail, may be null
     * @param provider the provider
     * @param dueOn the due date
     * @param cost the cost
     * @return the service, PLANNED
     */
    public static PlannedService plan(
            ServiceType type,
            @Nullable AtensiComponent component,
            @Nullable String detail,
            OrganisationId provider,
            LocalDate dueOn,
            Rupiah cost) {
        Checks.required(type, "service.type");
        return new PlannedService(
                ServiceId.next(),
                type,
                component == null ? type.defaultComponent() : component,
                detail,
                provider,
                dueOn,
                cost,
                ServiceStatus.PLANNED,
                null,
                "",
                List.of());
    }

    PlannedService start() {
        status.requireMoveTo(ServiceStatus.IN_PROGRESS);
        return with(ServiceStatus.IN_PROGRESS, null, "", provider, referrals);
    }

    PlannedService deliver(LocalDate on) {
        Checks.required(on, "deliveredOn");
        status.requireMoveTo(ServiceStatus.DELIVERED);
        return with(ServiceStatus.DELIVERED, on, "", provider, referrals);
    }

    PlannedService cancel(String reason) {
        String why = Checks.requiredText(reason, "reason");
        status.requireMoveTo(ServiceStatus.CANCELLED);
        return with(ServiceStatus.CANCELLED, null, why, provider, referrals);
    }

    PlannedService refer(Referral referral) {
        if (!status.open()) {
            throw ReintegrationError.REFERRAL_SERVICE_STATUS.violation(status);
        }
        if (openReferral().isPresent()) {
            throw ReintegrationError.REFERRAL_OPEN_EXISTS.violation("the service is already referred to "
                    + openReferral().get().to() + "; a second referral waits until that one is rejected");
        }
        List<Referral> more = new ArrayList<>(referrals);
        more.add(referral);
        return with(status, deliveredOn, cancelReason, provider, more);
    }

    PlannedService accept(LocalDate on, String by) {
        Referral accepted = latestReferral().accept(on, by);
        return with(status, deliveredOn, cancelReason, accepted.to(), replaceLatest(accepted));
    }

    PlannedService reject(LocalDate on, String by, String reason) {
        Referral rejected = latestReferral().reject(on, by, reason);
        return with(status, deliveredOn, cancelReason, provider, replaceLatest(rejected));
    }

    private List<Referral> replaceLatest(Referral referral) {
        List<Referral> changed = new ArrayList<>(referrals);
        changed.set(changed.size() - 1, referral);
        return changed;
    }

    /**
     * The latest referral, whatever its status.
     *
     * @return the referral
     * @throws RuleViolationException {@code referral.none} when the service was never referred
     */
    public Referral latestReferral() {
        if (referrals.isEmpty()) {
            throw ReintegrationError.REFERRAL_NONE.violation(type);
        }
        return referrals.get(referrals.size() - 1);
    }

    /**
     * The open referral (pending or accepted).
     *
     * @return it, or empty
     */
    public Optional<Referral> openReferral() {
        return referrals.isEmpty() || !latestReferral().isOpen() ? Optional.empty() : Optional.of(latestReferral());
    }

    /**
     * When it was delivered.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> delivery() {
        return Optional.ofNullable(deliveredOn);
    }

    private PlannedService with(
            ServiceStatus newStatus,
            LocalDate delivered,
            String cancelled,
            OrganisationId newProvider,
            List<Referral> newReferrals) {
        return new PlannedService(
                id, type, component, detail, newProvider, dueOn, cost, newStatus, delivered, cancelled, newReferrals);
    }
}
