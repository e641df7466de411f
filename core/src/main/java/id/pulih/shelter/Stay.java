package id.pulih.shelter;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stay of a beneficiary in a shelter, from admission to discharge, with the services delivered meanwhile.
 *
 * <p>A stay is open until it is discharged; a person has at most one open stay (the services check it, and the
 * stores enforce it as a uniqueness rule). A child admitted is flagged for child-protection handling.
 */
public final class Stay implements Versioned<Stay> {
    private final StayId id;
    private final BeneficiaryId beneficiary;
    private final ShelterId shelter;
    private final LocalDate admittedOn;
    private final boolean childProtection;
    private final List<ServiceDelivery> services;
    private final LocalDate dischargedOn;
    private final DischargeReason dischargeReason;
    private final ShelterId transferredTo;
    private final String dischargeNote;
    private final long version;

    /**
     * Rebuilds a stay from storage, checking its invariants.
     *
     * @param id the identifier
     * @param beneficiary who stays
     * @param shelter where
     * @param admittedOn the admission date
     * @param childProtection whether the person was a child at admission
     * @param services the services delivered, in order
     * @param dischargedOn the discharge date, null while open
     * @param dischargeReason why it ended, null while open
     * @param transferredTo the next shelter when transferred, else null
     * @param dischargeNote a note on the discharge, null or empty if none
     * @param version the stored version
     */
    public Stay(
            StayId id,
            BeneficiaryId beneficiary,
            ShelterId shelter,
            LocalDate admittedOn,
            boolean childProtection,
            List<ServiceDelivery> services,
            LocalDate dischargedOn,
            DischargeReason dischargeReason,
            ShelterId transferredTo,
            String dischargeNote,
            long version) {
        this.id = Checks.required(id, "stayId");
        this.beneficiary = Checks.required(beneficiary, "beneficiaryId");
        this.shelter = Checks.required(shelter, "shelterId");
        this.admittedOn = Checks.required(admittedOn, "admittedOn");
        this.childProtection = childProtection;
        this.services = List.copyOf(Checks.required(services, "services"));
        if ((dischargedOn == null) != (dischargeReason == null)) {
            throw ShelterError.STAY_DISCHARGE.violation();
        }
        if (dischargedOn != null && dischargedOn.isBefore(admittedOn)) {
            throw ShelterError.STAY_DISCHARGE_DATE.violation(admittedOn);
        }
        if ((transferredTo != null) != (dischargeReason == DischargeReason.TRANSFERRED)) {
            throw ShelterError.STAY_TRANSFER.violation("");
        }
        this.dischargedOn = dischargedOn;
        this.dischargeReason = dischargeReason;
        this.transferredTo = transferredTo;
        this.dischargeNote = Checks.optionalText(dischargeNote, "note", TextLimit.NOTE);
        this.version = version;
    }

    /**
     * Opens a new stay.
     *
     * @param beneficiary who is admitted
     * @param shelter where
     * @param admittedOn when
     * @param child whether the person is a child (under 18) on that date
     * @return the open stay, at version 0
     */
    public static Stay admit(BeneficiaryId beneficiary, ShelterId shelter, LocalDate admittedOn, boolean child) {
        return new Stay(StayId.next(), beneficiary, shelter, admittedOn, child, List.of(), null, null, null, null, 0);
    }

    /**
     * Records a service delivered during the stay.
     *
     * @param delivery the service
     * @return the stay with the service added
     * @throws RuleViolationException {@code stay.closed} when the stay has ended, {@code stay.service-date} when the
     *     service is dated before the admission
     */
    public Stay record(ServiceDelivery delivery) {
        Checks.required(delivery, "service");
        requireOpen();
        if (delivery.date().isBefore(admittedOn)) {
            throw ShelterError.STAY_SERVICE_DATE.violation(admittedOn);
        }
        List<ServiceDelivery> more = new ArrayList<>(services);
        more.add(delivery);
        return new Stay(id, beneficiary, shelter, admittedOn, childProtection, more, null, null, null, null, version);
    }

    /**
     * Ends the stay.
     *
     * @param on the discharge date, not before the admission
     * @param reason why; {@link DischargeReason#TRANSFERRED} only through {@link #transferTo}
     * @param note a note, may be empty
     * @return the closed stay
     * @throws RuleViolationException {@code stay.closed} when already discharged
     */
    public Stay discharge(LocalDate on, DischargeReason reason, String note) {
        Checks.required(on, "dischargedOn");
        Checks.required(reason, "reason");
        if (reason == DischargeReason.TRANSFERRED) {
            throw ShelterError.STAY_TRANSFER.violation(": use a transfer");
        }
        requireOpen();
        return close(on, reason, null, note);
    }

    /**
     * Ends the stay by a transfer to another shelter.
     *
     * @param target the next shelter, not this one
     * @param on the transfer date
     * @return the closed stay
     */
    public Stay transferTo(ShelterId target, LocalDate on) {
        Checks.required(target, "targetShelter");
        Checks.required(on, "transferredOn");
        requireOpen();
        if (target.equals(shelter)) {
            throw ShelterError.STAY_TRANSFER_SAME.violation();
        }
        return close(on, DischargeReason.TRANSFERRED, target, "");
    }

    private Stay close(LocalDate on, DischargeReason reason, ShelterId target, String note) {
        if (on.isBefore(admittedOn)) {
            throw ShelterError.STAY_DISCHARGE_DATE.violation(admittedOn);
        }
        return new Stay(
                id, beneficiary, shelter, admittedOn, childProtection, services, on, reason, target, note, version);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw ShelterError.STAY_CLOSED.violation(dischargedOn, dischargeReason);
        }
    }

    /**
     * Whether the stay has not been discharged.
     *
     * @return true while open
     */
    public boolean isOpen() {
        return dischargedOn == null;
    }

    /**
     * Whether the person was in the shelter on a date: admitted on or before it and not discharged by it.
     *
     * @param date the date
     * @return true when the stay occupied a bed that day
     */
    public boolean occupiesOn(LocalDate date) {
        return !admittedOn.isAfter(date) && (dischargedOn == null || dischargedOn.isAfter(date));
    }

    /**
     * Length of stay in days, up to the discharge or, while open, up to {@code today}.
     *
     * @param today the current date
     * @return days, at least 0
     */
    public long lengthInDays(LocalDate today) {
        LocalDate end = dischargedOn != null ? dischargedOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(admittedOn, end));
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public StayId id() {
        return id;
    }

    /**
     * Who stays.
     *
     * @return the beneficiary's id
     */
    public BeneficiaryId beneficiary() {
        return beneficiary;
    }

    /**
     * Where.
     *
     * @return the shelter's id
     */
    public ShelterId shelter() {
        return shelter;
    }

    /**
     * When the person was admitted.
     *
     * @return the admission date
     */
    public LocalDate admittedOn() {
        return admittedOn;
    }

    /**
     * Whether the person was a child at admission, to be handled under child protection.
     *
     * @return true for a child
     */
    public boolean childProtection() {
        return childProtection;
    }

    /**
     * The services delivered, in the order recorded.
     *
     * @return an unmodifiable list
     */
    public List<ServiceDelivery> services() {
        return services;
    }

    /**
     * When the stay ended.
     *
     * @return the discharge date, empty while open
     */
    public Optional<LocalDate> dischargedOn() {
        return Optional.ofNullable(dischargedOn);
    }

    /**
     * Why the stay ended.
     *
     * @return the reason, empty while open
     */
    public Optional<DischargeReason> dischargeReason() {
        return Optional.ofNullable(dischargeReason);
    }

    /**
     * The shelter the person was transferred to.
     *
     * @return the next shelter, empty unless transferred
     */
    public Optional<ShelterId> transferredTo() {
        return Optional.ofNullable(transferredTo);
    }

    /**
     * The note on the discharge.
     *
     * @return the note, empty if none
     */
    public String dischargeNote() {
        return dischargeNote;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Stay withVersion(long newVersion) {
        return new Stay(
                id,
                beneficiary,
                shelter,
                admittedOn,
                childProtection,
                services,
                dischargedOn,
                dischargeReason,
                transferredTo,
                dischargeNote,
                newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stay other
                && id.equals(other.id)
                && beneficiary.equals(other.beneficiary)
                && shelter.equals(other.shelter)
                && admittedOn.equals(other.admittedOn)
                && childProtection == other.childProtection
                && services.equals(other.services)
                && Objects.equals(dischargedOn, other.dischargedOn)
                && dischargeReason == other.dischargeReason
                && Objects.equals(transferredTo, other.transferredTo)
                && dischargeNote.equals(other.dischargeNote)
                && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Stay[" + id + ", shelter " + shelter + ", " + admittedOn + " to "
                + (dischargedOn == null ? "open" : dischargedOn + " " + dischargeReason) + ", v" + version + "]";
    }
}
