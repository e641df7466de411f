package id.pulih.store.memory;

import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.FollowUps;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link FollowUps} in memory: the follow-up visits.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryFollowUps implements FollowUps {
    private final InMemoryStore store;

    MemoryFollowUps(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<FollowUp> find(FollowUpId id) {
        return store.locked(() -> store.followUpRows.find(id));
    }

    @Override
    public List<FollowUp> forBeneficiary(BeneficiaryId beneficiary) {
        return store.locked(() -> {
            List<FollowUp> found = store.followUpRows.where(f -> f.beneficiary().equals(beneficiary));
            found.sort(Comparator.comparing(FollowUp::dueOn));
            return found;
        });
    }

    @Override
    public List<FollowUp> scheduledUntil(LocalDate until) {
        return store.locked(() -> {
            List<FollowUp> found = store.followUpRows.where(
                    f -> f.status() == FollowUpStatus.SCHEDULED && !f.dueOn().isAfter(until));
            found.sort(Comparator.comparing(FollowUp::dueOn));
            return found;
        });
    }

    @Override
    public FollowUp save(FollowUp followUp) {
        return store.inTransaction(() -> store.followUpRows.save(followUp));
    }
}
