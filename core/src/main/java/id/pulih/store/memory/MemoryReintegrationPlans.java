package id.pulih.store.memory;

import id.pulih.reintegration.OneActivePlan;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ReintegrationPlans;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PlanId;
import id.pulih.shared.ServiceId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link ReintegrationPlans} in memory: the reintegration plans, with the one-active-plan rule.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryReintegrationPlans implements ReintegrationPlans {
    private final InMemoryStore store;

    MemoryReintegrationPlans(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<ReintegrationPlan> find(PlanId id) {
        return store.locked(() -> store.planRows.find(id));
    }

    @Override
    public Optional<ReintegrationPlan> findActive(BeneficiaryId beneficiary) {
        return store.locked(() ->
                store.planRows.where(p -> p.isActive() && p.beneficiary().equals(beneficiary)).stream()
                        .findFirst());
    }

    @Override
    public Optional<ReintegrationPlan> findByService(ServiceId service) {
        return store.locked(() -> store.planRows.where(p -> p.service(service).isPresent()).stream()
                .findFirst());
    }

    @Override
    public List<ReintegrationPlan> forBeneficiary(BeneficiaryId beneficiary) {
        return store.locked(() -> {
            List<ReintegrationPlan> found =
                    store.planRows.where(p -> p.beneficiary().equals(beneficiary));
            found.sort(Comparator.comparing(ReintegrationPlan::createdOn));
            return found;
        });
    }

    @Override
    public ReintegrationPlan save(ReintegrationPlan plan) {
        return store.inTransaction(() -> {
            OneActivePlan.check(this, plan);
            return store.planRows.save(plan);
        });
    }
}
