package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrantId;
import id.pulih.access.Jurisdiction;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.CaseHistory;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.Consent;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.Need;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.grant.Award;
import id.pulih.grant.GrantScheme;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ServiceType;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.Sex;
import id.pulih.shared.ShelterId;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterType;
import id.pulih.shelter.Stay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Example records for the contract suites, and assertions that name the field a store lost. Instants are whole
 * microseconds, the finest precision PostgreSQL keeps.
 */
final class ContractRecords {
    /** A registration time with microseconds, so a store that drops them fails. */
    static final Instant T0 = Instant.parse("2025-03-01T08:15:30.123456Z");

    static final LocalDate DAY0 = LocalDate.of(2025, 3, 1);
    static final RegionCode BOGOR = RegionCode.of("32.01");
    static final RegionCode LOMBOK_TENGAH = RegionCode.of("52.02");
    static final RegionCode JAKARTA_TIMUR = RegionCode.of("31.75");

    private ContractRecords() {}

    /** A valid NIK of a woman born on 5 July 1990 in Bogor, with the given serial (1 to 9999). */
    static Nik nik(int serial) {
        return Nik.of(String.format("320101450790%04d", serial));
    }

    /** A beneficiary registered at {@link #T0} with nothing optional. */
    static Beneficiary beneficiary() {
        return beneficiary((Nik) null);
    }

    /** A beneficiary registered at {@link #T0}, with a NIK or none. */
    static Beneficiary beneficiary(Nik nik) {
        return register(PersonName.of("Siti Aminah"), BirthDate.estimatedYear(1990), BOGOR, nik, T0);
    }

    /**
     * A beneficiary with nothing optional and a given id: the record a generated aggregate refers to, stored first
     * where a store keeps foreign keys.
     */
    static Beneficiary beneficiary(BeneficiaryId id) {
        Beneficiary any = beneficiary();
        Person person = new Person(
                any.name(),
                any.sex(),
                any.birth(),
                Optional.empty(),
                Optional.empty(),
                any.documentStatus(),
                any.origin(),
                Optional.empty());
        CaseHistory history = new CaseHistory(
                any.status(), Optional.empty(), any.history(), List.of(), List.of(), Optional.empty(), Set.of());
        return Beneficiary.rebuild(
                id, person, any.returnInfo(), any.profile(), history, any.registeredBy(), any.registeredAt(), 0);
    }

    /** A beneficiary with nothing optional but the NIK. */
    static Beneficiary register(PersonName name, BirthDate birth, RegionCode origin, Nik nik, Instant at) {
        return register(name, birth, origin, nik, null, at);
    }

    /** A beneficiary with nothing optional but the NIK and the family card. */
    static Beneficiary register(
            PersonName name, BirthDate birth, RegionCode origin, Nik nik, FamilyCardNumber card, Instant at) {
        Person person = new Person(
                name,
                Sex.FEMALE,
                birth,
                Optional.ofNullable(nik),
                Optional.ofNullable(card),
                nik == null ? DocumentStatus.LOST : DocumentStatus.HELD,
                origin,
                Optional.empty());
        return Beneficiary.register(
                person,
                new ReturnInfo("MY", DAY0.minusDays(10), "", ReturnMode.DEPORTED),
                TraffickingProfile.unknown(),
                List.of(),
                Jurisdiction.national(),
                at,
                "officer-1");
    }

    /**
     * A beneficiary with every optional part: NIK, family card, phone, an estimated birth date, consents with and
     * without expiry, two assessments, a history through sheltering, closing and reopening, and two records merged
     * into it (which a store with foreign keys needs stored first).
     */
    static Beneficiary fullBeneficiary(
            Nik nik, Jurisdiction registeredBy, Beneficiary duplicateA, Beneficiary duplicateB) {
        Person person = new Person(
                PersonName.of("Nur’aini Wati-Sari"),
                Sex.FEMALE,
                BirthDate.estimatedYear(1988),
                Optional.of(nik),
                Optional.of(FamilyCardNumber.of("3201011503100001")),
                DocumentStatus.HELD,
                RegionCode.of("32.01.01"),
                Optional.of(PhoneNumber.of("0812-3456-7890")));
        Beneficiary registered = Beneficiary.register(
                person,
                new ReturnInfo("SA", DAY0.minusDays(30), "Bandara Soekarno-Hatta", ReturnMode.RESCUED),
                new TraffickingProfile(
                        EnumSet.of(ExploitationType.FORCED_LABOUR, ExploitationType.SEXUAL_EXPLOITATION),
                        EnumSet.of(MeansOfControl.DEBT_BONDAGE, MeansOfControl.WITHHOLDS_DOCUMENTS),
                        LabourSector.DOMESTIC_WORK,
                        RecruiterRelation.RECRUITMENT_AGENT),
                List.of(new Consent(ConsentPurpose.CASE_MANAGEMENT, true, DAY0, null, "officer-1")),
                registeredBy,
                T0,
                "officer-1");
        return registered
                .recordConsent(new Consent(
                        ConsentPurpose.DISCLOSURE_TO_PARTNERS, true, DAY0.plusDays(1), DAY0.plusDays(366), "officer-2"))
                .recordConsent(
                        new Consent(ConsentPurpose.FOLLOW_UP_CONTACT, false, DAY0.plusDays(2), null, "officer-2"))
                .assess(new Assessment(
                        DAY0.plusDays(3),
                        PovertyCategory.MISKIN,
                        EnumSet.of(Vulnerability.MENTAL_HEALTH),
                        EnumSet.of(RiskFactor.DEBT_TRAP, RiskFactor.SHAME_AT_RETURN),
                        EnumSet.of(Need.PSYCHOSOCIAL_SUPPORT, Need.LIVELIHOOD),
                        "officer-3"))
                .assess(new Assessment(
                        DAY0.plusDays(40),
                        PovertyCategory.RENTAN,
                        Set.of(),
                        Set.of(),
                        Set.of(Need.EDUCATION),
                        "officer-3"))
                .moveTo(CaseStatus.SHELTERED, T0.plusSeconds(3600), "officer-2", "admitted to RPTC")
                .close(CaseOutcome.LOST_CONTACT, T0.plusSeconds(86_400), "supervisor-1", "no answer for 3 months")
                .reopen("found again through the village head", T0.plusSeconds(2 * 86_400), "supervisor-1")
                .absorb(duplicateA)
                .absorb(duplicateB);
    }

    /** The five kinds of jurisdiction a case can be registered by. */
    static List<Jurisdiction> everyJurisdictionKind() {
        return List.of(
                Jurisdiction.national(),
                Jurisdiction.province(RegionCode.of("32")),
                Jurisdiction.regency(BOGOR),
                Jurisdiction.shelter(ShelterId.next()),
                Jurisdiction.partner(PANCA_KARSA));
    }

    static Shelter shelter(String code) {
        return Shelter.open(code, "Rumah Perlindungan " + code, ShelterType.RPTC, JAKARTA_TIMUR, 40);
    }

    /** A shelter with a given id and a code made from it, as a generated aggregate refers to it. */
    static Shelter shelter(ShelterId id) {
        Shelter any = shelter("REF-" + id.value());
        return new Shelter(id, any.code(), any.name(), any.type(), any.region(), any.capacity(), 0, 0);
    }

    static Stay stay(BeneficiaryId beneficiary, ShelterId shelter, LocalDate admittedOn) {
        return Stay.admit(beneficiary, shelter, admittedOn, false);
    }

    /** A return from a stay: of the stay's beneficiary, from its shelter. */
    static Repatriation plan(Stay from, LocalDate plannedOn) {
        return Repatriation.plan(
                from.beneficiary(),
                from.id(),
                from.shelter(),
                LOMBOK_TENGAH,
                "family home",
                TransportMode.BUS,
                "Siti Aminah",
                "Dinas Sosial Lombok Tengah",
                plannedOn);
    }

    static AuditEntry audit(Instant at, String actorId, String recordType, String recordId) {
        return new AuditEntry(UUID.randomUUID(), at, actorId, "update", recordType, recordId, 1, 2, "changed");
    }

    static AccessLogEntry access(Instant at, String actorId, BeneficiaryId beneficiary, AccessOutcome outcome) {
        return new AccessLogEntry(UUID.randomUUID(), at, actorId, beneficiary, "read", outcome);
    }

    static AccessGrant grant(String actorId, BeneficiaryId beneficiary, Instant from, Duration length) {
        return new AccessGrant(
                AccessGrantId.next(), actorId, beneficiary, "medical emergency at night", from, from.plus(length));
    }

    /** The organiser of the sample programmes. */
    static final OrganisationId ORGANISER = OrganisationId.of("UPT-KEMENSOS-NTB");

    /** A partner organisation of the sample programmes and plans. */
    static final OrganisationId PANCA_KARSA = OrganisationId.of("LKS-PANCA-KARSA");

    /** Another partner organisation. */
    static final OrganisationId RUMAH_PELANGI = OrganisationId.of("LKS-RUMAH-PELANGI");

    /**
     * A three-day programme in a region with 10 places, teaching three topics of which two are required, partnered
     * by the given organisations.
     */
    static Programme programme(String title, RegionCode region, LocalDate startsOn, OrganisationId... partners) {
        return new Programme(
                ProgrammeId.next(),
                title,
                ORGANISER,
                Set.of(partners),
                "Aula SMKN 1 Praya",
                region,
                startsOn,
                startsOn.plusDays(2),
                10,
                0,
                List.of(Topic.ENTREPRENEURSHIP_PRACTICE, Topic.PRODUCT_INTRODUCTION, Topic.MARKETING_STRATEGY),
                Set.of(Topic.ENTREPRENEURSHIP_PRACTICE, Topic.PRODUCT_INTRODUCTION),
                0);
    }

    /** A scheme of Rp 960.000 a person for ten people, attached to a programme, nothing committed yet. */
    static GrantScheme scheme(ProgrammeId programme) {
        return new GrantScheme(
                SchemeId.next(),
                programme,
                Rupiah.of(960_000),
                Rupiah.of(9_600_000),
                "APBN Kemensos 2019",
                Rupiah.ZERO,
                0);
    }

    /** An account at BRI in the name of Siti Aminah. */
    static BankAccount account() {
        return BankAccount.of(BankCode.BRI, "0123-01-000456-50-7", PersonName.of("Siti Aminah"));
    }

    /** An award of a scheme's amount to a beneficiary, into {@link #account()}. */
    static Award award(GrantScheme scheme, BeneficiaryId beneficiary, LocalDate awardedOn) {
        return new Award(AwardId.next(), scheme.id(), beneficiary, scheme.amountPerPerson(), account(), awardedOn, 0);
    }

    /** An active reintegration plan of a beneficiary, with two goals and no services. */
    static ReintegrationPlan reintegrationPlan(BeneficiaryId beneficiary, LocalDate createdOn) {
        return ReintegrationPlan.create(
                beneficiary, List.of("usaha warung sendiri", "anak kembali sekolah"), createdOn, "officer-1");
    }

    /** A planned service of a type, classified by its default component, provided by the organiser. */
    static PlannedService service(ServiceType type, long cost, LocalDate dueOn) {
        return PlannedService.plan(type, null, null, ORGANISER, dueOn, Rupiah.of(cost));
    }

    /**
     * Runs a call that must fail with a conflict made from the given catalogue entry about the given kind of record,
     * and returns the conflict: every store raises the same exception type, code and record type for a rule.
     */
    static ConflictException conflict(ErrorCode code, RecordType recordType, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown)
                .as("expected a ConflictException coded " + code.code())
                .isInstanceOf(ConflictException.class);
        ConflictException conflict = (ConflictException) thrown;
        assertThat(conflict.code()).as("the conflict's code").isEqualTo(code.code());
        assertThat(conflict.errorCode()).as("the conflict's catalogue entry").isEqualTo(code);
        assertThat(conflict.kind()).as("the record type").isEqualTo(recordType);
        assertThat(conflict.recordType()).as("the record type's label").isEqualTo(recordType.label());
        return conflict;
    }

    /**
     * Compares field by field, recursively, so a failure names the field a store lost (a service's referral, a
     * payment's rejection), then as a whole.
     */
    static <T> void assertSameRecord(T actual, T expected) {
        assertThat(actual).as("as stored").usingRecursiveComparison().isEqualTo(expected);
        assertThat(actual).isEqualTo(expected);
    }

    /** Compares field by field, so a failure names the field a store lost, then as a whole. */
    static void assertSameBeneficiary(Beneficiary actual, Beneficiary expected) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(actual.id()).as("id").isEqualTo(expected.id());
        soft.assertThat(actual.version()).as("version").isEqualTo(expected.version());
        soft.assertThat(actual.name()).as("name").isEqualTo(expected.name());
        soft.assertThat(actual.sex()).as("sex").isEqualTo(expected.sex());
        soft.assertThat(actual.birth()).as("birth").isEqualTo(expected.birth());
        soft.assertThat(actual.nik()).as("nik").isEqualTo(expected.nik());
        soft.assertThat(actual.familyCard()).as("familyCard").isEqualTo(expected.familyCard());
        soft.assertThat(actual.documentStatus()).as("documentStatus").isEqualTo(expected.documentStatus());
        soft.assertThat(actual.origin()).as("origin").isEqualTo(expected.origin());
        soft.assertThat(actual.phone()).as("phone").isEqualTo(expected.phone());
        soft.assertThat(actual.returnInfo()).as("returnInfo").isEqualTo(expected.returnInfo());
        soft.assertThat(actual.profile()).as("profile").isEqualTo(expected.profile());
        soft.assertThat(actual.consents()).as("consents").isEqualTo(expected.consents());
        soft.assertThat(actual.assessments()).as("assessments").isEqualTo(expected.assessments());
        soft.assertThat(actual.status()).as("status").isEqualTo(expected.status());
        soft.assertThat(actual.outcome()).as("outcome").isEqualTo(expected.outcome());
        soft.assertThat(actual.history()).as("history").isEqualTo(expected.history());
        soft.assertThat(actual.registeredBy()).as("registeredBy").isEqualTo(expected.registeredBy());
        soft.assertThat(actual.mergedInto()).as("mergedInto").isEqualTo(expected.mergedInto());
        soft.assertThat(actual.mergedFrom()).as("mergedFrom").isEqualTo(expected.mergedFrom());
        soft.assertThat(actual.registeredAt()).as("registeredAt").isEqualTo(expected.registeredAt());
        soft.assertAll();
        assertThat(actual).isEqualTo(expected);
    }

    /** Compares field by field, then as a whole. */
    static void assertSameStay(Stay actual, Stay expected) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(actual.id()).as("id").isEqualTo(expected.id());
        soft.assertThat(actual.version()).as("version").isEqualTo(expected.version());
        soft.assertThat(actual.beneficiary()).as("beneficiary").isEqualTo(expected.beneficiary());
        soft.assertThat(actual.shelter()).as("shelter").isEqualTo(expected.shelter());
        soft.assertThat(actual.admittedOn()).as("admittedOn").isEqualTo(expected.admittedOn());
        soft.assertThat(actual.childProtection()).as("childProtection").isEqualTo(expected.childProtection());
        soft.assertThat(actual.services()).as("services").isEqualTo(expected.services());
        soft.assertThat(actual.dischargedOn()).as("dischargedOn").isEqualTo(expected.dischargedOn());
        soft.assertThat(actual.dischargeReason()).as("dischargeReason").isEqualTo(expected.dischargeReason());
        soft.assertThat(actual.transferredTo()).as("transferredTo").isEqualTo(expected.transferredTo());
        soft.assertThat(actual.dischargeNote()).as("dischargeNote").isEqualTo(expected.dischargeNote());
        soft.assertAll();
        assertThat(actual).isEqualTo(expected);
    }

    /** Compares field by field, then as a whole. */
    static void assertSameShelter(Shelter actual, Shelter expected) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(actual.id()).as("id").isEqualTo(expected.id());
        soft.assertThat(actual.version()).as("version").isEqualTo(expected.version());
        soft.assertThat(actual.code()).as("code").isEqualTo(expected.code());
        soft.assertThat(actual.name()).as("name").isEqualTo(expected.name());
        soft.assertThat(actual.type()).as("type").isEqualTo(expected.type());
        soft.assertThat(actual.region()).as("region").isEqualTo(expected.region());
        soft.assertThat(actual.capacity()).as("capacity").isEqualTo(expected.capacity());
        soft.assertThat(actual.occupied()).as("occupied").isEqualTo(expected.occupied());
        soft.assertAll();
        assertThat(actual).isEqualTo(expected);
    }
}
