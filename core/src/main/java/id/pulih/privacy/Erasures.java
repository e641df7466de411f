package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import java.util.List;
import java.util.Optional;

/**
 * Erasure: the anonymisation of one person's records on a store, and the record that it happened. A port: the
 * in-memory and JDBC stores implement it, each in one operation ({@link #erase}).
 */
public interface Erasures {
    /**
     * The erasure of a registration, if its data were erased.
     *
     * @param beneficiary the registration
     * @return it, or empty
     */
    Optional<Erasure> find(BeneficiaryId beneficiary);

    /**
     * Anonymises every record of the given registrations (a case and those merged into it) as {@link Erasure}
     * describes, and records the erasure under the case, in one transaction.
     *
     * @param erasure the erasure, naming the case
     * @param registrations every registration of the case, the case's own first
     * @return the erasure as recorded
     * @throws id.pulih.shared.ConflictException {@code record.duplicate} when the case was erased already
     */
    Erasure erase(Erasure erasure, List<BeneficiaryId> registrations);
}
