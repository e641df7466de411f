package id.pulih.reintegration;

import id.pulih.shared.LimitedText;
import id.pulih.shared.Nullable;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.TextLimit;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A service to add to a reintegration plan.
 *
 * <pre>{@code
 * new PlannedServiceForm(ServiceType.PBI_JKN_ENROLMENT, null, "via Dinas Sosial",
 *         OrganisationId.of("DINSOS-5202"), LocalDate.of(2020, 7, 1), Rupiah.ZERO);
 * }</pre>
 *
 * @param type the service
 * @param component the ATENSI component, or null for the type's {@link ServiceType#defaultComponent() default}
 * @param detail a detail without personal identifiers, up to 500 characters; may be null
 * @param provider the organisation that provides it
 * @param dueOn when it should be delivered
 * @param cost the planned cost in whole rupiah
 */
public record PlannedServiceForm(
        @NotNull ServiceType type,
        @Nullable AtensiComponent component,
        @Nullable @LimitedText(TextLimit.DETAIL) String detail,
        @NotNull OrganisationId provider,
        @NotNull LocalDate dueOn,
        @NotNull Rupiah cost) {

    /**
     * The planned service this form describes.
     *
     * @return the service, PLANNED
     */
    public PlannedService toService() {
        return PlannedService.plan(type, component, detail, provider, dueOn, cost);
    }
}
