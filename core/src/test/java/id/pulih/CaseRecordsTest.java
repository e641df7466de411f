package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.repatriation.Repatriation;
import id.pulih.shared.BeneficiaryId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "This case's records" are the case's own and those of every registration merged into it, on every read. */
class CaseRecordsTest {
    private final Fixtures f = new Fixtures();
    private final ReintegrationSetUp home = new ReintegrationSetUp(f);
    private final Desk hq = f.pulih.as(HQ);

    /** Siti came home and has a plan under her first registration; a second one, with her NIK, survives the merge. */
    private final BeneficiaryId first = home.repatriated("Siti Aminah");

    private final ReintegrationPlan plan =
            hq.reintegration().createPlan(PlanForm.of(first, "a steady income from a food stall"));
    private final Registration second = hq.cases()
            .register(intake().name("Siti Aminah").nik("5202014507900001").build());
    private final BeneficiaryId survivor = f.pulih
            .as(HQ_SUPERVISOR)
            .cases()
            .merge(second.duplicates().get(0).id(), second.beneficiary().id())
            .id();

    @Test
    void returnsOfACaseIncludeThoseOfTheRegistrationsMergedIntoIt() {
        List<Repatriation> returns = hq.returns().forBeneficiary(survivor);

        assertThat(returns).hasSize(1);
        assertThat(returns.get(0).beneficiary()).isEqualTo(first);
        assertThat(hq.returns().forBeneficiary(first)).isEqualTo(returns);
    }

    @Test
    void followUpsOfACaseIncludeThoseOfTheRegistrationsMergedIntoIt() {
        List<FollowUp> followUps = hq.reintegration().followUps(survivor);

        assertThat(followUps).isNotEmpty().allSatisfy(v -> assertThat(v.plan()).isEqualTo(plan.id()));
        assertThat(followUps).extracting(FollowUp::dueOn).isSorted();
        assertThat(hq.reintegration().followUps(first)).isEqualTo(followUps);
    }
}
