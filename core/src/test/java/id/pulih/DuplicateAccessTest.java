package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RegionCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A potential duplicate is two cases: it is listed, dismissed or merged only by an actor who covers both (issue 13,
 * path 3). The pair here: a case registered nationally, from Praya, and the same person registered again in Kupang,
 * which the Kupang office sees only because it registered it.
 */
class DuplicateAccessTest {
    private static final Actor KUPANG_SUPERVISOR =
            Fixtures.actor("sup-5301", Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("53.01")));

    private final Fixtures f = new Fixtures();
    private final BeneficiaryId fromPraya =
            f.pulih.as(HQ).cases().register(intake().build()).beneficiary().id();
    private final Registration atKupang = f.pulih.as(KUPANG).cases().register(intake().build());
    private final PotentialDuplicate pair =
            f.pulih.as(HQ).cases().openDuplicates().get(0);

    @Test
    void theOfficerWhoRegistersTheSecondRecordIsNotToldWhichCaseItMayDuplicateWhenItCannotOpenIt() {
        assertThat(atKupang.duplicates()).isEmpty();
        assertThat(pair.involves(atKupang.beneficiary().id())).isTrue();

        Registration atPraya = f.pulih.as(LOMBOK_TENGAH).cases().register(intake().build());
        assertThat(atPraya.duplicates())
                .extracting(PotentialDuplicate::existing)
                .contains(fromPraya);
    }

    @Test
    void aPairWhoseExistingSideLiesInAnotherRegencyIsNotListedThereButANationalSupervisorDismissesIt() {
        assertThat(pair.existing()).isEqualTo(fromPraya);
        assertThat(pair.registered()).isEqualTo(atKupang.beneficiary().id());

        assertThat(f.pulih.as(KUPANG).cases().openDuplicates()).isEmpty();
        assertThat(f.pulih.as(KUPANG_SUPERVISOR).cases().openDuplicates()).isEmpty();
        assertThat(f.pulih.as(HQ).cases().openDuplicates()).containsExactly(pair);

        var dismissed = f.pulih.as(HQ_SUPERVISOR).cases().dismissDuplicate(pair.id(), "two different people");
        assertThat(dismissed.status()).isEqualTo(DuplicateStatus.INVALID);
    }

    @Test
    void anOfficerWhoCoversBothSidesSeesThePairAndEachCaseOfItIsInTheAccessLog() {
        assertThat(f.pulih.as(LOMBOK_TENGAH).cases().openDuplicates()).containsExactly(pair);

        for (BeneficiaryId side :
                new BeneficiaryId[] {fromPraya, atKupang.beneficiary().id()}) {
            assertThat(f.pulih.as(AUDITOR).oversight().accessLog(side)).anySatisfy(e -> {
                assertThat(e.actorId()).isEqualTo(LOMBOK_TENGAH.id());
                assertThat(e.action()).isEqualTo("duplicate.list");
                assertThat(e.outcome()).isEqualTo(AccessOutcome.ALLOWED);
            });
        }
        assertThat(f.pulih.as(AUDITOR).oversight().accessLog(fromPraya))
                .noneSatisfy(e -> assertThat(e.actorId()).isEqualTo(KUPANG.id()));
    }

    @Test
    void aRegencySupervisorWhoCannotOpenTheOtherSideNeitherDismissesNorMergesThePairButANationalOneMergesIt() {
        assertThatThrownBy(() -> f.pulih.as(KUPANG_SUPERVISOR).cases().dismissDuplicate(pair.id(), "two sisters"))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.denied"));
        assertThatThrownBy(() -> f.pulih
                        .as(KUPANG_SUPERVISOR)
                        .cases()
                        .merge(pair.id(), atKupang.beneficiary().id()))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.denied"));

        assertThat(f.pulih.store().potentialDuplicates().find(pair.id()).orElseThrow())
                .isEqualTo(pair);
        assertThat(f.pulih.store().beneficiaries().find(fromPraya).orElseThrow().mergedFrom())
                .isEmpty();
        assertThat(f.pulih
                        .store()
                        .beneficiaries()
                        .find(atKupang.beneficiary().id())
                        .orElseThrow()
                        .mergedInto())
                .isEmpty();
        assertThat(f.pulih
                        .as(AUDITOR)
                        .oversight()
                        .auditTrail("potential-duplicate", pair.id().toString()))
                .isEmpty();
        assertThat(f.pulih.as(AUDITOR).oversight().accessLog(fromPraya))
                .filteredOn(e -> e.actorId().equals(KUPANG_SUPERVISOR.id()))
                .extracting(e -> e.action() + " " + e.outcome())
                .containsExactly("duplicate.dismiss DENIED", "duplicate.merge DENIED");

        var survivor = f.pulih.as(HQ_SUPERVISOR).cases().merge(pair.id(), fromPraya);
        assertThat(survivor.mergedFrom()).containsExactly(atKupang.beneficiary().id());
        assertThat(f.pulih
                        .store()
                        .potentialDuplicates()
                        .find(pair.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(DuplicateStatus.MERGED);
    }

    @Test
    void aRegencySupervisorWithABreakTheGlassGrantOnTheOtherSideSeesAndDismissesThePair() {
        f.pulih
                .as(KUPANG_SUPERVISOR)
                .oversight()
                .breakGlass(fromPraya, "admitted unconscious to RSUD Kupang", Duration.ofHours(4));

        assertThat(f.pulih.as(KUPANG_SUPERVISOR).cases().openDuplicates()).containsExactly(pair);
        assertThat(f.pulih.as(AUDITOR).oversight().accessLog(fromPraya))
                .filteredOn(e -> e.actorId().equals(KUPANG_SUPERVISOR.id()))
                .filteredOn(e -> e.action().startsWith("duplicate."))
                .extracting(e -> e.action() + " " + e.outcome())
                .containsExactly("duplicate.list BREAK_GLASS");

        var dismissed = f.pulih.as(KUPANG_SUPERVISOR).cases().dismissDuplicate(pair.id(), "two different people");
        assertThat(dismissed.status()).isEqualTo(DuplicateStatus.INVALID);
        assertThat(f.pulih.as(KUPANG_SUPERVISOR).cases().openDuplicates()).isEmpty();
    }
}
