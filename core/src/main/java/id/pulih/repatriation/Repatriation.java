package id.pulih.repatriation;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RepatriationId;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A return (pemulangan) of a beneficiary from a shelter to the area of origin, handed over to the Dinas Sosial
 * there. It moves PLANNED, IN_TRANSIT, HANDED_OVER, or is CANCELLED before handover; handing over also ends the stay
 * and moves the case to REPATRIATED, in the same transaction (the service does it).
 *
 * @param id the identifier
 * @param beneficiary who returns
 * @param stay the stay it ends
 * @param fromShelter the shelter left
 * @param destination the destination regency (or finer)
 * @param destinationReason why the destination differs from the origin; empty when it is the origin
 * @param transport how
 * @param escort the escorting officer's id
 * @param receivingOffice the receiving Dinas Sosial, for example {@code Dinas Sosial Kabupaten Lombok Tengah}
 * @param plannedOn the planned departure date
 * @param state the state
 * @param departedOn when it left, or null
 * @param handedOverOn when handed over, or null
 * @param receivedBy the receiving officer's name, or empty
 * @param cancelReason why cancelled, or empty
 * @param version the stored version
 */
public record Repatriation(
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
        long version)
        implements Versioned<Repatriation> {

    /**
     * Checks every part.
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
     * @param departedOn when departed
     * @param handedOverOn when handed over
     * @param receivedBy the receiver
     * @param cancelReason why cancelled
     * @param version the version
     */
    public Repatriation {
        Checks.required(id, "repatriationId");
        Checks.required(beneficiary, "beneficiary");
        Checks.required(stay, "stay");
        Checks.required(fromShelter, "fromShelter");
        Checks.required(destination, "destination");
        destinationReason = destinationReason == null ? "" : destinationReason.strip();
        Checks.required(transport, "transport");
        escort = Checks.requiredText(escort, "escort");
        receivingOffice = Checks.requiredText(receivingOffice, "receivingOffice");
        Checks.required(plannedOn, "plannedOn");
        Checks.required(state, "state");
        receivedBy = receivedBy == null ? "" : receivedBy.strip();
        cancelReason = cancelReason == null ? "" : cancelReason.strip();
        if ((state == RepatriationState.HANDED_OVER) != (handedOverOn != null)) {
            throw RepatriationError.HANDOVER.violation();
        }
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
                RepatriationState.IN_TRANSIT,
                on,
                null,
                "",
                "",
                version);
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
        String by = Checks.requiredText(receiver, "receivedBy");
        state.requireMoveTo(RepatriationState.HANDED_OVER);
        if (on.isBefore(departedOn)) {
            throw RepatriationError.HANDOVER_DATE.violation(departedOn);
        }
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
                RepatriationState.HANDED_OVER,
                departedOn,
                on,
                by,
                "",
                version);
    }

    /**
     * Cancels the return before handover.
     *
     * @param reason why
     * @return the return, CANCELLED
     */
    public Repatriation cancel(String reason) {
        String why = Checks.requiredText(reason, "reason");
        state.requireMoveTo(RepatriationState.CANCELLED);
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
                RepatriationState.CANCELLED,
                departedOn,
                null,
                "",
                why,
                version);
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
                state,
                departedOn,
                handedOverOn,
                receivedBy,
                cancelReason,
                newVersion);
    }
}
