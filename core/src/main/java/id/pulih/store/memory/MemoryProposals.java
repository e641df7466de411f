package id.pulih.store.memory;

import id.pulih.grant.Proposal;
import id.pulih.grant.Proposals;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ProposalId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Proposals} in memory: the proposals for further assistance.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryProposals implements Proposals {
    private final InMemoryStore store;

    MemoryProposals(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Proposal> find(ProposalId id) {
        return store.locked(() -> store.proposalRows.find(id));
    }

    @Override
    public List<Proposal> forBeneficiary(BeneficiaryId beneficiary) {
        return store.locked(() -> {
            List<Proposal> found = store.proposalRows.where(p -> p.beneficiary().equals(beneficiary));
            found.sort(Comparator.comparing(Proposal::submittedOn));
            return found;
        });
    }

    @Override
    public Proposal save(Proposal proposal) {
        return store.inTransaction(() -> store.proposalRows.save(proposal));
    }
}
