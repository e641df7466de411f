package id.pulih.shelter;

import id.pulih.internal.util.Checks;
import id.pulih.shared.TextLimit;
import java.time.LocalDate;

/**
 * One service delivered during a stay.
 *
 * @param kind what was delivered
 * @param date when
 * @param deliveredBy the id of the officer or organisation that delivered it
 * @param detail a free-text detail without personal identifiers (for example {@code badminton}); empty if none
 */
public record ServiceDelivery(ServiceKind kind, LocalDate date, String deliveredBy, String detail) {
    /**
     * Checks every part is present.
     *
     * @param kind the kind
     * @param date the date
     * @param deliveredBy who delivered it
     * @param detail the detail, null taken as empty
     */
    public ServiceDelivery {
        Checks.required(kind, "kind");
        Checks.required(date, "date");
        deliveredBy = Checks.requiredText(deliveredBy, "deliveredBy");
        detail = Checks.optionalText(detail, "detail", TextLimit.DETAIL);
    }
}
