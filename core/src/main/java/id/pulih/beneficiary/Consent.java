package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.Nullable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One consent record: given or withdrawn, for one purpose, on a date, possibly expiring. A beneficiary keeps the
 * whole history; the latest record for a purpose decides.
 *
 * @param purpose what the consent covers
 * @param given true when given, false when withdrawn
 * @param date when it was given or withdrawn
 * @param expiresOn when a given consent lapses, or null for no expiry
 * @param recordedBy the officer who recorded it
 */
public record Consent(
        ConsentPurpose purpose,
        boolean given,
        LocalDate date,
        @Nullable LocalDate expiresOn,
        String recordedBy) {
    /**
     * Checks every part.
     *
     * @param purpose the purpose
     * @param given given or withdrawn
     * @param date the date
     * @param expiresOn the expiry, may be null
     * @param recordedBy the officer
     */
    public Consent {
        Checks.required(purpose, "purpose");
        Checks.required(date, "date");
        if (expiresOn != null && !expiresOn.isAfter(date)) {
            throw BeneficiaryError.CONSENT_EXPIRY.invalid();
        }
        recordedBy = Checks.requiredText(recordedBy, "recordedBy");
    }

    /**
     * The expiry.
     *
     * @return the date a given consent lapses, or empty
     */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expiresOn);
    }

    /**
     * Whether this record grants consent on a date.
     *
     * @param on the date
     * @return true when given, dated on or before {@code on}, and not expired by then
     */
    public boolean grantsOn(LocalDate on) {
        return given && !date.isAfter(on) && (expiresOn == null || expiresOn.isAfter(on));
    }
}
