package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.Nullable;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shared.ServiceId;
import id.pulih.shared.TextLimit;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One service of a reintegration plan: what (a {@link ServiceType} classified by an {@link AtensiComponent}), who
 * provides it, by when, at what cost, where it stands, and the referrals made for it (oldest first; at most the
 * latest one is open).
 *
 * <p>Instances are immutable; the plan moves its services and saves itself.
 */
public final class PlannedService {
    private final ServiceId id;
    private final ServiceType type;
    private final AtensiComponent component;
    private final String detail;
    private final OrganisationId provider;
    private final LocalDate dueOn;
    private final Rupiah cost;
    private final ServiceStatus status;
    private final LocalDate deliveredOn;
    private final String cancelReason;
    private final List<Referral> referrals;

    /**
     * Rebuilds a planned service from storage, checking every part. Use {@link #plan} for a new one.
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
    public PlannedService(
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
        this.id = Checks.required(id, "serviceId");
        this.type = Checks.required(type, "service.type");
        this.component = Checks.required(component, "service.component");
        this.detail = Checks.optionalText(detail, "detail", TextLimit.DETAIL);
        this.provider = Checks.required(provider, "service.provider");
        this.dueOn = Checks.required(dueOn, "service.dueOn");
        this.cost = Checks.required(cost, "service.cost");
        this.status = Checks.required(status, "service.status");
        this.cancelReason = Checks.optionalText(cancelReason, "reason", TextLimit.REASON);
        this.referrals = List.copyOf(Checks.required(referrals, "referrals"));
        if ((status == ServiceStatus.DELIVERED) != (deliveredOn != null)) {
            throw ReintegrationError.SERVICE_DELIVERY.violation();
        }
        if (!status.open() && !this.referrals.isEmpty() && latestReferral().isOpen()) {
            throw ReintegrationError.PLAN_OPEN_REFERRALS.violation(
                    "a " + status + " service has no open referral; its referral ends with it");
        }
        for (int i = 0; i < this.referrals.size() - 1; i++) {
            if (this.referrals.get(i).isOpen()) {
                throw ReintegrationError.REFERRAL_OPEN_EXISTS.violation(
                        "only the latest referral of a service may be open");
            }
        }
        this.deliveredOn = deliveredOn;
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

    /**
     * Delivers the service; its open referral ends with it: COMPLETED when the partner had accepted it, WITHDRAWN when
     * it was still pending (another provider delivered).
     */
    PlannedService deliver(LocalDate on) {
        Checks.required(on, "deliveredOn");
        status.requireMoveTo(ServiceStatus.DELIVERED);
        List<Referral> ended = referrals;
        Optional<Referral> open = openReferral();
        if (open.isPresent()) {
            Referral r = open.get();
            ended = replaceLatest(
                    r.status() == ReferralStatus.ACCEPTED
                            ? r.complete(on, "service delivered on " + on)
                            : r.withdraw(on, "service delivered on " + on + " before the partner answered"));
        }
        return with(ServiceStatus.DELIVERED, on, "", provider, ended);
    }

    /** Cancels the service; its open referral is WITHDRAWN on {@code on}. */
    PlannedService cancel(@Nullable LocalDate on, String reason) {
        String why = Checks.requiredText(reason, "reason", TextLimit.REASON);
        status.requireMoveTo(ServiceStatus.CANCELLED);
        List<Referral> ended = referrals;
        if (openReferral().isPresent()) {
            if (on == null) {
                throw ReintegrationError.PLAN_OPEN_REFERRALS.violation("the service is referred to "
                        + openReferral().get().to() + "; cancel it with a date, which ends the referral");
            }
            ended = replaceLatest(openReferral().get().withdraw(on, "service cancelled: " + why));
        }
        return with(ServiceStatus.CANCELLED, null, why, provider, ended);
    }

    /** Withdraws the open referral, if any; the service itself stays as it is. */
    PlannedService withdrawReferral(LocalDate on, String why) {
        Optional<Referral> open = openReferral();
        if (open.isEmpty()) {
            return this;
        }
        return with(
                status,
                deliveredOn,
                cancelReason,
                provider,
                replaceLatest(open.get().withdraw(on, why)));
    }

    /** Records EXPIRED on the open referral whose period passed by {@code today}, if any. */
    PlannedService expireReferral(LocalDate today, Period period) {
        Optional<Referral> open = openReferral();
        if (open.isEmpty() || !open.get().isExpiredOn(today, period)) {
            return this;
        }
        return with(
                status,
                deliveredOn,
                cancelReason,
                provider,
                replaceLatest(open.get().expire(today, period)));
    }

    PlannedService refer(Referral referral) {
        if (!status.open()) {
            throw ReintegrationError.REFERRAL_SERVICE_STATUS.violation(status);
        }
        if (openReferral().isPresent()) {
            throw ReintegrationError.REFERRAL_OPEN_EXISTS.violation("the service is already referred to "
                    + openReferral().get().to() + "; a second referral waits until that one is rejected or has ended");
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
     * The open referral (pending or accepted), whether or not its period has passed.
     *
     * @return it, or empty
     */
    public Optional<Referral> openReferral() {
        return referrals.isEmpty() || !latestReferral().isOpen() ? Optional.empty() : Optional.of(latestReferral());
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public ServiceId id() {
        return id;
    }

    /**
     * The service.
     *
     * @return the type
     */
    public ServiceType type() {
        return type;
    }

    /**
     * The ATENSI component the service is classified by.
     *
     * @return the component
     */
    public AtensiComponent component() {
        return component;
    }

    /**
     * A detail of the service.
     *
     * @return the detail, without personal identifiers; may be empty
     */
    public String detail() {
        return detail;
    }

    /**
     * The organisation that provides it (the partner, once a referral is accepted).
     *
     * @return the provider
     */
    public OrganisationId provider() {
        return provider;
    }

    /**
     * When it should be delivered.
     *
     * @return the date
     */
    public LocalDate dueOn() {
        return dueOn;
    }

    /**
     * The planned cost.
     *
     * @return the cost
     */
    public Rupiah cost() {
        return cost;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public ServiceStatus status() {
        return status;
    }

    /**
     * Why it was cancelled.
     *
     * @return the reason, empty unless cancelled
     */
    public String cancelReason() {
        return cancelReason;
    }

    /**
     * The referrals made for it.
     *
     * @return the referrals, oldest first; unmodifiable
     */
    public List<Referral> referrals() {
        return referrals;
    }

    /**
     * When it was delivered.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> delivery() {
        return Optional.ofNullable(deliveredOn);
    }

    /** The one copy-on-change: a move changes the status, its date or reason, the provider and the referrals. */
    private PlannedService with(
            ServiceStatus newStatus,
            @Nullable LocalDate delivered,
            String cancelled,
            OrganisationId newProvider,
            List<Referral> newReferrals) {
        return new PlannedService(
                id, type, component, detail, newProvider, dueOn, cost, newStatus, delivered, cancelled, newReferrals);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PlannedService other)) {
            return false;
        }
        return id.equals(other.id)
                && type == other.type
                && component == other.component
                && detail.equals(other.detail)
                && provider.equals(other.provider)
                && dueOn.equals(other.dueOn)
                && cost.equals(other.cost)
                && status == other.status
                && Objects.equals(deliveredOn, other.deliveredOn)
                && cancelReason.equals(other.cancelReason)
                && referrals.equals(other.referrals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status);
    }

    /** Shows the id, the type, the provider and the status. */
    @Override
    public String toString() {
        return "PlannedService[" + id + ", " + type + ", by " + provider + ", " + status + "]";
    }
}
