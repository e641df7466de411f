package id.pulih.grant;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ProposalId;
import java.util.List;
import java.util.Optional;

/** Proposals for further assistance. A port: the in-memory and JDBC stores implement it. */
public interface Proposals {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<Proposal> find(ProposalId id);

    /**
     * The proposals of a beneficiary, oldest first.
     *
     * @param beneficiary the beneficiary
     * @return the proposals
     */
    List<Proposal> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param proposal the proposal
     * @return it as stored
     */
    Proposal save(Proposal proposal);
}
