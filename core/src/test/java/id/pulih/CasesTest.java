package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.Need;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.shared.ConflictException;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.InvalidFormException;
import id.pulih.shared.Nik;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CasesTest {
    private final Fixtures f = new Fixtures();
    private final Cases cases = f.pulih.as(HQ).cases();

    @Test
    void registersBeneficiaryWithoutDocuments() {
        Registration r = cases.register(intake().build());

        Beneficiary b = r.beneficiary();
        assertThat(b.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(b.nik()).isEmpty();
        assertThat(b.version()).isEqualTo(1);
        assertThat(r.duplicates()).isEmpty();
        assertThat(cases.get(b.id())).isEqualTo(b);
    }

    @Test
    void registersWithEstimatedBirthYearOnly() {
        Beneficiary b = cases.register(
                        intake().birthDate(null).estimatedBirthYear(1985).build())
                .beneficiary();

        assertThat(b.birth().estimated()).isTrue();
        assertThat(b.birth().date()).isEqualTo(LocalDate.of(1985, 1, 1));
    }

    @Test
    void refusesSecondRegistrationOfTheSameNikNamingTheExistingCase() {
        Beneficiary first =
                cases.register(intake().nik("5202014507900001").build()).beneficiary();

        assertThatThrownBy(() -> cases.register(
                        intake().name("Siti A.").nik("5202014507900001").build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("beneficiary.nik-registered");
                    assertThat(e.recordId()).isEqualTo(first.id().toString());
                    assertThat(e.getMessage()).doesNotContain("5202014507900001");
                });
        assertThat(f.pulih.store().beneficiaries().count()).isEqualTo(1);
    }

    @Test
    void reportsEveryViolationOfAnIntakeFormAtOnce() {
        assertThatThrownBy(() -> cases.register(intake().name("Siti 2")
                        .birthDate(null)
                        .nik("9902014507900001")
                        .originRegion("52")
                        .phone("+60 12 345 6789")
                        .returnCountry("XX")
                        .build()))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(e.codes())
                            .contains(
                                    "name.digit",
                                    "birth.required",
                                    "nik.province",
                                    "origin.level",
                                    "phone.country",
                                    "country.iso");
                    assertThat(e.getMessage()).doesNotContain("9902014507900001");
                });
        assertThat(f.pulih.store().beneficiaries().count()).isZero();
    }

    @Test
    void refusesNikWhoseSexDisagreesWithTheDeclaredSex() {
        assertThatThrownBy(() -> cases.register(
                        intake().sex(Sex.MALE).nik("5202014507900001").build()))
                .isInstanceOfSatisfying(
                        InvalidFormException.class, e -> assertThat(e.codes()).containsExactly("nik.sex-mismatch"));
    }

    @Test
    void flagsProbableDuplicateWithoutNikForAnOfficerToResolve() {
        Beneficiary first = cases.register(intake().build()).beneficiary();

        Registration second = cases.register(intake().name("SITI  aminah").build());

        assertThat(second.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.existing()).isEqualTo(first.id());
            assertThat(d.registered()).isEqualTo(second.beneficiary().id());
            assertThat(d.status()).isEqualTo(DuplicateStatus.OPEN);
        });
        assertThat(cases.openDuplicates()).hasSize(1);
    }

    @Test
    void doesNotFlagSameNameAndBirthDateFromAnotherRegency() {
        cases.register(intake().build());

        Registration other = cases.register(intake().originRegion("52.01").build());

        assertThat(other.duplicates()).isEmpty();
    }

    @Test
    void onlySupervisorsResolveDuplicates() {
        cases.register(intake().build());
        var dup = cases.register(intake().build()).duplicates().get(0);

        assertThatThrownBy(() -> cases.dismissDuplicate(dup.id(), "two sisters"))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.role"));

        var dismissed = f.pulih.as(HQ_SUPERVISOR).cases().dismissDuplicate(dup.id(), "two different people");
        assertThat(dismissed.status()).isEqualTo(DuplicateStatus.INVALID);
        assertThat(cases.openDuplicates()).isEmpty();
    }

    @Test
    void mergingKeepsBothHistoriesAndLeavesTheMergedIdResolvable() {
        Beneficiary first = cases.register(intake().build()).beneficiary();
        cases.assess(first.id(), assessment(LocalDate.of(2020, 3, 2), RiskFactor.DEBT_TRAP));
        Registration second = cases.register(intake().nik("5202014507900001").build());
        cases.assess(second.beneficiary().id(), assessment(LocalDate.of(2020, 3, 5), RiskFactor.SHAME_AT_RETURN));

        Beneficiary survivor = f.pulih
                .as(HQ_SUPERVISOR)
                .cases()
                .merge(second.duplicates().get(0).id(), first.id());

        assertThat(survivor.id()).isEqualTo(first.id());
        assertThat(survivor.assessments()).hasSize(2);
        assertThat(survivor.nik()).contains(Nik.of("5202014507900001"));
        assertThat(survivor.mergedFrom()).containsExactly(second.beneficiary().id());
        assertThat(cases.get(second.beneficiary().id()).id()).isEqualTo(first.id());
        assertThat(cases.findByNik(Nik.of("5202014507900001")).orElseThrow().id())
                .isEqualTo(first.id());
        assertThat(cases.openDuplicates()).isEmpty();
    }

    @Test
    void keepsEveryAssessmentInDateOrder() {
        Beneficiary b = cases.register(intake().build()).beneficiary();
        cases.assess(b.id(), assessment(LocalDate.of(2020, 5, 1), RiskFactor.WORSENING_ECONOMY));
        Beneficiary assessed = cases.assess(b.id(), assessment(LocalDate.of(2020, 3, 2), RiskFactor.DEBT_TRAP));

        assertThat(assessed.assessments())
                .extracting(a -> a.date())
                .containsExactly(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 5, 1));
        assertThat(assessed.latestAssessment().orElseThrow().risks()).containsExactly(RiskFactor.WORSENING_ECONOMY);
    }

    @Test
    void refusesAssessmentDatedInTheFuture() {
        Beneficiary b = cases.register(intake().build()).beneficiary();

        assertThatThrownBy(() -> cases.assess(b.id(), assessment(Fixtures.TODAY.plusDays(1), RiskFactor.DEBT_TRAP)))
                .isInstanceOfSatisfying(
                        InvalidFormException.class, e -> assertThat(e.codes()).containsExactly("date.future"));
    }

    @Test
    void theLatestConsentRecordDecides() {
        Beneficiary b = cases.register(intake().consents(List.of(
                                ConsentForm.given(ConsentPurpose.DISCLOSURE_TO_PARTNERS, LocalDate.of(2020, 3, 1))))
                        .build())
                .beneficiary();
        assertThat(b.hasConsent(ConsentPurpose.DISCLOSURE_TO_PARTNERS, Fixtures.TODAY))
                .isTrue();

        Beneficiary withdrawn = cases.recordConsent(
                b.id(), new ConsentForm(ConsentPurpose.DISCLOSURE_TO_PARTNERS, false, LocalDate.of(2020, 4, 1), null));

        assertThat(withdrawn.hasConsent(ConsentPurpose.DISCLOSURE_TO_PARTNERS, Fixtures.TODAY))
                .isFalse();
        assertThat(withdrawn.hasConsent(ConsentPurpose.DISCLOSURE_TO_PARTNERS, LocalDate.of(2020, 3, 15)))
                .isTrue();
        assertThat(withdrawn.consents()).hasSize(2);
    }

    @Test
    void refusesAnIllegalMoveNamingTheCurrentAndRequestedState() {
        Beneficiary b = cases.register(intake().build()).beneficiary();
        Beneficiary reintegrating = cases.startReintegration(b.id());
        assertThat(reintegrating.status()).isEqualTo(CaseStatus.IN_REINTEGRATION);

        assertThatThrownBy(() -> cases.startReintegration(b.id()))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("case.transition");
                    assertThat(e.current()).isEqualTo("IN_REINTEGRATION");
                    assertThat(e.requested()).isEqualTo("IN_REINTEGRATION");
                    assertThat(e.getMessage()).contains("IN_REINTEGRATION", "CLOSED");
                });
    }

    @Test
    void closingNeedsASupervisorAndReopeningAReason() {
        Beneficiary b = cases.register(intake().build()).beneficiary();
        Cases supervisor = f.pulih.as(HQ_SUPERVISOR).cases();

        assertThatThrownBy(() -> cases.close(b.id(), CaseOutcome.REINTEGRATED, ""))
                .isInstanceOf(AccessDeniedException.class);
        Beneficiary closed = supervisor.close(b.id(), CaseOutcome.LOST_CONTACT, "moved away");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).contains(CaseOutcome.LOST_CONTACT);

        assertThatThrownBy(() -> supervisor.assess(b.id(), assessment(Fixtures.TODAY, RiskFactor.DEBT_TRAP)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> supervisor.reopen(b.id(), " ")).hasMessageContaining("reason");
        Beneficiary reopened = supervisor.reopen(b.id(), "found again through the village head");
        assertThat(reopened.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(reopened.history())
                .extracting(c -> c.to())
                .containsExactly(CaseStatus.REGISTERED, CaseStatus.CLOSED, CaseStatus.REGISTERED);
    }

    @Test
    void toStringNeverShowsTheNikOrName() {
        Beneficiary b = cases.register(
                        intake().nik("5202014507900001").phone("0812-3456-7890").build())
                .beneficiary();

        assertThat(b.toString()).doesNotContain("5202014507900001", "Siti", "81234567890");
        assertThat(intake().nik("5202014507900001").build().toString()).doesNotContain("5202014507900001");
    }

    @Test
    void listsTheVisibleCasesPageByPageAndRecordsEachRead() {
        for (String name : List.of("Ani", "Budi", "Citra", "Dewi", "Eka")) {
            cases.register(intake().name(name).build());
        }
        cases.register(intake().name("Maria").originRegion("53.01.08").build());
        Cases regency = f.pulih.as(Fixtures.LOMBOK_TENGAH).cases();

        List<Beneficiary> first = regency.list(Optional.empty(), 3);
        List<Beneficiary> second = regency.list(Optional.of(first.get(2).id()), 3);

        assertThat(first).hasSize(3);
        assertThat(second).hasSize(2);
        assertThat(regency.list(Optional.of(second.get(1).id()), 3)).isEmpty();
        assertThat(first.get(2).id().value()).isLessThan(second.get(0).id().value());
        assertThat(f.pulih.store().accessLog().byActor(Fixtures.LOMBOK_TENGAH.id()))
                .hasSize(5);
        assertThat(cases.list(Optional.empty(), 100)).hasSize(6);
    }

    static AssessmentForm assessment(LocalDate date, RiskFactor risk) {
        return new AssessmentForm(
                date,
                PovertyCategory.MISKIN,
                Set.of(Vulnerability.CHRONIC_ILLNESS),
                Set.of(risk),
                Set.of(Need.LIVELIHOOD));
    }
}
