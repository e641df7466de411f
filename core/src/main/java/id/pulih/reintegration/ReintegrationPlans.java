package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PlanId;
import id.pulih.shared.ServiceId;
import java.util.List;
import java.util.Optional;

/** Reintegration plans. A port: the in-memory and JDBC stores implement it. */
public interface ReintegrationPlans {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<ReintegrationPlan> find(PlanId id);

    /**
     * The active plan of a beneficiary; there is at most one.
     *
     * @param beneficiary the beneficiary
     * @return it, or empty
     */
    Optional<ReintegrationPlan> findActive(BeneficiaryId beneficiary);

    /**
     * The plan that holds a service.
     *
     * @param service the service's id
     * @return it, or empty
     */
    Optional<ReintegrationPlan> findByService(ServiceId service);

    /**
     * Every plan of a beneficiary, oldest first.
     *
     * @param beneficiary the beneficiary
     * @return the plans
     */
    List<ReintegrationPlan> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param plan the plan
     * @return it as stored, at its new version
     * @throws id.pulih.shared.ConflictException {@code record.stale}, or {@code plan.active-exists} for a second
     *     active plan of the same person
     */
    ReintegrationPlan save(ReintegrationPlan plan);
}
