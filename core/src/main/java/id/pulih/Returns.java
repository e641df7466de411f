package id.pulih;

import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RepatriationId;
import java.time.LocalDate;
import java.util.List;

/**
 * Returns (pemulangan) from a shelter to the area of origin: plan, depart, hand over to the Dinas Sosial there, or
 * cancel. Handing over ends the stay and moves the case to REPATRIATED in the same transaction.
 *
 * <pre>{@code
 * Repatriation r = pulih.as(officer).returns().plan(new ReturnPlanForm(id, null, null, TransportMode.SHIP,
 *         "escort-01", "Dinas Sosial Kabupaten Lombok Tengah", LocalDate.of(2020, 3, 20)));
 * returns.depart(r.id(), LocalDate.of(2020, 3, 20));
 * returns.handOver(r.id(), LocalDate.of(2020, 3, 23), "Lalu Ahmad");
 * }</pre>
 */
public interface Returns {
    /**
     * Plans a return from the beneficiary's open stay.
     *
     * @param form the plan
     * @return the planned return
     * @throws id.pulih.shared.RuleViolationException {@code repatriation.no-stay}, {@code
     *     repatriation.destination-reason}
     */
    Repatriation plan(ReturnPlanForm form);

    /**
     * Records the departure.
     *
     * @param id the return
     * @param on the departure date, not after today
     * @return the return, IN_TRANSIT
     * @throws id.pulih.shared.InvalidValueException {@code date.future} when the date is after today (Asia/Jakarta)
     */
    Repatriation depart(RepatriationId id, LocalDate on);

    /**
     * Records the handover: the stay ends (REPATRIATED) and the case moves to REPATRIATED.
     *
     * @param id the return
     * @param on the handover date, not after today
     * @param receivedBy the receiving officer's name
     * @return the return, HANDED_OVER
     * @throws id.pulih.shared.InvalidValueException {@code date.future} when the date is after today (Asia/Jakarta)
     */
    Repatriation handOver(RepatriationId id, LocalDate on, String receivedBy);

    /**
     * Cancels a return before handover; the stay stays open.
     *
     * @param id the return
     * @param reason why
     * @return the return, CANCELLED
     */
    Repatriation cancel(RepatriationId id, String reason);

    /**
     * A return.
     *
     * @param id its id
     * @return the return
     */
    Repatriation get(RepatriationId id);

    /**
     * Every return of a beneficiary, oldest first.
     *
     * @param beneficiary the case
     * @return the returns
     */
    List<Repatriation> forBeneficiary(BeneficiaryId beneficiary);
}
