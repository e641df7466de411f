package id.pulih.shared;

import id.pulih.internal.util.Checks;
import java.util.Locale;

/**
 * A partner or government organisation (an LKS such as Perkumpulan Panca Karsa, a Dinas Sosial, a UPT), named by a
 * short stable code chosen by the deployment, for example {@code LKS-PANCA-KARSA}.
 *
 * @param code upper-case letters, digits and hyphens, 2 to 40 characters
 */
public record OrganisationId(String code) {
    /**
     * Validates the code.
     *
     * @param code the code
     * @throws InvalidValueException coded {@code organisation.format} or {@code organisation.required}
     */
    public OrganisationId {
        Checks.requiredText(code, "organisation");
        if (code.length() < 2 || code.length() > 40) {
            throw SharedError.ORGANISATION_FORMAT.invalid("2 to 40 characters");
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
                throw SharedError.ORGANISATION_FORMAT.invalid("upper-case letters, digits and hyphens");
            }
        }
    }

    /**
     * Parses a code, upper-casing it first.
     *
     * @param code the code, for example {@code lks-panca-karsa}
     * @return the identifier
     */
    public static OrganisationId of(String code) {
        return new OrganisationId(Checks.requiredText(code, "organisation").toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return code;
    }
}
