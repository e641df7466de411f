package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.GrantScheme;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, path 1: a case from another region enrolled by override into a programme held in Lombok Tengah. Its
 * enrolment and award (with the whole bank account) must not reach the Lombok Tengah officer, who cannot open the
 * case, and every case a list read returns is in the access log.
 */
class CrossJurisdictionRecordsTest {
    private static final LocalDate OCT_31 = LocalDate.of(2019, 10, 31);

    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);
    private final Desk lombokTengah = f.pulih.as(LOMBOK_TENGAH);
    private final SeedProgrammes seed = new SeedProgrammes(hq);

    private Programme praya;
    private GrantScheme scheme;
    private List<BeneficiaryId> locals;
    private BeneficiaryId fromJakarta;
    private Award jakartaAward;

    @BeforeEach
    void aJakartaCaseIsEnrolledAndAwardedInPraya() {
        praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 10, SeedProgrammes.PANCA_KARSA);
        scheme = seed.scheme(praya, "Rp 960.000", "Rp 9.600.000");
        locals = seed.participants(praya, "52.02.01", 2);
        seed.awardAll(scheme, locals);
        fromJakarta = hq.cases()
                .register(Fixtures.intake()
                        .name("Dewi Lestari")
                        .originRegion("31.71.01")
                        .returnDate(LocalDate.of(2019, 3, 1))
                        .consents(List.of(ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, OCT_31)))
                        .build())
                .beneficiary()
                .id();
        hq.guidance().enrol(praya.id(), fromJakarta, OCT_31, "stays with her sister in Praya");
        for (Topic topic : praya.topics()) {
            hq.guidance().recordAttendance(praya.id(), fromJakarta, topic, OCT_31);
        }
        jakartaAward =
                hq.grants().award(scheme.id(), fromJakarta, new AccountForm("BRI", "098765432101", "Dewi Lestari"));
        assertThatThrownBy(() -> lombokTengah.cases().get(fromJakarta)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRegencyOfficerDoesNotSeeTheAwardOfACaseItCannotOpen() {
        List<Award> awards = lombokTengah.grants().awards(scheme.id());

        assertThat(awards).extracting(Award::beneficiary).containsExactlyInAnyOrderElementsOf(locals);
        assertThat(hq.grants().awards(scheme.id()))
                .extracting(Award::beneficiary)
                .containsExactlyInAnyOrder(locals.get(0), locals.get(1), fromJakarta);
        assertOneReadPerReturnedCase("grant.read", AccessOutcome.ALLOWED);
    }

    @Test
    void theRegencyOfficerDoesNotSeeTheEnrolmentOfACaseItCannotOpen() {
        List<Enrolment> enrolments = lombokTengah.guidance().enrolments(praya.id());

        assertThat(enrolments).extracting(Enrolment::beneficiary).containsExactlyInAnyOrderElementsOf(locals);
        assertThat(hq.guidance().enrolments(praya.id()))
                .extracting(Enrolment::beneficiary)
                .containsExactlyInAnyOrder(locals.get(0), locals.get(1), fromJakarta);
        assertOneReadPerReturnedCase("programme.read", AccessOutcome.ALLOWED);
    }

    @Test
    void thePaymentsOfAnAwardNeedAccessToItsCase() {
        hq.grants().disburse(jakartaAward.id());

        assertThatThrownBy(() -> lombokTengah.grants().payments(jakartaAward.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.pulih.as(AUDITOR).oversight().accessLog(fromJakarta)).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(LOMBOK_TENGAH.id());
            assertThat(e.action()).isEqualTo("grant.read");
            assertThat(e.outcome()).isEqualTo(AccessOutcome.DENIED);
        });
        assertThat(hq.grants().payments(jakartaAward.id())).hasSize(1);
    }

    @Test
    void aBreakTheGlassGrantShowsTheCaseAndIsLoggedAsSuch() {
        lombokTengah.oversight().breakGlass(fromJakarta, "collapsed at the training venue", Duration.ofHours(4));

        assertThat(lombokTengah.grants().awards(scheme.id()))
                .extracting(Award::beneficiary)
                .contains(fromJakarta);
        assertThat(f.pulih.as(AUDITOR).oversight().accessLog(fromJakarta))
                .filteredOn(e ->
                        e.actorId().equals(LOMBOK_TENGAH.id()) && e.action().equals("grant.read"))
                .extracting(e -> e.outcome())
                .containsExactly(AccessOutcome.BREAK_GLASS);
    }

    private void assertOneReadPerReturnedCase(String action, AccessOutcome outcome) {
        for (BeneficiaryId local : locals) {
            assertThat(f.pulih.as(AUDITOR).oversight().accessLog(local))
                    .filteredOn(e ->
                            e.actorId().equals(LOMBOK_TENGAH.id()) && e.action().equals(action))
                    .extracting(e -> e.outcome())
                    .containsExactly(outcome);
        }
        assertThat(f.pulih.as(AUDITOR).oversight().accessLog(fromJakarta))
                .filteredOn(e ->
                        e.actorId().equals(LOMBOK_TENGAH.id()) && e.action().equals(action))
                .isEmpty();
    }
}
