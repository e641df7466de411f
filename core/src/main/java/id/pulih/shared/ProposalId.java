package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a grantee's proposal for further assistance. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record ProposalId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public ProposalId {
        Checks.required(value, "proposalId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static ProposalId next() {
        return new ProposalId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static ProposalId parse(String text) {
        return new ProposalId(Ids.parse(text, "proposalId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
