package id.pulih.repatriation;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.LimitedText;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import id.pulih.shared.ValidRegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A return to plan, from the beneficiary's current shelter.
 *
 * @param beneficiary who returns
 * @param destination the destination region code, or null for the origin regency
 * @param destinationReason why the destination differs from the origin; required then
 * @param transport how
 * @param escort the escorting officer's id
 * @param receivingOffice the receiving Dinas Sosial
 * @param plannedOn the planned departure date
 */
public record ReturnPlanForm(
        @NotNull BeneficiaryId beneficiary,
        @Nullable @ValidRegionCode(official = true) String destination,
        @Nullable @LimitedText(TextLimit.REASON) String destinationReason,
        @NotNull TransportMode transport,
        @NotBlank @LimitedText(TextLimit.NAME) String escort,
        @NotBlank @LimitedText(TextLimit.NAME) String receivingOffice,
        @NotNull LocalDate plannedOn) {}
