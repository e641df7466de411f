package id.pulih.testkit;

import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.CaseField;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.CorrectionForm;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.Need;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.Region;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Regions;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Sex;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.ShelterType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators for forms, actors and command sequences, offered through {@link PulihGen}. Every date lies on or before
 * {@link #LATEST} (2020-01-01), so forms are valid under any clock from that day on, such as {@link CaseWorld}'s.
 */
final class FormGens {
    /** The latest date any generated valid form carries. */
    static final LocalDate LATEST = LocalDate.of(2020, 1, 1);

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2005, 12, 31);
    private static final LocalDate FIRST_RETURN = LocalDate.of(2010, 1, 1);
    private static final int MAX_STEPS = 40;
    private static final int MAX_DAYS_AGO = 60;

    /** Regencies the seeds name (Lombok, Kupang) and those of the world's shelters: origins that meet officers. */
    private static final List<String> HOT_REGENCIES = List.of("52.01", "52.02", "53.01", "31.75", "21.72", "61.71");

    private static final List<String> RETURN_COUNTRIES = List.of("MY", "SA", "HK", "TW", "SG", "AE");
    private static final List<String> ENTRY_POINTS =
            Arrays.asList("Tanjung Pinang", "Pontianak", "Nunukan", "Entikong", "Dumai", null);
    private static final List<OrganisationId> PARTNERS =
            List.of(OrganisationId.of("LKS-PANCA-KARSA"), OrganisationId.of("LKS-RUMAH-PEREMPUAN"));

    private FormGens() {}

    // --- intake forms ---

    static Gen<IntakeForm> intakeForms() {
        Gen<Person> people = PulihGen.personNames()
                .map(PersonName::value)
                .zip(identities(), origins(), Generate.enumValues(DocumentStatus.class), Person::new);
        Gen<Contact> contacts = PulihGen.phoneNumberTexts()
                .map(PhoneSpelling::text)
                .toOptionals(50)
                .zip(PulihGen.familyCardNumbers().map(FamilyCardNumber::value).toOptionals(70), Contact::new);
        return people.zip(contacts, returns(), profiles(), consents(), FormGens::intakeForm);
    }

    private record Person(String name, Identity identity, RegionCode origin, DocumentStatus documents) {}

    private record Contact(Optional<String> phone, Optional<String> familyCard) {}

    private record Identity(Sex sex, LocalDate birthDate, Integer estimatedYear, String nik) {}

    private record Return(String country, LocalDate date, String entryPoint, ReturnMode mode) {}

    private record Profile(
            Set<ExploitationType> exploitation,
            Set<MeansOfControl> control,
            Optional<LabourSector> sector,
            Optional<RecruiterRelation> recruiter) {}

    /** A consent dated some days after the return (never after {@link #LATEST}). */
    private record ConsentSeed(ConsentPurpose purpose, boolean given, int daysAfterReturn, boolean expires) {}

    private static IntakeForm intakeForm(
            Person person, Contact contact, Return back, Profile profile, List<ConsentSeed> consents) {
        Identity id = person.identity();
        List<ConsentForm> forms = new ArrayList<>();
        for (ConsentSeed seed : consents) {
            LocalDate date = back.date().plusDays(seed.daysAfterReturn());
            if (date.isAfter(LATEST)) {
                date = LATEST;
            }
            forms.add(new ConsentForm(seed.purpose(), seed.given(), date, seed.expires() ? date.plusYears(1) : null));
        }
        // The canonical constructor rather than IntakeFormBuilder: the builder class carries Immutables'
        // @Generated, whose class is not on a user's classpath, and -Xlint:all then warns at every use.
        return new IntakeForm(
                person.name(),
                id.sex(),
                id.birthDate(),
                id.estimatedYear(),
                id.nik(),
                contact.familyCard().orElse(null),
                person.documents(),
                person.origin().toString(),
                contact.phone().orElse(null),
                back.country(),
                back.date(),
                back.entryPoint(),
                back.mode(),
                profile.exploitation(),
                profile.control(),
                profile.sector().orElse(null),
                profile.recruiter().orElse(null),
                forms);
    }

    /**
     * Sex, birth (exact, estimated year, or both agreeing) and sometimes a NIK that agrees with them; an estimated
     * birth's NIK encodes a date in the estimated year.
     */
    private static Gen<Identity> identities() {
        Gen<LocalDate> births = dates(FIRST_BIRTH, LAST_BIRTH);
        Gen<Optional<Pair<RegionCode, Integer>>> nikParts = PulihGen.regionCodes(RegionLevel.DISTRICT)
                .zip(Generate.range(1, 9999, 1), Pair::of)
                .toOptionals(50);
        return Generate.enumValues(Sex.class)
                .zip(
                        Generate.range(0, 2, 0),
                        births,
                        nikParts,
                        (sex, kind, birth, nik) -> new Identity(
                                sex,
                                kind == 1 ? null : birth,
                                kind == 0 ? null : birth.getYear(),
                                nik.map(p -> new NikSpec(p._1, sex, birth, p._2).text())
                                        .orElse(null)));
    }

    /** Districts and villages, half of them in the regencies of the seeds and of the world's shelters. */
    private static Gen<RegionCode> origins() {
        List<RegionCode> hotDistricts = within(RegionLevel.DISTRICT);
        List<RegionCode> hotVillages = within(RegionLevel.VILLAGE);
        return oneOf(List.of(
                Generate.pick(hotDistricts),
                Generate.pick(hotVillages),
                PulihGen.regionCodes(RegionLevel.DISTRICT),
                PulihGen.regionCodes(RegionLevel.VILLAGE)));
    }

    private static List<RegionCode> within(RegionLevel level) {
        List<RegionCode> found = new ArrayList<>();
        for (Region region : Regions.official().all(level)) {
            for (String regency : HOT_REGENCIES) {
                if (RegionCode.of(regency).contains(region.code())) {
                    found.add(region.code());
                }
            }
        }
        return found;
    }

    private static Gen<Return> returns() {
        return Generate.pick(RETURN_COUNTRIES)
                .zip(
                        dates(FIRST_RETURN, LATEST),
                        Generate.pick(ENTRY_POINTS),
                        Generate.enumValues(ReturnMode.class),
                        Return::new);
    }

    private static Gen<Profile> profiles() {
        return subsets(ExploitationType.class)
                .zip(
                        subsets(MeansOfControl.class),
                        Generate.enumValues(LabourSector.class).toOptionals(30),
                        Generate.enumValues(RecruiterRelation.class).toOptionals(30),
                        Profile::new);
    }

    private static Gen<List<ConsentSeed>> consents() {
        Gen<ConsentSeed> one = Generate.enumValues(ConsentPurpose.class)
                .zip(Generate.booleans(), Generate.range(0, 30, 0), Generate.booleans(), ConsentSeed::new);
        return SourceDSL.lists().of(one).ofSizeBetween(0, 2);
    }

    // --- invalid intake forms ---

    /** One broken rule: how to break it, and the code the form must then be refused with. */
    private record Mutation(String code, UnaryOperator<Fields> change) {}

    static Gen<InvalidIntakeForm> invalidIntakeForms() {
        List<Gen<Mutation>> groups = List.of(
                nameMutations(),
                identityMutations(),
                PulihGen.invalidFamilyCardNumbers()
                        .map(s -> new Mutation(s.expectedCode(), f -> f.familyCardNumber(s.raw()))),
                originMutations(),
                PulihGen.invalidPhoneNumbers().map(s -> new Mutation(s.expectedCode(), f -> f.phone(s.raw()))),
                returnMutations(),
                enumMutations(),
                consentMutations());
        Gen<List<Mutation>> all = Generate.constant(List.<Mutation>of());
        for (Gen<Mutation> group : groups) {
            all = all.zip(group, (list, m) -> {
                List<Mutation> more = new ArrayList<>(list);
                more.add(m);
                return List.copyOf(more);
            });
        }
        // Which groups to break: a bit mask, shrinking toward the first group alone.
        Gen<Integer> chosen = Generate.range(1, (1 << groups.size()) - 1, 1);
        return intakeForms().zip(all, chosen, (valid, mutations, mask) -> {
            Fields fields = new Fields(valid);
            Set<String> codes = new LinkedHashSet<>();
            for (int i = 0; i < mutations.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    fields = mutations.get(i).change().apply(fields);
                    codes.add(mutations.get(i).code());
                }
            }
            return new InvalidIntakeForm(fields.build(), codes);
        });
    }

    private static Gen<Mutation> nameMutations() {
        return oneOf(List.of(
                PulihGen.invalidPersonNames().map(s -> new Mutation(s.expectedCode(), f -> f.name(s.raw()))),
                Generate.constant(new Mutation("name.notnull", f -> f.name(null)))));
    }

    /** Sex, birth and NIK broken together, since the NIK must agree with the other two. */
    private static Gen<Mutation> identityMutations() {
        Gen<NikSpec> specs = PulihGen.regionCodes(RegionLevel.DISTRICT)
                .zip(
                        Generate.enumValues(Sex.class),
                        dates(FIRST_BIRTH, LAST_BIRTH),
                        Generate.range(1, 9999, 1),
                        NikSpec::new);
        Gen<Mutation> badNik = PulihGen.invalidNiks().map(s -> new Mutation(s.expectedCode(), f -> f.nik(s.raw())));
        Gen<Mutation> sexMismatch = specs.map(spec -> new Mutation(
                "nik.sex-mismatch",
                f -> f.sex(spec.sex() == Sex.FEMALE ? Sex.MALE : Sex.FEMALE)
                        .birth(spec.birthDate(), null)
                        .nik(spec.text())));
        Gen<Mutation> dateMismatch = specs.zip(
                Generate.range(1, 400, 1),
                (spec, shift) -> new Mutation(
                        "nik.birthdate-mismatch",
                        f -> f.sex(spec.sex())
                                .birth(spec.birthDate().plusDays(shift), null)
                                .nik(spec.text())));
        Gen<Mutation> missing = Generate.constant(new Mutation("birth.required", f -> f.birth(null, null)));
        Gen<Mutation> conflict = dates(FIRST_BIRTH, LAST_BIRTH)
                .zip(
                        Generate.range(1, 5, 1),
                        (date, years) -> new Mutation(
                                "birth.conflict",
                                f -> f.birth(date, date.getYear() + years).nik(null)));
        Gen<Mutation> future = Generate.range(1, 3650, 1)
                .map(days -> new Mutation(
                        "date.future",
                        f -> f.birth(CaseWorld.TODAY.plusDays(days), null).nik(null)));
        Gen<Mutation> yearTooEarly = Generate.range(1800, 1899, 1899)
                .map(year -> new Mutation("estimatedBirthYear.min", f -> f.birth(null, year)));
        Gen<Mutation> yearTooLate = Generate.range(2101, 2200, 2101)
                .map(year -> new Mutation("estimatedBirthYear.max", f -> f.birth(null, year)));
        Gen<Mutation> noSex = Generate.constant(new Mutation("sex.notnull", f -> f.sex(null)));
        return oneOf(List.of(
                badNik, sexMismatch, dateMismatch, missing, conflict, future, yearTooEarly, yearTooLate, noSex));
    }

    private static Gen<Mutation> originMutations() {
        return oneOf(List.of(
                PulihGen.regionCodes(RegionLevel.PROVINCE)
                        .map(p -> new Mutation("origin.level", f -> f.originRegion(p.toString()))),
                Generate.pick(List.of("99.99", "52.99.99", "00.01", "11.01.99.9999"))
                        .map(code -> new Mutation("region.unknown", f -> f.originRegion(code))),
                Generate.pick(List.of("52.2", "5-2", "abc", "52.02.01.1"))
                        .map(code -> new Mutation("region.format", f -> f.originRegion(code))),
                Generate.constant(new Mutation("originRegion.notnull", f -> f.originRegion(null)))));
    }

    private static Gen<Mutation> returnMutations() {
        return oneOf(List.of(
                Generate.pick(List.of("ID", "id", "XX", "ZZ", "MYS", ""))
                        .map(c -> new Mutation("country.iso", f -> f.returnCountry(c))),
                Generate.constant(new Mutation("returnCountry.notnull", f -> f.returnCountry(null))),
                Generate.range(1, 1000, 1)
                        .map(days -> new Mutation("date.future", f -> f.returnDate(CaseWorld.TODAY.plusDays(days)))),
                Generate.constant(new Mutation("returnDate.notnull", f -> f.returnDate(null)))));
    }

    private static Gen<Mutation> enumMutations() {
        return Generate.pick(List.of(
                new Mutation("documentStatus.notnull", f -> f.documentStatus(null)),
                new Mutation("returnMode.notnull", f -> f.returnMode(null))));
    }

    private static Gen<Mutation> consentMutations() {
        return oneOf(List.of(
                Generate.range(1, 1000, 1)
                        .map(days -> new Mutation(
                                "date.future",
                                f -> f.consent(new ConsentForm(
                                        ConsentPurpose.CASE_MANAGEMENT, true, CaseWorld.TODAY.plusDays(days), null)))),
                Generate.constant(
                        new Mutation("purpose.notnull", f -> f.consent(new ConsentForm(null, true, LATEST, null)))),
                Generate.constant(new Mutation(
                        "date.notnull",
                        f -> f.consent(new ConsentForm(ConsentPurpose.FOLLOW_UP_CONTACT, false, null, null))))));
    }

    /** Every field of an intake form, to rebuild one with any of them broken (the builder refuses nulls). */
    private static final class Fields {
        private String name;
        private Sex sex;
        private LocalDate birthDate;
        private Integer estimatedBirthYear;
        private String nik;
        private String familyCardNumber;
        private DocumentStatus documentStatus;
        private String originRegion;
        private String phone;
        private String returnCountry;
        private LocalDate returnDate;
        private final String entryPoint;
        private ReturnMode returnMode;
        private final Set<ExploitationType> exploitation;
        private final Set<MeansOfControl> control;
        private final LabourSector sector;
        private final RecruiterRelation recruiter;
        private final List<ConsentForm> consents;

        Fields(IntakeForm form) {
            name = form.name();
            sex = form.sex();
            birthDate = form.birthDate();
            estimatedBirthYear = form.estimatedBirthYear();
            nik = form.nik();
            familyCardNumber = form.familyCardNumber();
            documentStatus = form.documentStatus();
            originRegion = form.originRegion();
            phone = form.phone();
            returnCountry = form.returnCountry();
            returnDate = form.returnDate();
            entryPoint = form.entryPoint();
            returnMode = form.returnMode();
            exploitation = form.exploitation();
            control = form.control();
            sector = form.sector();
            recruiter = form.recruiter();
            consents = new ArrayList<>(form.consents());
        }

        Fields name(String value) {
            name = value;
            return this;
        }

        Fields sex(Sex value) {
            sex = value;
            return this;
        }

        Fields birth(LocalDate date, Integer estimatedYear) {
            birthDate = date;
            estimatedBirthYear = estimatedYear;
            return this;
        }

        Fields nik(String value) {
            nik = value;
            return this;
        }

        Fields familyCardNumber(String value) {
            familyCardNumber = value;
            return this;
        }

        Fields documentStatus(DocumentStatus value) {
            documentStatus = value;
            return this;
        }

        Fields originRegion(String value) {
            originRegion = value;
            return this;
        }

        Fields phone(String value) {
            phone = value;
            return this;
        }

        Fields returnCountry(String value) {
            returnCountry = value;
            return this;
        }

        Fields returnDate(LocalDate value) {
            returnDate = value;
            return this;
        }

        Fields returnMode(ReturnMode value) {
            returnMode = value;
            return this;
        }

        Fields consent(ConsentForm value) {
            consents.add(value);
            return this;
        }

        IntakeForm build() {
            return new IntakeForm(
                    name,
                    sex,
                    birthDate,
                    estimatedBirthYear,
                    nik,
                    familyCardNumber,
                    documentStatus,
                    originRegion,
                    phone,
                    returnCountry,
                    returnDate,
                    entryPoint,
                    returnMode,
                    exploitation,
                    control,
                    sector,
                    recruiter,
                    consents);
        }
    }

    // --- shelters, assessments, actors ---

    static Gen<ShelterForm> shelterForms() {
        Gen<String> codes = Generate.pick(List.of("RPTC", "BALAI", "SENTRA", "POS", "LKS"))
                .zip(Generate.range(1, 999, 1), (prefix, n) -> prefix + "-" + n);
        return codes.zip(
                Generate.enumValues(ShelterType.class),
                oneOf(List.of(
                        PulihGen.regionCodes(RegionLevel.REGENCY),
                        PulihGen.regionCodes(RegionLevel.DISTRICT),
                        PulihGen.regionCodes(RegionLevel.VILLAGE))),
                Generate.range(1, 500, 1),
                (code, type, region, capacity) ->
                        new ShelterForm(code, "Shelter " + code, type, region.toString(), capacity));
    }

    static Gen<AssessmentForm> assessmentForms() {
        return dates(LocalDate.of(2015, 1, 1), LATEST)
                .zip(
                        Generate.enumValues(PovertyCategory.class),
                        subsets(Vulnerability.class),
                        subsets(RiskFactor.class),
                        subsets(Need.class),
                        AssessmentForm::new);
    }

    static Gen<Actor> actors() {
        Gen<Jurisdiction> jurisdictions = oneOf(List.of(
                Generate.constant(Jurisdiction.national()),
                oneOf(List.of(
                                Generate.pick(HOT_REGENCIES)
                                        .map(r -> RegionCode.of(r).province()),
                                PulihGen.regionCodes(RegionLevel.PROVINCE)))
                        .map(Jurisdiction::province),
                oneOf(List.of(
                                Generate.pick(HOT_REGENCIES).map(RegionCode::of),
                                PulihGen.regionCodes(RegionLevel.REGENCY)))
                        .map(Jurisdiction::regency),
                Generate.range(0, CaseWorld.SHELTERS - 1, 0).map(i -> Jurisdiction.shelter(CaseWorld.shelterId(i))),
                Generate.pick(PARTNERS).map(Jurisdiction::partner)));
        return Generate.range(1, 999, 1)
                .zip(
                        PulihGen.personNames(),
                        Generate.enumValues(Role.class),
                        jurisdictions,
                        (n, name, role, jurisdiction) -> Actor.of("officer-" + n, name, role, jurisdiction));
    }

    static List<OrganisationId> partners() {
        return PARTNERS;
    }

    // --- corrections ---

    /** The reasons a generated correction gives. */
    private static final List<String> CORRECTION_REASONS = List.of(
            "the family card was recovered",
            "misspelt at intake",
            "she gave her sister's number",
            "the recruiter was her uncle, she said at the follow-up visit");

    /** Who a correction says the person is: each part empty to keep it as recorded. */
    private record Who(
            Optional<String> name, Optional<Sex> sex, Optional<LocalDate> birthDate, Optional<Integer> estimatedYear) {}

    /** Where and how to reach the person, and the documents: each part empty to keep it. */
    private record Reach(
            Optional<String> origin,
            Optional<String> phone,
            Optional<String> familyCard,
            Optional<DocumentStatus> documents,
            Optional<Pair<String, String>> account,
            Optional<Set<CaseField>> removed) {}

    /** The trafficking profile as corrected: each part empty to keep it. */
    private record ProfileCorrection(
            Optional<Set<ExploitationType>> exploitation,
            Optional<Set<MeansOfControl>> control,
            Optional<LabourSector> sector,
            Optional<RecruiterRelation> recruiter) {}

    /**
     * Corrections, four in five valid (each field set one time in four, else kept; a birth date or an estimated
     * year, never both), one in five refused by the form for one reason of the intake form's rules: a foreign
     * phone number, a No. KK of the wrong length, a province for an origin, a birth date and a year that disagree,
     * a bank without an account number, or no reason. The version is 0: {@link CaseWorld} sends the stored one.
     */
    static Gen<CorrectionForm> correctionForms() {
        Gen<CorrectionForm> valid = correctionWho()
                .zip(correctionReach(), correctionProfile(), Generate.pick(CORRECTION_REASONS), FormGens::correction);
        Gen<UnaryOperator<CorrectionForm>> breaks = Generate.pick(List.of(
                f -> with(f, "phone", "+60 12 345 6789"),
                f -> with(f, "familyCardNumber", "52020101"),
                f -> with(f, "originRegion", "52"),
                f -> with(f, "birth", null),
                f -> with(f, "bankCode", "BRI"),
                f -> with(f, "reason", " ")));
        Gen<CorrectionForm> invalid = valid.zip(breaks, (f, broken) -> broken.apply(f));
        return Generate.frequency(List.of(Pair.of(4, valid), Pair.of(1, invalid)));
    }

    private static Gen<Who> correctionWho() {
        Gen<Integer> birthKind = Generate.frequency(List.of(
                Pair.of(6, Generate.constant(0)), Pair.of(1, Generate.constant(1)), Pair.of(1, Generate.constant(2))));
        return PulihGen.personNames()
                .map(PersonName::value)
                .toOptionals(75)
                .zip(
                        Generate.enumValues(Sex.class).toOptionals(85),
                        birthKind,
                        dates(FIRST_BIRTH, LAST_BIRTH),
                        (name, sex, kind, birth) -> new Who(
                                name,
                                sex,
                                kind == 1 ? Optional.of(birth) : Optional.empty(),
                                kind == 2 ? Optional.of(birth.getYear()) : Optional.empty()));
    }

    private static Gen<Reach> correctionReach() {
        Gen<Optional<Pair<String, String>>> accounts = MoneyGens.bankCodes()
                .map(code -> code.code())
                .zip(MoneyGens.bankAccountNumbers(), Pair::of)
                .toOptionals(75);
        return origins()
                .map(RegionCode::toString)
                .toOptionals(75)
                .zip(
                        PulihGen.phoneNumberTexts().map(PhoneSpelling::text).toOptionals(75),
                        PulihGen.familyCardNumbers()
                                .map(FamilyCardNumber::value)
                                .toOptionals(75),
                        Generate.enumValues(DocumentStatus.class).toOptionals(75),
                        (origin, phone, card, documents) ->
                                new Reach(origin, phone, card, documents, Optional.empty(), Optional.empty()))
                .zip(
                        accounts,
                        Generate.range(0, 7).toOptionals(75),
                        (reach, account, mask) -> new Reach(
                                reach.origin(),
                                reach.phone(),
                                reach.familyCard(),
                                reach.documents(),
                                account,
                                mask.map(m -> removable(m, reach, account))));
    }

    /** Optional fields to remove, chosen by the bits of {@code mask}, among those the correction does not set. */
    private static Set<CaseField> removable(int mask, Reach reach, Optional<Pair<String, String>> account) {
        Set<CaseField> removed = EnumSet.noneOf(CaseField.class);
        if ((mask & 1) != 0 && reach.phone().isEmpty()) {
            removed.add(CaseField.PHONE);
        }
        if ((mask & 2) != 0 && reach.familyCard().isEmpty()) {
            removed.add(CaseField.FAMILY_CARD);
        }
        if ((mask & 4) != 0 && account.isEmpty()) {
            removed.add(CaseField.BANK_ACCOUNT);
        }
        return removed;
    }

    private static Gen<ProfileCorrection> correctionProfile() {
        return subsets(ExploitationType.class)
                .toOptionals(75)
                .zip(
                        subsets(MeansOfControl.class).toOptionals(75),
                        Generate.enumValues(LabourSector.class).toOptionals(75),
                        Generate.enumValues(RecruiterRelation.class).toOptionals(75),
                        ProfileCorrection::new);
    }

    private static CorrectionForm correction(Who who, Reach reach, ProfileCorrection profile, String reason) {
        // The canonical constructor, not CorrectionFormBuilder: see intakeForm
        return new CorrectionForm(
                who.name().orElse(null),
                who.sex().orElse(null),
                who.birthDate().orElse(null),
                who.estimatedYear().orElse(null),
                reach.origin().orElse(null),
                reach.phone().orElse(null),
                reach.familyCard().orElse(null),
                reach.documents().orElse(null),
                profile.exploitation().orElse(null),
                profile.control().orElse(null),
                profile.sector().orElse(null),
                profile.recruiter().orElse(null),
                reach.account().map(p -> p._1).orElse(null),
                reach.account().map(p -> p._2).orElse(null),
                null,
                reach.removed().orElse(null),
                reason,
                0);
    }

    /**
     * A correction with one part replaced: {@code birth} sets a birth date and a disagreeing year, {@code bankCode}
     * a bank without a number.
     */
    private static CorrectionForm with(CorrectionForm f, String part, String text) {
        return new CorrectionForm(
                f.name(),
                f.sex(),
                part.equals("birth") ? LocalDate.of(1990, 7, 5) : f.birthDate(),
                part.equals("birth") ? Integer.valueOf(1985) : f.estimatedBirthYear(),
                part.equals("originRegion") ? text : f.originRegion(),
                part.equals("phone") ? text : f.phone(),
                part.equals("familyCardNumber") ? text : f.familyCardNumber(),
                f.documentStatus(),
                f.exploitation(),
                f.control(),
                f.sector(),
                f.recruiter(),
                part.equals("bankCode") ? text : f.bankCode(),
                part.equals("bankCode") ? null : f.accountNumber(),
                f.accountHolder(),
                f.removed(),
                part.equals("reason") ? text : f.reason(),
                f.expectedVersion());
    }

    // --- command sequences ---

    static Gen<List<CaseCommand>> caseCommands() {
        Gen<List<CaseCommand>> single = caseCommand().map(command -> List.of(command));
        Gen<List<CaseCommand>> step = Generate.frequency(List.of(
                Pair.of(12, single),
                Pair.of(2, journeys()),
                Pair.of(2, twinsInShelters()),
                Pair.of(2, referralJourneys()),
                Pair.of(2, grantJourneys())));
        return SourceDSL.lists().of(step).ofSizeBetween(1, MAX_STEPS).map(steps -> {
            List<CaseCommand> flat = new ArrayList<>();
            steps.forEach(flat::addAll);
            return List.copyOf(flat.subList(0, Math.min(flat.size(), MAX_STEPS)));
        });
    }

    /**
     * The start of one person's way home, today: admission, return plan, departure, handover, reintegration,
     * closing. Random single commands seldom line these up for one person, and the later rules (handover, moves
     * after repatriation) would go untested.
     */
    private static Gen<List<CaseCommand>> journeys() {
        return Generate.range(0, 3, 0)
                .zip(Generate.range(0, CaseWorld.SHELTERS - 1, 0), Generate.range(1, 6, 6), (b, s, length) -> {
                    List<CaseCommand> all = List.of(
                            new CaseCommand.Admit(b, s, 0),
                            new CaseCommand.PlanReturn(b, CaseCommand.Destination.ORIGIN),
                            new CaseCommand.Depart(b, 0),
                            new CaseCommand.HandOver(b, 0),
                            new CaseCommand.StartReintegration(b),
                            new CaseCommand.Close(b, CaseOutcome.REINTEGRATED));
                    return all.subList(0, length);
                });
    }

    /**
     * One case's way to a business stimulus grant, interrupted at one point by its closure or its merge (or not at
     * all), then carried on: consent to take part, enrolment, attendance, the award, the payment and a batch. After a
     * closure or a merge the rest must be refused or leave the payment out; random commands seldom line this up.
     */
    private static Gen<List<CaseCommand>> grantJourneys() {
        List<CaseCommand.GrantStep> steps = List.of(
                CaseCommand.GrantStep.ENROL,
                CaseCommand.GrantStep.ATTEND,
                CaseCommand.GrantStep.AWARD,
                CaseCommand.GrantStep.DISBURSE,
                CaseCommand.GrantStep.BATCH);
        Gen<CaseCommand> interruption = Generate.pick(List.of(
                new CaseCommand.Close(0, CaseOutcome.LOST_CONTACT),
                new CaseCommand.RequestClosure(0, CaseOutcome.REINTEGRATED),
                new CaseCommand.ApproveClosure(0),
                new CaseCommand.RegisterTwin(0),
                new CaseCommand.Merge(0, false),
                new CaseCommand.Merge(0, true),
                new CaseCommand.Reopen(0)));
        return Generate.range(0, 3, 0)
                .zip(
                        Generate.range(0, steps.size(), steps.size()),
                        SourceDSL.lists().of(interruption).ofSizeBetween(0, 2),
                        (b, at, breaks) -> {
                            List<CaseCommand> all = new ArrayList<>();
                            all.add(new CaseCommand.RecordConsent(b, ConsentPurpose.PROGRAMME_PARTICIPATION, true));
                            for (int i = 0; i < steps.size(); i++) {
                                if (i == at) {
                                    for (CaseCommand cut : breaks) {
                                        all.add(onBeneficiary(cut, b));
                                    }
                                }
                                all.add(new CaseCommand.Grant(b, steps.get(i)));
                            }
                            return List.copyOf(all);
                        });
    }

    /** An interruption of {@link #grantJourneys} for the journey's beneficiary. */
    private static CaseCommand onBeneficiary(CaseCommand cut, int b) {
        if (cut instanceof CaseCommand.Close c) {
            return new CaseCommand.Close(b, c.outcome());
        } else if (cut instanceof CaseCommand.RequestClosure r) {
            return new CaseCommand.RequestClosure(b, r.outcome());
        } else if (cut instanceof CaseCommand.ApproveClosure) {
            return new CaseCommand.ApproveClosure(b);
        } else if (cut instanceof CaseCommand.RegisterTwin) {
            return new CaseCommand.RegisterTwin(b);
        } else if (cut instanceof CaseCommand.Merge m) {
            return new CaseCommand.Merge(b, m.keepBeneficiary());
        } else if (cut instanceof CaseCommand.Reopen) {
            return new CaseCommand.Reopen(b);
        }
        throw new IllegalArgumentException("not an interruption: " + cut);
    }

    /**
     * A person registered twice, each registration admitted to a shelter, then the pair merged: the merge must be
     * refused ({@code merge.open-stays}). Index -1 names the latest registration, the twin. Random commands reach
     * this seldom, the more so as more kinds of command are generated.
     */
    private static Gen<List<CaseCommand>> twinsInShelters() {
        return Generate.range(0, 3, 0)
                .zip(
                        Generate.range(0, CaseWorld.SHELTERS - 1, 0),
                        Generate.booleans(),
                        (b, s, keep) -> List.of(
                                new CaseCommand.Admit(b, s, 0),
                                new CaseCommand.RegisterTwin(b),
                                new CaseCommand.Admit(-1, s + 1, 0),
                                new CaseCommand.Merge(-1, keep)));
    }

    /**
     * Histories around referrals: mostly whole journeys to an accepted referral and one of its endings, with the
     * commands of a case over the years and any other command in between.
     */
    static Gen<List<CaseCommand>> referralCommands() {
        Gen<Integer> who = Generate.range(0, 3, 0);
        Gen<List<CaseCommand>> single = caseCommand().map(command -> List.of(command));
        Gen<List<CaseCommand>> lifecycle = lifecycleCommands(who).map(command -> List.of(command));
        Gen<List<CaseCommand>> step =
                Generate.frequency(List.of(Pair.of(2, referralJourneys()), Pair.of(3, lifecycle), Pair.of(1, single)));
        return SourceDSL.lists().of(step).ofSizeBetween(1, 8).map(steps -> {
            List<CaseCommand> flat = new ArrayList<>();
            steps.forEach(flat::addAll);
            return List.copyOf(flat.subList(0, Math.min(flat.size(), MAX_STEPS)));
        });
    }

    /**
     * One person's way home as far as a referral to a partner, then how it may end: the service delivered, consent to
     * disclosure withdrawn, the case closed on request or directly, the referral withdrawn. Random commands seldom
     * line these up, and the partner's access would go untested.
     */
    private static Gen<List<CaseCommand>> referralJourneys() {
        Gen<Integer> who = Generate.range(0, 3, 0);
        Gen<List<CaseCommand>> endings = Generate.pick(List.of(
                List.of(
                        new CaseCommand.StartService(0),
                        new CaseCommand.EndReferral(0, CaseCommand.Ending.DELIVER_SERVICE)),
                List.of(new CaseCommand.RecordConsent(0, ConsentPurpose.DISCLOSURE_TO_PARTNERS, false)),
                List.of(new CaseCommand.RequestClosure(0, CaseOutcome.REINTEGRATED), new CaseCommand.ApproveClosure(0)),
                List.of(new CaseCommand.RequestClosure(0, CaseOutcome.OTHER), new CaseCommand.ReturnClosure(0)),
                List.of(new CaseCommand.Close(0, CaseOutcome.LOST_CONTACT), new CaseCommand.Reopen(0)),
                List.of(new CaseCommand.EndReferral(0, CaseCommand.Ending.WITHDRAW)),
                List.of(new CaseCommand.EndReferral(0, CaseCommand.Ending.CANCEL_SERVICE))));
        return who.zip(Generate.range(0, 1, 0), Generate.range(1, 12, 12), endings, (b, partner, length, ending) -> {
            List<CaseCommand> all = new ArrayList<>(List.of(
                    new CaseCommand.Admit(b, 0, 0),
                    new CaseCommand.PlanReturn(b, CaseCommand.Destination.ORIGIN),
                    new CaseCommand.Depart(b, 0),
                    new CaseCommand.HandOver(b, 0),
                    new CaseCommand.RecordConsent(b, ConsentPurpose.DISCLOSURE_TO_PARTNERS, true),
                    new CaseCommand.CreatePlan(b),
                    new CaseCommand.AddService(b),
                    new CaseCommand.Refer(b, partner, false),
                    new CaseCommand.AcceptReferral(b)));
            for (CaseCommand end : ending) {
                all.add(withBeneficiary(end, b));
            }
            return List.copyOf(all.subList(0, Math.min(length, all.size())));
        });
    }

    /** An ending of {@link #referralJourneys} for the journey's beneficiary. */
    private static CaseCommand withBeneficiary(CaseCommand end, int b) {
        if (end instanceof CaseCommand.StartService) {
            return new CaseCommand.StartService(b);
        } else if (end instanceof CaseCommand.EndReferral e) {
            return new CaseCommand.EndReferral(b, e.how());
        } else if (end instanceof CaseCommand.RecordConsent c) {
            return new CaseCommand.RecordConsent(b, c.purpose(), c.given());
        } else if (end instanceof CaseCommand.RequestClosure r) {
            return new CaseCommand.RequestClosure(b, r.outcome());
        } else if (end instanceof CaseCommand.ApproveClosure) {
            return new CaseCommand.ApproveClosure(b);
        } else if (end instanceof CaseCommand.ReturnClosure) {
            return new CaseCommand.ReturnClosure(b);
        } else if (end instanceof CaseCommand.Close c) {
            return new CaseCommand.Close(b, c.outcome());
        } else if (end instanceof CaseCommand.Reopen) {
            return new CaseCommand.Reopen(b);
        }
        throw new IllegalArgumentException("not an ending: " + end);
    }

    private static Gen<CaseCommand> caseCommand() {
        Gen<CaseCommand> plain = plainCommand();
        return Generate.frequency(List.of(weighted(9, plain), weighted(1, actors().zip(plain, CaseCommand.As::new))));
    }

    private static Gen<CaseCommand> plainCommand() {
        Gen<Integer> who = Generate.range(0, 3, 0);
        Gen<Integer> where = Generate.range(0, CaseWorld.SHELTERS - 1, 0);
        // Mostly today, so that returns get as far as the handover; sometimes back-dated.
        Gen<Integer> when = Generate.frequency(
                List.of(Pair.of(3, Generate.constant(0)), Pair.of(1, Generate.range(0, MAX_DAYS_AGO, 0))));
        List<Pair<Integer, Gen<CaseCommand>>> choices = List.of(
                weighted(4, intakeForms().map(CaseCommand.Register::new)),
                weighted(4, who.zip(where, when, CaseCommand.Admit::new)),
                weighted(1, who.zip(where, when, CaseCommand.Transfer::new)),
                weighted(1, who.zip(Generate.enumValues(DischargeReason.class), when, CaseCommand.Discharge::new)),
                weighted(2, who.zip(Generate.enumValues(CaseCommand.Destination.class), CaseCommand.PlanReturn::new)),
                weighted(3, who.zip(when, CaseCommand.Depart::new)),
                weighted(3, who.zip(when, CaseCommand.HandOver::new)),
                weighted(1, who.map(CaseCommand.CancelReturn::new)),
                weighted(1, who.map(CaseCommand.StartReintegration::new)),
                weighted(1, who.zip(Generate.enumValues(CaseOutcome.class), CaseCommand.Close::new)),
                weighted(1, who.map(CaseCommand.Reopen::new)),
                weighted(1, who.zip(assessmentForms(), CaseCommand.Assess::new)),
                weighted(2, who.map(CaseCommand.RegisterTwin::new)),
                weighted(2, who.zip(Generate.booleans(), CaseCommand.Merge::new)),
                weighted(1, who.zip(correctionForms(), CaseCommand.Correct::new)),
                weighted(
                        1,
                        who.zip(
                                Generate.enumValues(CaseCommand.NikChoice.class),
                                Generate.booleans(),
                                CaseCommand.AttachNik::new)),
                weighted(1, where.zip(Generate.range(0, 4, 1), CaseCommand.ChangeCapacity::new)),
                // the case over the years, together as often as one of the commands above
                weighted(2, lifecycleCommands(who)),
                weighted(1, who.zip(Generate.enumValues(CaseCommand.GrantStep.class), CaseCommand.Grant::new)));
        return Generate.frequency(choices);
    }

    /** Closing on request, consent, plans and referrals (issue 14), for {@link #plainCommand}. */
    private static Gen<CaseCommand> lifecycleCommands(Gen<Integer> who) {
        return Generate.frequency(List.of(
                weighted(1, who.zip(Generate.enumValues(CaseOutcome.class), CaseCommand.RequestClosure::new)),
                weighted(1, who.map(CaseCommand.ApproveClosure::new)),
                weighted(1, who.map(CaseCommand.ReturnClosure::new)),
                weighted(
                        2,
                        who.zip(
                                Generate.enumValues(ConsentPurpose.class),
                                Generate.booleans(),
                                CaseCommand.RecordConsent::new)),
                weighted(1, who.map(CaseCommand.CreatePlan::new)),
                weighted(1, who.map(CaseCommand.AddService::new)),
                weighted(2, who.zip(Generate.range(0, 1, 0), Generate.booleans(), CaseCommand.Refer::new)),
                weighted(1, who.map(CaseCommand.AcceptReferral::new)),
                weighted(1, who.map(CaseCommand.StartService::new)),
                weighted(1, who.zip(Generate.enumValues(CaseCommand.Ending.class), CaseCommand.EndReferral::new))));
    }

    // --- helpers ---

    private static Pair<Integer, Gen<CaseCommand>> weighted(int weight, Gen<? extends CaseCommand> gen) {
        return Pair.of(weight, gen.map(command -> (CaseCommand) command));
    }

    private static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
        return Generate.longRange(0, ChronoUnit.DAYS.between(first, last), 0).map(first::plusDays);
    }

    /** Subsets of an enum, by a bit mask that shrinks toward the empty set. */
    private static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
        E[] values = type.getEnumConstants();
        return Generate.longRange(0, (1L << values.length) - 1, 0).map(mask -> {
            Set<E> chosen = EnumSet.noneOf(type);
            for (int i = 0; i < values.length; i++) {
                if ((mask & (1L << i)) != 0) {
                    chosen.add(values[i]);
                }
            }
            return Set.copyOf(chosen);
        });
    }

    /** One of the generators, chosen by an index that shrinks toward the first. */
    private static <T> Gen<T> oneOf(List<Gen<T>> gens) {
        List<Gen<T>> choices = List.copyOf(gens);
        return Generate.range(0, choices.size() - 1, 0).flatMap(choices::get);
    }
}
