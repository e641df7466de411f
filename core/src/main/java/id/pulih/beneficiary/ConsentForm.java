package id.pulih.beneficiary;

import id.pulih.shared.Nullable;
import id.pulih.shared.UpToToday;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A consent to record, given or withdrawn.
 *
 * @param purpose what it covers
 * @param given true when given, false when withdrawn
 * @param date when, not in the future
 * @param expiresOn when a given consent lapses, or null
 */
public record ConsentForm(
        @NotNull ConsentPurpose purpose,
        boolean given,
        @NotNull @UpToToday LocalDate date,
        @Nullable LocalDate expiresOn) {

    /**
     * A consent given on a date, without expiry.
     *
     * @param purpose the purpose
     * @param date the date
     * @return the form
     */
    public static ConsentForm given(ConsentPurpose purpose, LocalDate date) {
        return new ConsentForm(purpose, true, date, null);
    }

    /**
     * The consent record this form describes.
     *
     * @param recordedBy the officer recording it
     * @return the consent
     */
    public Consent toConsent(String recordedBy) {
        return new Consent(purpose, given, date, expiresOn, recordedBy);
    }
}
