package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AccessOutcome;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseField;
import id.pulih.beneficiary.Correction;
import id.pulih.beneficiary.CorrectionFormBuilder;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.NikAttachmentForm;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.grant.Award;
import id.pulih.grant.GrantScheme;
import id.pulih.guidance.Programme;
import id.pulih.shared.BankCode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.FieldChange;
import id.pulih.shared.InvalidFormException;
import id.pulih.shared.Nik;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrectionsTest {
    private final Fixtures f = new Fixtures();
    private final Cases cases = f.pulih.as(HQ).cases();

    private List<AuditEntry> trail(BeneficiaryId id) {
        return f.pulih.store().auditTrail().forRecord("beneficiary", id.toString());
    }

    @Test
    void correctsFieldsKeepsTheCorrectionInTheHistoryAndAuditsEachChangeMasked() {
        Beneficiary b = cases.register(intake().phone("0812 3456 7890").build()).beneficiary();

        Corrected c = cases.correct(
                b.id(),
                new CorrectionFormBuilder()
                        .phone("0813 9999 1234")
                        .familyCardNumber("5202010101900001")
                        .sector(LabourSector.DOMESTIC_WORK)
                        .exploitation(Set.of(ExploitationType.FORCED_LABOUR))
                        .reason("she gave her sister's number and the KK")
                        .expectedVersion(b.version())
                        .build());

        Beneficiary after = c.beneficiary();
        assertThat(after.version()).isEqualTo(b.version() + 1);
        assertThat(after.phone().orElseThrow().national()).isEqualTo("081399991234");
        assertThat(after.profile().sector()).isEqualTo(LabourSector.DOMESTIC_WORK);
        assertThat(after.name()).isEqualTo(b.name());
        assertThat(cases.get(b.id())).isEqualTo(after);
        Correction correction = after.corrections().get(0);
        assertThat(correction.fields()).containsExactly("familyCardNumber", "phone", "exploitation", "sector");
        assertThat(correction.reason()).isEqualTo("she gave her sister's number and the KK");
        assertThat(correction.actorId()).isEqualTo(HQ.id());

        List<AuditEntry> entries = trail(b.id());
        assertThat(entries).hasSize(2);
        AuditEntry entry = entries.get(1);
        assertThat(entry.action()).isEqualTo("case.correct");
        assertThat(entry.versionBefore()).isEqualTo(b.version());
        assertThat(entry.versionAfter()).isEqualTo(after.version());
        assertThat(entry.changes()).isEqualTo(correction.changes());
        assertThat(entry.changes())
                .contains(
                        new FieldChange("phone", "**********7890", "**********1234"),
                        new FieldChange("familyCardNumber", FieldChange.NONE, "************0001"),
                        new FieldChange("sector", "OTHER", "DOMESTIC_WORK"));
        assertThat(entry.toString() + entry.changes()).doesNotContain("81234567890", "81399991234", "5202010101900001");
    }

    @Test
    void removesAWrongPhoneNoKkAndAccountOnFileAndAuditsTheRemovalMasked() {
        Beneficiary registered =
                cases.register(intake().phone("0812 3456 7890").build()).beneficiary();
        Beneficiary b = cases.correct(
                        registered.id(),
                        new CorrectionFormBuilder()
                                .familyCardNumber("5202010101900001")
                                .bankCode("BRI")
                                .accountNumber("012300000001")
                                .reason("from the recovered documents")
                                .expectedVersion(registered.version())
                                .build())
                .beneficiary();

        Beneficiary after = cases.correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .removed(Set.of(CaseField.PHONE, CaseField.FAMILY_CARD, CaseField.BANK_ACCOUNT))
                                .reason("the number, the KK and the account were her employer's")
                                .expectedVersion(b.version())
                                .build())
                .beneficiary();

        assertThat(after.phone()).isEmpty();
        assertThat(after.familyCard()).isEmpty();
        assertThat(after.person().bankAccount()).isEmpty();
        assertThat(after.name()).isEqualTo(b.name());
        assertThat(cases.get(b.id())).isEqualTo(after);
        Correction removal = after.corrections().get(1);
        assertThat(removal.fields()).containsExactly("familyCardNumber", "phone", "bankAccount");
        AuditEntry entry = trail(b.id()).get(2);
        assertThat(entry.changes())
                .contains(
                        new FieldChange("phone", "**********7890", FieldChange.NONE),
                        new FieldChange("familyCardNumber", "************0001", FieldChange.NONE));
        assertThat(entry.toString() + entry.changes())
                .doesNotContain("81234567890", "5202010101900001", "012300000001");
        assertThatThrownBy(() -> cases.correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .removed(Set.of(CaseField.PHONE))
                                .reason("again")
                                .expectedVersion(after.version())
                                .build()))
                .as("removing what is not there changes nothing")
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("correction.none"));
    }

    @Test
    void onlyOptionalFieldsAreRemovedAndAFieldIsRemovedOrSetNotBoth() {
        Beneficiary b = cases.register(intake().phone("0812 3456 7890").build()).beneficiary();

        assertThatThrownBy(() -> cases.correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .removed(Set.of(CaseField.NAME, CaseField.PHONE))
                                .phone("0813 9999 1234")
                                .reason("typed wrongly")
                                .expectedVersion(b.version())
                                .build()))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(e.codes())
                            .containsExactlyInAnyOrder("correction.remove-field", "correction.remove-and-set");
                    assertThat(e.getMessage()).contains("name cannot be removed", "phone is either removed");
                });
        assertThat(cases.get(b.id())).isEqualTo(b);
    }

    @Test
    void reportsEveryViolationOfACorrectionAtOnceAndChangesNothing() {
        Beneficiary b = cases.register(intake().build()).beneficiary();

        assertThatThrownBy(() -> cases.correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .name("Siti 2")
                                .phone("+60 12 345 6789")
                                .familyCardNumber("12")
                                .originRegion("52")
                                .birthDate(LocalDate.of(1991, 1, 1))
                                .estimatedBirthYear(1985)
                                .bankCode("BRI")
                                .reason(" ")
                                .expectedVersion(b.version())
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidFormException.class,
                        e -> assertThat(e.codes())
                                .contains(
                                        "name.digit",
                                        "phone.country",
                                        "birth.conflict",
                                        "origin.level",
                                        "account.incomplete",
                                        "reason.notblank"));
        assertThat(cases.get(b.id())).isEqualTo(b);
        assertThat(trail(b.id())).hasSize(1);
    }

    @Test
    void refusesACorrectionOfAStaleVersionAndOneThatChangesNothing() {
        Beneficiary b = cases.register(intake().build()).beneficiary();

        assertThatThrownBy(() -> cases.correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .sex(Sex.MALE)
                                .reason("typed wrongly")
                                .expectedVersion(b.version() - 1)
                                .build()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("record.stale"));
        assertThatThrownBy(() -> cases.correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .name("Siti Aminah")
                                .sex(Sex.FEMALE)
                                .reason("checked again")
                                .expectedVersion(b.version())
                                .build()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("correction.none"));
        assertThat(cases.get(b.id())).isEqualTo(b);
        assertThat(trail(b.id())).hasSize(1);
    }

    @Test
    void aCorrectedRecordMustStillAgreeWithItsNik() {
        Beneficiary b = cases.register(intake().nik("5202014507900001").build()).beneficiary();

        assertThatThrownBy(() -> cases.correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .sex(Sex.MALE)
                                .birthDate(LocalDate.of(1990, 7, 6))
                                .reason("typed wrongly")
                                .expectedVersion(b.version())
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidFormException.class,
                        e -> assertThat(e.codes())
                                .containsExactlyInAnyOrder("nik.sex-mismatch", "nik.birthdate-mismatch"));
        assertThat(cases.get(b.id())).isEqualTo(b);
    }

    @Test
    void anAuditorAndAnOfficerOfAnotherRegencyMayNotCorrect() {
        Beneficiary b = cases.register(intake().build()).beneficiary();
        var form = new CorrectionFormBuilder()
                .sex(Sex.MALE)
                .reason("typed wrongly")
                .expectedVersion(b.version())
                .build();

        assertThatThrownBy(() -> f.pulih.as(AUDITOR).cases().correct(b.id(), form))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.pulih.as(KUPANG).cases().correct(b.id(), form))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.pulih
                        .as(LOMBOK_TENGAH)
                        .cases()
                        .correct(b.id(), form)
                        .beneficiary()
                        .sex())
                .isEqualTo(Sex.MALE);
    }

    @Test
    void aCorrectedNameIsCheckedForDuplicatesAgainAsAtIntake() {
        Beneficiary first = cases.register(intake().build()).beneficiary();
        Registration second = cases.register(intake().name("Siti Aminha").build());
        assertThat(second.duplicates()).isEmpty();

        Corrected c = cases.correct(
                second.beneficiary().id(),
                new CorrectionFormBuilder()
                        .name("Siti Aminah")
                        .reason("the name was misspelt at intake")
                        .expectedVersion(second.beneficiary().version())
                        .build());

        assertThat(c.duplicates()).hasSize(1);
        PotentialDuplicate d = c.duplicates().get(0);
        assertThat(d.registered()).isEqualTo(second.beneficiary().id());
        assertThat(d.existing()).isEqualTo(first.id());
        assertThat(f.pulih.store().potentialDuplicates().open()).containsExactly(d);

        // correcting it again does not open the same pair twice
        Corrected again = cases.correct(
                second.beneficiary().id(),
                new CorrectionFormBuilder()
                        .familyCardNumber("5202010101900001")
                        .reason("the KK was found")
                        .expectedVersion(c.beneficiary().version())
                        .build());
        assertThat(again.duplicates()).isEmpty();
        assertThat(f.pulih.store().potentialDuplicates().open()).hasSize(1);
    }

    @Test
    void attachesARecoveredNikAndTheDocumentsAreHeld() {
        Beneficiary b = cases.register(intake().build()).beneficiary();

        NikAttachment a = cases.attachNik(
                b.id(), new NikAttachmentForm("5202014507900001", "KTP recovered from the employer", false, 1));

        assertThat(a.attached()).isTrue();
        assertThat(a.beneficiary().nik()).contains(Nik.of("5202014507900001"));
        assertThat(a.beneficiary().documentStatus()).isEqualTo(DocumentStatus.HELD);
        assertThat(cases.findByNik(Nik.of("5202014507900001"))).contains(a.beneficiary());
        AuditEntry entry = trail(b.id()).get(1);
        assertThat(entry.action()).isEqualTo("case.attach-nik");
        assertThat(entry.changes())
                .containsExactly(
                        new FieldChange("nik", FieldChange.NONE, "************0001"),
                        new FieldChange("documentStatus", "LOST", "HELD"));
        assertThat(a.beneficiary().corrections()).hasSize(1);
        assertThatThrownBy(() ->
                        cases.attachNik(b.id(), new NikAttachmentForm("5202014507900002", "another card", false, 2)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("nik.on-file"));
    }

    @Test
    void aNikThatDisagreesWithTheRecordIsAttachedOnlyWithAnExplanation() {
        Beneficiary b = cases.register(intake().build()).beneficiary();
        // issued in Jawa Timur (35) to a man born on 6 July 1990: three disagreements with the record
        NikAttachmentForm unexplained = new NikAttachmentForm("3502010607900001", "KTP recovered", false, 1);

        assertThatThrownBy(() -> cases.attachNik(b.id(), unexplained))
                .isInstanceOfSatisfying(
                        InvalidFormException.class,
                        e -> assertThat(e.codes())
                                .containsExactlyInAnyOrder(
                                        "nik.province-mismatch",
                                        "nik.sex-mismatch",
                                        "nik.birthdate-mismatch",
                                        "nik.mismatch-explained"));
        assertThat(cases.get(b.id())).isEqualTo(b);

        Beneficiary female = cases.register(intake().name("Dewi").build()).beneficiary();
        NikAttachment a = cases.attachNik(
                female.id(),
                new NikAttachmentForm(
                        "3502014507900001", "registered in Malang where she worked before leaving", true, 1));
        assertThat(a.attached()).isTrue();
        assertThat(trail(female.id()).get(1).summary()).contains("nik.province-mismatch");
    }

    @Test
    void aNikOfAnotherCaseIsRefusedAndTheDuplicateOpenedIsKept() {
        Beneficiary holder = cases.register(
                        intake().name("Siti").nik("5202014507900001").build())
                .beneficiary();
        Beneficiary b = cases.register(intake().name("Sitti Aminah").build()).beneficiary();
        long entries = f.pulih.store().auditTrail().count();

        NikAttachment a = cases.attachNik(b.id(), new NikAttachmentForm("5202014507900001", "KTP found", false, 1));

        assertThat(a.outcome()).isEqualTo(NikAttachment.Outcome.REFUSED_DUPLICATE);
        assertThat(a.otherCase()).contains(holder.id());
        assertThat(a.reference()).isEmpty();
        assertThat(cases.get(b.id())).isEqualTo(b);
        PotentialDuplicate d = f.pulih
                .store()
                .potentialDuplicates()
                .find(a.duplicate().orElseThrow())
                .orElseThrow();
        assertThat(d.status()).isEqualTo(DuplicateStatus.OPEN);
        assertThat(d.involves(b.id()) && d.involves(holder.id())).isTrue();
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(entries + 1);

        // again: the open pair is found, not a second one opened
        NikAttachment again = cases.attachNik(b.id(), new NikAttachmentForm("5202014507900001", "KTP found", false, 1));
        assertThat(again.duplicate()).isEqualTo(a.duplicate());
        assertThat(f.pulih.store().potentialDuplicates().open()).hasSize(1);
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(entries + 2);
    }

    @Test
    void aNikOfACaseElsewhereIsRefusedWithAReferenceNeverTheCase() {
        Beneficiary holder = f.pulih
                .as(KUPANG)
                .cases()
                .register(intake().name("Siti")
                        .originRegion("53.01.08")
                        .nik("5301014507900001")
                        .build())
                .beneficiary();
        Desk lombok = f.pulih.as(LOMBOK_TENGAH);
        Beneficiary b = lombok.cases().register(intake().build()).beneficiary();

        NikAttachment a = lombok.cases()
                .attachNik(
                        b.id(),
                        new NikAttachmentForm("5301014507900001", "KTP found; she was registered in Kupang", true, 1));

        assertThat(a.outcome()).isEqualTo(NikAttachment.Outcome.REFUSED_DUPLICATE);
        assertThat(a.otherCase()).isEmpty();
        assertThat(a.toString()).doesNotContain(holder.id().toString());
        String reference = a.reference().orElseThrow();
        assertThat(f.pulih.store().accessLog().forBeneficiary(holder.id())).anySatisfy(e -> {
            assertThat(e.id().toString()).isEqualTo(reference);
            assertThat(e.outcome()).isEqualTo(AccessOutcome.DENIED);
        });
        assertThat(f.pulih.store().potentialDuplicates().find(a.duplicate().orElseThrow()))
                .isPresent();
    }

    @Test
    void aBankAccountGivenAtIntakeOrByCorrectionIsWhereAnAwardGoesByDefault() {
        SeedProgrammes seed = new SeedProgrammes(f.pulih.as(HQ));
        Programme praya = seed.programme(
                "Aula SMKN 1 Praya", "52.02", LocalDate.of(2019, 10, 31), 10, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(praya, "Rp 960.000", "Rp 9.600.000");
        List<BeneficiaryId> people = seed.participants(praya, "52.02.01", 2);
        Desk hq = f.pulih.as(HQ);

        assertThatThrownBy(() -> hq.grants().awardToAccountOnFile(scheme.id(), people.get(0)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("award.no-account"));
        assertThat(hq.grants().awards(scheme.id())).isEmpty();

        Beneficiary b = hq.cases().get(people.get(0));
        Corrected c = hq.cases()
                .correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .bankCode("BRI")
                                .accountNumber("0123-01-000456-50-7")
                                .reason("she opened an account at BRI Praya")
                                .expectedVersion(b.version())
                                .build());
        assertThat(c.beneficiary().person().bankAccount().orElseThrow().holder())
                .isEqualTo(b.name());

        Award award = hq.grants().awardToAccountOnFile(scheme.id(), b.id());
        assertThat(award.account().bank()).isEqualTo(BankCode.BRI);
        assertThat(award.account().number()).isEqualTo("012301000456507");
        assertThat(trail(b.id()).get(trail(b.id()).size() - 1).changes())
                .extracting(FieldChange::field)
                .containsExactly("bankAccount");
        assertThat(trail(b.id()).get(trail(b.id()).size() - 1).changes().get(0).after())
                .doesNotContain("012301000456507");
    }

    @Test
    void anIntakeFormKeepsTheBankAccountItGives() {
        Beneficiary b = cases.register(intake().bankCode("002")
                        .accountNumber("0123 0100 0456 507")
                        .build())
                .beneficiary();

        assertThat(cases.get(b.id()).person().bankAccount().orElseThrow().number())
                .isEqualTo("012301000456507");
        assertThatThrownBy(() -> cases.register(
                        intake().name("Dewi").accountNumber("0123456789").build()))
                .isInstanceOfSatisfying(
                        InvalidFormException.class, e -> assertThat(e.codes()).containsExactly("account.incomplete"));
    }
}
