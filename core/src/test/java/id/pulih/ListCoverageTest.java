package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.reintegration.DueFollowUp;
import id.pulih.reintegration.PlanForm;
import id.pulih.shared.BeneficiaryId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the list reads of cases ({@code cases().list}, {@code reintegration().followUpsDue}) decide each row by
 * the one coverage rule of the engine, the one {@code cases().get} applies: a break-the-glass grant opens its case in
 * a list too, and each case a list returns is in the access log, the others are not.
 */
class ListCoverageTest {
    private final Fixtures f = new Fixtures();
    private final ReintegrationSetUp home = new ReintegrationSetUp(f);
    private final BeneficiaryId siti = home.repatriated("Siti Aminah");
    private final BeneficiaryId nur = home.repatriated("Nur Hayati");

    @Test
    void aBreakTheGlassGrantBringsItsCaseIntoTheCaseListAndTheListLogsEachCaseItReturns() {
        Desk kupang = f.pulih.as(KUPANG);
        assertThat(kupang.cases().list(Optional.empty(), 100)).isEmpty();

        kupang.oversight().breakGlass(siti, "she called the hotline from Kupang", Duration.ofHours(2));

        assertThat(kupang.cases().list(Optional.empty(), 100))
                .extracting(Beneficiary::id)
                .containsExactly(siti);
        assertThat(accessLog(siti, KUPANG.id(), "case.list")).containsExactly(AccessOutcome.BREAK_GLASS);
        assertThat(accessLog(nur, KUPANG.id(), "case.list")).isEmpty();
    }

    @Test
    void aPageOfTheCaseListLogsOnlyTheCasesOnIt() {
        List<Beneficiary> first = f.pulih.as(LOMBOK_TENGAH).cases().list(Optional.empty(), 1);

        assertThat(first).hasSize(1);
        BeneficiaryId shown = first.get(0).id();
        BeneficiaryId other = shown.equals(siti) ? nur : siti;
        assertThat(accessLog(shown, LOMBOK_TENGAH.id(), "case.list")).containsExactly(AccessOutcome.ALLOWED);
        assertThat(accessLog(other, LOMBOK_TENGAH.id(), "case.list")).isEmpty();
    }

    @Test
    void followUpsDueShowACaseOpenedByBreakingTheGlassAndLogEachCaseTheyShow() {
        Desk hq = f.pulih.as(HQ);
        hq.reintegration().createPlan(PlanForm.of(siti, "a small business"));
        hq.reintegration().createPlan(PlanForm.of(nur, "a small business"));
        f.clock.advance(Duration.ofDays(40));
        Desk kupang = f.pulih.as(KUPANG);
        assertThat(kupang.reintegration().followUpsDue()).isEmpty();

        kupang.oversight().breakGlass(siti, "she called the hotline from Kupang", Duration.ofHours(2));
        List<DueFollowUp> due = kupang.reintegration().followUpsDue();

        assertThat(due)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.followUp().beneficiary()).isEqualTo(siti));
        assertThat(accessLog(siti, KUPANG.id(), "followup.due")).containsExactly(AccessOutcome.BREAK_GLASS);
        assertThat(f.pulih.as(LOMBOK_TENGAH).reintegration().followUpsDue())
                .extracting(d -> d.followUp().beneficiary())
                .contains(siti, nur);
        assertThat(accessLog(nur, LOMBOK_TENGAH.id(), "followup.due")).containsExactly(AccessOutcome.ALLOWED);
        assertThat(accessLog(nur, KUPANG.id(), "followup.due")).isEmpty();
    }

    private List<AccessOutcome> accessLog(BeneficiaryId id, String actorId, String action) {
        return f.pulih.as(AUDITOR).oversight().accessLog(id).stream()
                .filter(e -> e.actorId().equals(actorId) && e.action().equals(action))
                .map(e -> e.outcome())
                .toList();
    }
}
