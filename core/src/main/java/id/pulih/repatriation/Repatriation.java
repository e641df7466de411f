package id.pulih.repatriation;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RepatriationId;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A return (pemulangan) of a beneficiary from a shelter to the area of origin, handed over to the Dinas Sosial
 * there. It moves PLANNED, IN_TRANSIT, HANDED_OVER, or is CANCELLED before handover; handing over also ends the stay
 * and moves the case to REPATRIATED, in the same transaction (the service does it).
 *
 * <p>Instances are immutable: each move returns the changed return, which a service saves.
 */
public final class Repatriation implements Versioned<Repatriation> {
    private final RepatriationId id;
    private final BeneficiaryId beneficiary;
    private final StayId stay;
    private final ShelterId fromShelter;
    private final RegionCode destination;
    private final String destinationReason;
    private final TransportMode transport;
    private final String escort;
    private final String receivingOffice;
    private final LocalDate plannedOn;
    private final RepatriationState state;
    private final LocalDate departedOn;
    private final LocalDate handedOverOn;
    private final String receivedBy;
    private final String cancelReason;
    private final long version;

    /**
     * Rebuilds a return from storage, checking every part. Use {@link #plan} for a new one.
     *
     * @param id the id
     * @param beneficiary who
     * @param stay the stay
     * @param fromShelter from where
     * @param destination to where
     * @param destinationReason why elsewhere
     * @param transport how
     * @param escort the escort
     * @param receivingOffice the receiving office
     * @param plannedOn when planned
     * @param state the state
     * @param departedOn when departed, or null
     * @param handedOverOn when handed over, or null
     * @param receivedBy the receiver
     * @param cancelReason why cancelled
     * @param version the version
     */
    public Repatriation(
            RepatriationId id,
            BeneficiaryId beneficiary,
            StayId stay,
            ShelterId fromShelter,
            RegionCode destination,
            String destinationReason,
            TransportMode transport,
            String escort,
            String receivingOffice,
            LocalDate plannedOn,
            RepatriationState state,
            @Nullable LocalDate departedOn,
            @Nullable LocalDate handedOverOn,
            String receivedBy,
            String cancelReason,
            long version) {
        this.id = Checks.required(id, "repatriationId");
        this.beneficiary = Checks.required(beneficiary, "beneficiary");
        this.stay = Checks.required(stay, "stay");
        this.fromShelter = Checks.required(fromShelter, "fromShelter");
        this.destination = Checks.required(destination, "destination");
        this.destinationReason = Checks.optionalText(destinationReason, "destinationReason", TextLimit.REASON);
        this.transport = Checks.required(transport, "transport");
        this.escort = Checks.requiredText(escort, "escort", TextLimit.NAME);
        this.receivingOffice = Checks.requiredText(receivingOffice, "receivingOffice", TextLimit.NAME);
        this.plannedOn = Checks.required(plannedOn, "plannedOn");
        this.state = Checks.required(state, "state");
        this.receivedBy = Checks.optionalText(receivedBy, "receivedBy", TextLimit.NAME);
        this.cancelReason = Checks.optionalText(cancelReason, "reason", TextLimit.REASON);
        if ((state == RepatriationState.HANDED_OVER) != (handedOverOn != null)) {
            throw RepatriationError.HANDOVER.violation();
        }
        this.departedOn = departedOn;
        this.handedOverOn = handedOverOn;
        this.version = version;
    }

    /**
     * Plans a return.
     *
     * @param beneficiary who
     * @param stay the open stay it will end
     * @param fromShelter the shelter
     * @param destination the destination regency or finer
     * @param destinationReason why the destination is not the origin; empty when it is
     * @param transport how
     * @param escort the escorting officer
     * @param receivingOffice the receiving Dinas Sosial
     * @param plannedOn when
     * @return the planned return, at version 0
     */
    public static Repatriation plan(
            BeneficiaryId beneficiary,
            StayId stay,
            ShelterId fromShelter,
            RegionCode destination,
            String destinationReason,
            TransportMode transport,
            String escort,
            String receivingOffice,
            LocalDate plannedOn) {
        return new Repatriation(
                RepatriationId.next(),
                beneficiary,
                stay,
                fromShelter,
                destination,
                destinationReason,
                transport,
                escort,
                receivingOffice,
                plannedOn,
                RepatriationState.PLANNED,
                null,
                null,
                "",
                "",
                0);
    }

    /**
     * Records the departure.
     *
     * @param on the date
     * @return the return, IN_TRANSIT
     */
    public Repatriation depart(LocalDate on) {
        Checks.required(on, "departedOn");
        state.requireMoveTo(RepatriationState.IN_TRANSIT);
        return with(RepatriationState.IN_TRANSIT, on, null, "", "", version);
    }

    /**
     * Records the handover to the receiving office.
     *
     * @param on the date, not before the departure
     * @param receiver the receiving officer's name
     * @return the return, HANDED_OVER
     */
    public Repatriation handOver(LocalDate on, String receiver) {
        Checks.required(on, "handedOverOn");
        String by = Checks.requiredText(receiver, "receivedBy", TextLimit.NAME);
        state.requireMoveTo(RepatriationState.HANDED_OVER);
        if (on.isBefore(departedOn)) {
            throw RepatriationError.HANDOVER_DATE.violation(departedOn);
        }
        return with(RepatriationState.HANDED_OVER, departedOn, on, by, "", version);
    }

    /**
     * Cancels the return before handover.
     *
     * @param reason why
     * @return the return, CANCELLED
     */
    public Repatriation cancel(String reason) {
        String why = Checks.requiredText(reason, "reason", TextLimit.REASON);
        state.requireMoveTo(RepatriationState.CANCELLED);
        return with(RepatriationState.CANCELLED, departedOn, null, "", why, version);
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public RepatriationId id() {
        return id;
    }

    /**
     * Who returns.
     *
     * @return the beneficiary
     */
    public BeneficiaryId beneficiary() {
        return beneficiary;
    }

    /**
     * The stay the return ends.
     *
     * @return the stay
     */
    public StayId stay() {
        return stay;
    }

    /**
     * The shelter left.
     *
     * @return the shelter
     */
    public ShelterId fromShelter() {
        return fromShelter;
    }

    /**
     * The destination.
     *
     * @return the destination regency (or finer)
     */
    public RegionCode destination() {
        return destination;
    }

    /**
     * Why the destination differs from the origin.
     *
     * @return the reason, empty when it is the origin
     */
    public String destinationReason() {
        return destinationReason;
    }

    /**
     * How the person travels.
     *
     * @return the transport
     */
    public TransportMode transport() {
        return transport;
    }

    /**
     * The escorting officer.
     *
     * @return the officer's id
     */
    public String escort() {
        return escort;
    }

    /**
     * The receiving Dinas Sosial.
     *
     * @return its name
     */
    public String receivingOffice() {
        return receivingOffice;
    }

    /**
     * The planned departure date.
     *
     * @return the date
     */
    public LocalDate plannedOn() {
        return plannedOn;
    }

    /**
     * The state.
     *
     * @return the state
     */
    public RepatriationState state() {
        return state;
    }

    /**
     * The receiving officer.
     *
     * @return the name, empty until handed over
     */
    public String receivedBy() {
        return receivedBy;
    }

    /**
     * Why the return was cancelled.
     *
     * @return the reason, empty unless cancelled
     */
    public String cancelReason() {
        return cancelReason;
    }

    @Override
    public long version() {
        return version;
    }

    /**
     * When it left.
     *
     * @return the departure date, or empty
     */
    public Optional<LocalDate> departure() {
        return Optional.ofNullable(departedOn);
    }

    /**
     * When it was handed over.
     *
     * @return the handover date, or empty
     */
    public Optional<LocalDate> handover() {
        return Optional.ofNullable(handedOverOn);
    }

    @Override
    public Repatriation withVersion(long newVersion) {
        return with(state, departedOn, handedOverOn, receivedBy, cancelReason, newVersion);
    }

    /**
     * The one copy-on-change: what a move changes is the state, its dates and notes, and the version; the plan is kept.
     * Every copy still goes through the checking constructor.
     */
    private Repatriation with(
            RepatriationState newState,
            @Nullable LocalDate newDepartedOn,
            @Nullable LocalDate newHandedOverOn,
            String newReceivedBy,
            String newCancelReason,
            long newVersion) {
        return new Repatriation(
                id,
                beneficiary,
                stay,
                fromShelter,
                destination,
                destinationReason,
                transport,
                escort,
                receivingOffice,
                plannedOn,
                newState,
                newDepartedOn,
                newHandedOverOn,
                newReceivedBy,
                newCancelReason,
                newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Repatriation other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && beneficiary.equals(other.beneficiary)
                && stay.equals(other.stay)
                && fromShelter.equals(other.fromShelter)
                && destination.equals(other.destination)
                && destinationReason.equals(other.destinationReason)
                && transport == other.transport
                && escort.equals(other.escort)
                && receivingOffice.equals(other.receivingOffice)
                && plannedOn.equals(other.plannedOn)
                && state == other.state
                && Objects.equals(departedOn, other.departedOn)
                && Objects.equals(handedOverOn, other.handedOverOn)
                && receivedBy.equals(other.receivedBy)
                && cancelReason.equals(other.cancelReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, the beneficiary, the state and the destination. */
    @Override
    public String toString() {
        return "Repatriation[" + id + ", " + beneficiary + ", " + state + ", to " + destination + ", v" + version + "]";
    }
}
