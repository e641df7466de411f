package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import java.util.Optional;

/** The restrictions of processing in force. A port: the in-memory and JDBC stores implement it. */
public interface Restrictions {
    /**
     * The restriction in force on a registration.
     *
     * @param beneficiary the registration
     * @return it, or empty
     */
    Optional<Restriction> find(BeneficiaryId beneficiary);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param restriction the restriction
     * @return it as stored
     * @throws id.pulih.shared.ConflictException {@code record.stale}, or {@code record.duplicate} for a second
     *     restriction of one registration
     */
    Restriction save(Restriction restriction);

    /**
     * Lifts the restriction of a registration: removes it.
     *
     * @param beneficiary the registration
     * @return whether one was in force
     */
    boolean lift(BeneficiaryId beneficiary);
}
