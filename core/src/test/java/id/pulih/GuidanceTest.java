package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.KUPANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.InvalidFormException;
import id.pulih.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuidanceTest {
    private static final LocalDate OCT_31 = LocalDate.of(2019, 10, 31);

    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);
    private final SeedProgrammes seed = new SeedProgrammes(hq);
    private final Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", OCT_31, 2, SeedProgrammes.PANCA_KARSA);

    private BeneficiaryId register(String name, String origin, boolean consent) {
        return hq.cases()
                .register(Fixtures.intake()
                        .name(name)
                        .originRegion(origin)
                        .consents(
                                consent
                                        ? List.of(ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, OCT_31))
                                        : List.of())
                        .build())
                .beneficiary()
                .id();
    }

    @Test
    void enrolsSomeoneFromTheRegionWithConsentAndCompletesOnEveryRequiredTopic() {
        BeneficiaryId id = register("Baiq", "52.02.01", true);

        Enrolment e = hq.guidance().enrol(praya.id(), id, OCT_31, null);
        hq.guidance().recordAttendance(praya.id(), id, Topic.ENTREPRENEURSHIP_PRACTICE, OCT_31);
        assertThat(hq.guidance().completed(praya.id(), id)).isFalse();
        hq.guidance().recordAttendance(praya.id(), id, Topic.MARKETING_STRATEGY, OCT_31);

        assertThat(e.overrideReason()).isEmpty();
        assertThat(hq.guidance().completed(praya.id(), id)).isTrue();
        assertThat(hq.guidance().get(praya.id()).enrolled()).isEqualTo(1);
    }

    @Test
    void someoneFromElsewhereNeedsARecordedOverride() {
        BeneficiaryId fromKupang = register("Maria", "53.01.08", true);

        assertThatThrownBy(() -> hq.guidance().enrol(praya.id(), fromKupang, OCT_31, null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("enrolment.region"));
        Enrolment e = hq.guidance().enrol(praya.id(), fromKupang, OCT_31, "now lives with her sister in Praya");
        assertThat(e.overrideReason()).contains("Praya");
    }

    @Test
    void refusesWithoutConsentTwiceOrAboveCapacity() {
        BeneficiaryId noConsent = register("Nengah", "52.02.01", false);
        assertThatThrownBy(() -> hq.guidance().enrol(praya.id(), noConsent, OCT_31, null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("enrolment.consent"));

        BeneficiaryId a = register("Ani", "52.02.01", true);
        BeneficiaryId b = register("Budi", "52.02.01", true);
        BeneficiaryId c = register("Citra", "52.02.01", true);
        hq.guidance().enrol(praya.id(), a, OCT_31, null);
        assertThatThrownBy(() -> hq.guidance().enrol(praya.id(), a, OCT_31, null))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("enrolment.exists"));
        hq.guidance().enrol(praya.id(), b, OCT_31, null);
        assertThatThrownBy(() -> hq.guidance().enrol(praya.id(), c, OCT_31, null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("programme.full"));
        assertThat(hq.guidance().enrolments(praya.id())).hasSize(2);
    }

    @Test
    void attendanceMustBeOnAProgrammeDayForATaughtTopicAndIsRecordedOnce() {
        BeneficiaryId id = register("Baiq", "52.02.01", true);
        hq.guidance().enrol(praya.id(), id, OCT_31, null);

        assertThatThrownBy(() -> hq.guidance().recordAttendance(praya.id(), id, Topic.CAKE_MAKING, OCT_31))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("attendance.topic"));
        assertThatThrownBy(() ->
                        hq.guidance().recordAttendance(praya.id(), id, Topic.MARKETING_STRATEGY, OCT_31.plusDays(1)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("attendance.date"));
        hq.guidance().recordAttendance(praya.id(), id, Topic.MARKETING_STRATEGY, OCT_31);
        long audit = f.pulih.store().auditTrail().count();
        Enrolment again = hq.guidance().recordAttendance(praya.id(), id, Topic.MARKETING_STRATEGY, OCT_31);
        assertThat(again.attendance()).hasSize(1);
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(audit);
    }

    @Test
    void programmesStayWithinTheOfficersRegionAndFormsAreChecked() {
        assertThatThrownBy(() -> f.pulih.as(KUPANG).guidance().get(praya.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.pulih.as(KUPANG).guidance().list()).isEmpty();
        assertThatThrownBy(() -> hq.guidance()
                        .create(new ProgrammeForm(
                                "x",
                                SeedProgrammes.KEMENSOS,
                                Set.of(),
                                "Aula",
                                "53.01",
                                OCT_31,
                                OCT_31.minusDays(1),
                                10,
                                List.of(Topic.CAKE_MAKING),
                                Set.of(Topic.FOOD_PROCESSING))))
                .isInstanceOfSatisfying(
                        InvalidFormException.class,
                        e -> assertThat(e.codes()).containsExactlyInAnyOrder("programme.dates", "programme.required"));
    }
}
