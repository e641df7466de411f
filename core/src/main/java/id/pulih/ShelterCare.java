package id.pulih;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceForm;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.Stay;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Shelters and stays: opening shelters, admitting within capacity (one open stay per person), services during the
 * stay, transfers and discharges, occupancy.
 *
 * <pre>{@code
 * ShelterCare care = pulih.as(officer).shelters();
 * Shelter rptc = care.open(new ShelterForm("RPTC-TPI", "RPTC Tanjung Pinang", ShelterType.RPTC, "21.72", 100));
 * Stay stay = care.admit(beneficiaryId, rptc.id(), LocalDate.of(2020, 3, 2));
 * care.recordService(stay.id(), new ServiceForm(ServiceKind.SPORTS_THERAPY, LocalDate.of(2020, 3, 3), "futsal"));
 * }</pre>
 */
public interface ShelterCare {
    /**
     * Opens a shelter. National officers, or provincial and regency officers for their own region.
     *
     * @param form the shelter
     * @return the new shelter
     */
    Shelter open(ShelterForm form);

    /**
     * Changes a shelter's capacity, never below its occupancy.
     *
     * @param shelter the shelter
     * @param capacity the new number of beds
     * @return the changed shelter
     */
    Shelter changeCapacity(ShelterId shelter, int capacity);

    /**
     * A shelter.
     *
     * @param shelter its id
     * @return the shelter
     * @throws id.pulih.shared.NotFoundException when unknown
     */
    Shelter get(ShelterId shelter);

    /**
     * Every shelter, by code.
     *
     * @return the shelters
     */
    List<Shelter> list();

    /**
     * Admits a beneficiary; the case moves to SHELTERED. A child is flagged for child protection.
     *
     * @param beneficiary the case
     * @param shelter the shelter
     * @param on the admission date, not in the future
     * @return the open stay
     * @throws id.pulih.shared.RuleViolationException {@code shelter.full}, {@code stay.date-overlap} (a stay cannot
     *     start before the person's previous stay ended)
     * @throws id.pulih.shared.ConflictException {@code stay.open-exists}, naming the open stay
     * @throws id.pulih.shared.InvalidValueException {@code date.future}
     */
    Stay admit(BeneficiaryId beneficiary, ShelterId shelter, LocalDate on);

    /**
     * Records a service delivered during a stay.
     *
     * @param stay the stay
     * @param form the service
     * @return the changed stay
     */
    Stay recordService(StayId stay, ServiceForm form);

    /**
     * Transfers a beneficiary to another shelter: the stay ends as TRANSFERRED and a new one opens there.
     *
     * @param stay the open stay
     * @param target the next shelter
     * @param on the date
     * @return the new stay
     */
    Stay transfer(StayId stay, ShelterId target, LocalDate on);

    /**
     * Discharges a stay (for a return home, use {@link Returns#handOver}).
     *
     * @param stay the open stay
     * @param reason why, neither TRANSFERRED (use {@link #transfer}) nor REPATRIATED (use {@link Returns#handOver})
     * @param on the date
     * @param note a note
     * @return the closed stay
     */
    Stay discharge(StayId stay, DischargeReason reason, LocalDate on, String note);

    /**
     * A stay.
     *
     * @param stay its id
     * @return the stay
     */
    Stay stay(StayId stay);

    /**
     * The open stay of a beneficiary.
     *
     * @param beneficiary the case
     * @return the stay, or empty
     */
    Optional<Stay> openStay(BeneficiaryId beneficiary);

    /**
     * Every stay of a beneficiary (including records merged into it), oldest first.
     *
     * @param beneficiary the case
     * @return the stays
     */
    List<Stay> stays(BeneficiaryId beneficiary);

    /**
     * How many people a shelter holds on a date.
     *
     * @param shelter the shelter
     * @param on the date
     * @return the occupancy
     */
    int occupancyOn(ShelterId shelter, LocalDate on);
}
