package id.pulih.grant;

import id.pulih.shared.AwardId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.SchemeId;
import java.util.List;
import java.util.Optional;

/** Awards. A port: the in-memory and JDBC stores implement it. */
public interface Awards {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<Award> find(AwardId id);

    /**
     * The award of a beneficiary in a scheme (at most one).
     *
     * @param scheme the scheme
     * @param beneficiary the beneficiary
     * @return it, or empty
     */
    Optional<Award> find(SchemeId scheme, BeneficiaryId beneficiary);

    /**
     * The awards of a scheme, in award order.
     *
     * @param scheme the scheme
     * @return the awards
     */
    List<Award> forScheme(SchemeId scheme);

    /**
     * The awards of a beneficiary.
     *
     * @param beneficiary the beneficiary
     * @return the awards
     */
    List<Award> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param award the award
     * @return it as stored
     * @throws id.pulih.shared.ConflictException {@code award.exists} for a second award of a person in a scheme
     */
    Award save(Award award);
}
