package id.pulih.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.Jurisdiction;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BeneficiaryTest {
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final RegionCode PRAYA = RegionCode.of("52.02.01");
    private static final Nik NIK = Nik.of("5202014507900001");
    private static final String OFFICER = "officer-1";

    private static Person person(Optional<Nik> nik, Optional<PhoneNumber> phone) {
        return new Person(
                PersonName.of("Siti Aminah"),
                Sex.FEMALE,
                BirthDate.exact(LocalDate.of(1990, 7, 5)),
                nik,
                Optional.empty(),
                nik.isPresent() ? DocumentStatus.HELD : DocumentStatus.LOST,
                PRAYA,
                phone);
    }

    private static Beneficiary registered(Person person) {
        return Beneficiary.register(
                person,
                new ReturnInfo("MY", DAY.minusDays(3), "Entikong", ReturnMode.DEPORTED),
                TraffickingProfile.unknown(),
                List.of(),
                Jurisdiction.province(RegionCode.of("52")),
                T0,
                OFFICER);
    }

    private static Assessment assessment(LocalDate on) {
        return new Assessment(on, PovertyCategory.MISKIN, Set.of(), Set.of(), Set.of(), OFFICER);
    }

    private static Consent consent(LocalDate on) {
        return new Consent(ConsentPurpose.CASE_MANAGEMENT, true, on, null, OFFICER);
    }

    @Test
    void registrationOpensTheHistoryWithTheIntakeMove() {
        Beneficiary b = registered(person(Optional.of(NIK), Optional.empty()));

        assertThat(b.person()).isEqualTo(person(Optional.of(NIK), Optional.empty()));
        assertThat(b.caseHistory()).isEqualTo(CaseHistory.opened(List.of(), List.of(), T0, OFFICER));
        assertThat(b.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(b.history()).containsExactly(new StatusChange(null, CaseStatus.REGISTERED, T0, OFFICER, "intake"));
        assertThat(b.outcome()).isEmpty();
        assertThat(b.mergedInto()).isEmpty();
        assertThat(b.version()).isZero();
    }

    @Test
    void rebuildsFromItsPartsToAnEqualBeneficiary() {
        Beneficiary b = registered(person(Optional.of(NIK), Optional.empty()))
                .assess(assessment(DAY))
                .recordConsent(consent(DAY))
                .withVersion(4);

        Beneficiary rebuilt = Beneficiary.rebuild(
                b.id(),
                b.person(),
                b.returnInfo(),
                b.profile(),
                b.caseHistory(),
                b.registeredBy(),
                b.registeredAt(),
                b.version());

        assertThat(rebuilt).isEqualTo(b);
        assertThat(rebuilt.withVersion(5)).isNotEqualTo(b);
    }

    @Test
    void historyKeepsAssessmentsOldestFirstWhateverTheOrderGiven() {
        CaseHistory history =
                CaseHistory.opened(List.of(), List.of(assessment(DAY), assessment(DAY.minusDays(10))), T0, OFFICER);

        assertThat(history.assessments()).extracting(Assessment::date).containsExactly(DAY.minusDays(10), DAY);
        assertThat(history.withAssessment(assessment(DAY.minusDays(20))).latestAssessment())
                .contains(assessment(DAY));
    }

    @Test
    void closedHistoryWithoutAnOutcomeIsRefused() {
        assertThatThrownBy(() -> new CaseHistory(
                        CaseStatus.CLOSED,
                        Optional.empty(),
                        List.of(new StatusChange(null, CaseStatus.REGISTERED, T0, OFFICER, "intake")),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Set.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "case.outcome");
    }

    @Test
    void changesCopyAndLeaveTheOriginalAndItsVersionAlone() {
        Beneficiary before =
                registered(person(Optional.empty(), Optional.empty())).withVersion(3);

        Beneficiary after = before.assess(assessment(DAY)).moveTo(CaseStatus.SHELTERED, T0, OFFICER, "admitted");

        assertThat(before.assessments()).isEmpty();
        assertThat(before.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(after.assessments()).containsExactly(assessment(DAY));
        assertThat(after.status()).isEqualTo(CaseStatus.SHELTERED);
        assertThat(after.history()).hasSize(2);
        assertThat(after.version()).isEqualTo(3);
        assertThat(after.id()).isEqualTo(before.id());
    }

    @Test
    void reopeningReturnsToTheStatusBeforeClosingAndKeepsTheOutcome() {
        Beneficiary closed = registered(person(Optional.empty(), Optional.empty()))
                .moveTo(CaseStatus.SHELTERED, T0, OFFICER, "")
                .close(CaseOutcome.LOST_CONTACT, T0, "supervisor", null);

        Beneficiary reopened = closed.reopen("found again", T0, "supervisor");

        assertThat(closed.outcome()).contains(CaseOutcome.LOST_CONTACT);
        assertThat(reopened.status()).isEqualTo(CaseStatus.SHELTERED);
        assertThat(reopened.outcome()).contains(CaseOutcome.LOST_CONTACT);
        assertThat(reopened.history().get(reopened.history().size() - 1))
                .isEqualTo(new StatusChange(
                        CaseStatus.CLOSED, CaseStatus.SHELTERED, T0, "supervisor", "reopened: found again"));
        assertThatThrownBy(() -> closed.assess(assessment(DAY)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "case.closed");
    }

    @Test
    void absorbingTakesTheDuplicatesHistoryAndTheIdentifiersTheSurvivorLacks() {
        PhoneNumber phone = PhoneNumber.of("081234567890");
        Beneficiary survivor =
                registered(person(Optional.empty(), Optional.empty())).recordConsent(consent(DAY.minusDays(1)));
        Beneficiary earlier = registered(person(Optional.empty(), Optional.empty()));
        Beneficiary duplicate = registered(person(Optional.of(NIK), Optional.of(phone)))
                .absorb(earlier)
                .assess(assessment(DAY))
                .recordConsent(consent(DAY.minusDays(5)));

        Beneficiary merged = survivor.absorb(duplicate);

        assertThat(merged.nik()).contains(NIK);
        assertThat(merged.phone()).contains(phone);
        assertThat(merged.familyCard()).isEmpty();
        assertThat(merged.assessments()).containsExactly(assessment(DAY));
        assertThat(merged.consents()).extracting(Consent::date).containsExactly(DAY.minusDays(5), DAY.minusDays(1));
        assertThat(merged.mergedFrom()).containsExactlyInAnyOrder(duplicate.id(), earlier.id());
        assertThat(merged.history()).isEqualTo(survivor.history());
        assertThatThrownBy(() -> survivor.absorb(survivor))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "duplicate.self");
    }

    @Test
    void absorbingKeepsTheSurvivorsOwnIdentifiers() {
        Nik other = Nik.of("5202010507900001");
        Beneficiary survivor = registered(person(Optional.of(NIK), Optional.empty()));
        Beneficiary duplicate = registered(new Person(
                PersonName.of("Siti"),
                Sex.FEMALE,
                BirthDate.estimatedYear(1990),
                Optional.of(other),
                Optional.of(FamilyCardNumber.of("5202010101090001")),
                DocumentStatus.HELD,
                PRAYA,
                Optional.empty()));

        Beneficiary merged = survivor.absorb(duplicate);

        assertThat(merged.nik()).contains(NIK);
        assertThat(merged.name()).isEqualTo(survivor.name());
        assertThat(merged.familyCard()).isEqualTo(duplicate.familyCard());
    }

    @Test
    void aMergedRecordGivesUpItsNikAndRefusesChanges() {
        Beneficiary duplicate = registered(person(Optional.of(NIK), Optional.empty()));
        BeneficiaryId survivor = BeneficiaryId.next();

        Beneficiary merged = duplicate.mergeInto(survivor);

        assertThat(merged.nik()).isEmpty();
        assertThat(merged.mergedInto()).contains(survivor);
        assertThat(merged.caseHistory().mergedInto()).contains(survivor);
        assertThatThrownBy(() -> merged.recordConsent(consent(DAY)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "case.merged");
        assertThat(merged.toString()).doesNotContain(NIK.value());
        assertThat(duplicate.toString()).doesNotContain(NIK.value());
    }
}
