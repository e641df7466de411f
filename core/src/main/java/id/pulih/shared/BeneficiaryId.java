package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a beneficiary (one person, one case). Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record BeneficiaryId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public BeneficiaryId {
        Checks.required(value, "beneficiaryId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static BeneficiaryId next() {
        return new BeneficiaryId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static BeneficiaryId parse(String text) {
        return new BeneficiaryId(Ids.parse(text, "beneficiaryId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
