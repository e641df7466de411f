package id.pulih.testkit;

import id.pulih.access.Jurisdiction;
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
import id.pulih.beneficiary.StatusChange;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.RepatriationId;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Sex;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceDelivery;
import id.pulih.shelter.ServiceKind;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterType;
import id.pulih.shelter.Stay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators for whole aggregates, offered through {@link PulihGen}. Each aggregate is built from the value
 * generators and its own rule-enforcing methods (a status history comes from {@code moveTo}, {@code close} and
 * {@code reopen}; a discharge from {@code discharge} or {@code transferTo}), so every generated aggregate is one the
 * domain could have produced, at version 0 and ready to save.
 *
 * <p>Every optional part is sometimes present and sometimes absent. Instants are whole microseconds, the finest
 * precision PostgreSQL keeps, and free text mixes scripts, so a store that truncates time or mangles text fails a
 * round trip. Identifiers are drawn from the randomness source rather than {@code next()}, so shrinking is
 * repeatable.
 */
final class AggregateGens {
    /** 2015-01-01T00:00:00Z: case records start around then. */
    private static final long FIRST_SECOND = 1_420_070_400L;
    /** About fifteen years of seconds. */
    private static final long SPAN_SECONDS = 15L * 366 * 24 * 3600;

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int SPAN_DAYS = 15 * 365;
    private static final List<String> COUNTRIES = List.of("MY", "SA", "AE", "HK", "TW", "SG", "KH", "MM", "CN", "JP");
    private static final List<String> ENTRY_POINTS = List.of(
            "", "Entikong", "Nunukan", "Tanjung Pinang", "Dumai", "Bandara Soekarno-Hatta", "Pelabuhan Tanjung Priok");
    private static final List<RegionLevel> ORIGIN_LEVELS =
            List.of(RegionLevel.REGENCY, RegionLevel.DISTRICT, RegionLevel.VILLAGE);
    private static final int MAX_PARTS = 4;

    private AggregateGens() {}

    static Gen<Beneficiary> beneficiaries() {
        return in -> {
            Instant registeredAt = instants().generate(in);
            // drawn in the order the generator has always drawn them, so that a seed keeps its case
            BeneficiaryId id = new BeneficiaryId(uuids().generate(in));
            Person person = new Person(
                    PersonGens.personNames().generate(in),
                    Generate.enumValues(Sex.class).generate(in),
                    birthDates().generate(in),
                    RegionGens.niks().toOptionals(40).generate(in),
                    RegionGens.familyCardNumbers().toOptionals(50).generate(in),
                    Generate.enumValues(DocumentStatus.class).generate(in),
                    RegionGens.regionCodes(Generate.pick(ORIGIN_LEVELS).generate(in))
                            .generate(in),
                    PersonGens.phoneNumbers().toOptionals(50).generate(in));
            ReturnInfo returnInfo = returns().generate(in);
            TraffickingProfile profile = profiles().generate(in);
            List<Consent> consents = listOf(consents(), in);
            List<Assessment> assessments = listOf(assessments(), in);
            StatusChange intake =
                    new StatusChange(null, CaseStatus.REGISTERED, registeredAt, actors().generate(in), "intake");
            Jurisdiction registeredBy = jurisdictions().generate(in);
            CaseHistory history = new CaseHistory(
                    CaseStatus.REGISTERED,
                    Optional.empty(),
                    List.of(intake),
                    assessments,
                    consents,
                    Optional.empty(),
                    mergedFrom(in));
            Beneficiary registered =
                    Beneficiary.rebuild(id, person, returnInfo, profile, history, registeredBy, registeredAt, 0);
            Beneficiary moved = walkStatuses(registered, registeredAt, in);
            boolean merged = Generate.range(0, 9, 0).generate(in) == 9;
            return merged ? moved.mergeInto(new BeneficiaryId(uuids().generate(in))) : moved;
        };
    }

    static Gen<Shelter> shelters() {
        return in -> {
            int capacity = Generate.range(1, 500, 1).generate(in);
            ShelterType type = Generate.enumValues(ShelterType.class).generate(in);
            String code = type.name().replace('_', '-') + "-"
                    + Long.toString(Generate.longRange(0, Long.MAX_VALUE, 0).generate(in), 36)
                            .toUpperCase(Locale.ROOT);
            return new Shelter(
                    new ShelterId(uuids().generate(in)),
                    code,
                    "Rumah " + PersonGens.personNames().generate(in).value(),
                    type,
                    RegionGens.regionCodes(Generate.pick(List.of(RegionLevel.PROVINCE, RegionLevel.REGENCY))
                                    .generate(in))
                            .generate(in),
                    capacity,
                    Generate.range(0, capacity, 0).generate(in),
                    0);
        };
    }

    static Gen<Stay> stays() {
        return in -> {
            ShelterId shelter = new ShelterId(uuids().generate(in));
            LocalDate admitted = days().generate(in);
            Stay stay = new Stay(
                    new StayId(uuids().generate(in)),
                    new BeneficiaryId(uuids().generate(in)),
                    shelter,
                    admitted,
                    Generate.booleans().generate(in),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    0);
            int services = Generate.range(0, MAX_PARTS, 0).generate(in);
            for (int i = 0; i < services; i++) {
                stay = stay.record(new ServiceDelivery(
                        Generate.enumValues(ServiceKind.class).generate(in),
                        admitted.plusDays(Generate.range(0, 90, 0).generate(in)),
                        actors().generate(in),
                        freeText().generate(in)));
            }
            LocalDate end = admitted.plusDays(Generate.range(0, 120, 0).generate(in));
            switch (Generate.range(0, 2, 0).generate(in)) {
                case 1:
                    DischargeReason reason = Generate.pick(List.of(
                                    DischargeReason.REPATRIATED,
                                    DischargeReason.REFERRED_TO_HOSPITAL,
                                    DischargeReason.LEFT_WITHOUT_NOTICE,
                                    DischargeReason.OTHER))
                            .generate(in);
                    return stay.discharge(end, reason, freeText().generate(in));
                case 2:
                    UUID target = uuids().generate(in);
                    if (target.equals(stay.shelter().value())) {
                        // shrinking drives both ids to the same value; a transfer must go elsewhere
                        target = new UUID(target.getMostSignificantBits(), ~target.getLeastSignificantBits());
                    }
                    return stay.transferTo(new ShelterId(target), end);
                default:
                    return stay;
            }
        };
    }

    static Gen<Repatriation> repatriations() {
        return in -> {
            LocalDate planned = days().generate(in);
            Repatriation plan = new Repatriation(
                    new RepatriationId(uuids().generate(in)),
                    new BeneficiaryId(uuids().generate(in)),
                    new StayId(uuids().generate(in)),
                    new ShelterId(uuids().generate(in)),
                    RegionGens.regionCodes(Generate.pick(ORIGIN_LEVELS).generate(in))
                            .generate(in),
                    freeText().generate(in),
                    Generate.enumValues(TransportMode.class).generate(in),
                    PersonGens.personNames().generate(in).value(),
                    freeText().generate(in) + " Dinas Sosial",
                    planned,
                    id.pulih.repatriation.RepatriationState.PLANNED,
                    null,
                    null,
                    "",
                    "",
                    0);
            LocalDate departed = planned.plusDays(Generate.range(0, 10, 0).generate(in));
            switch (Generate.range(0, 4, 0).generate(in)) {
                case 1:
                    return plan.depart(departed);
                case 2:
                    return plan.depart(departed)
                            .handOver(
                                    departed.plusDays(Generate.range(0, 5, 0).generate(in)),
                                    PersonGens.personNames().generate(in).value());
                case 3:
                    return plan.cancel(freeText().generate(in) + " cancelled");
                case 4:
                    return plan.depart(departed).cancel(freeText().generate(in) + " cancelled");
                default:
                    return plan;
            }
        };
    }

    static Gen<AuditEntry> auditEntries() {
        return in -> {
            long before = Generate.longRange(0, 1_000, 0).generate(in);
            return new AuditEntry(
                    uuids().generate(in),
                    instants().generate(in),
                    actors().generate(in),
                    Generate.pick(List.of("register", "assess", "admit", "discharge", "plan-return", "merge"))
                            .generate(in),
                    Generate.pick(List.of("beneficiary", "stay", "shelter", "repatriation", "duplicate"))
                            .generate(in),
                    uuids().generate(in).toString(),
                    before,
                    before + 1,
                    freeText().generate(in));
        };
    }

    /** Any 128 bits; stores must keep every one, not only those of version 7 UUIDs. */
    private static Gen<UUID> uuids() {
        Gen<Long> bits = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE, 0);
        return bits.zip(bits, UUID::new);
    }

    /** Whole microseconds from 2015 to 2030. */
    private static Gen<Instant> instants() {
        return Generate.longRange(0, SPAN_SECONDS, 0)
                .zip(
                        Generate.range(0, 999_999, 0),
                        (second, micro) -> Instant.ofEpochSecond(FIRST_SECOND + second, micro * 1_000L));
    }

    private static Gen<LocalDate> days() {
        return Generate.range(0, SPAN_DAYS, 0).map(FIRST_DAY::plusDays);
    }

    private static Gen<BirthDate> birthDates() {
        Gen<BirthDate> exact = Generate.range(0, 80 * 365, 0)
                .map(d -> BirthDate.exact(LocalDate.of(1940, 1, 1).plusDays(d)));
        Gen<BirthDate> estimated = Generate.range(1940, 2020, 1990).map(BirthDate::estimatedYear);
        return exact.mix(estimated, 30);
    }

    /** Short free text in several scripts, sometimes empty: notes, reasons, receiving offices. */
    private static Gen<String> freeText() {
        return PersonGens.personNames().map(PersonName::value).toOptionals(20).map(text -> text.orElse(""));
    }

    private static Gen<String> actors() {
        return Generate.range(1, 999, 1).map(n -> "officer-" + n);
    }

    private static Gen<ReturnInfo> returns() {
        return Generate.pick(COUNTRIES)
                .zip(days(), Generate.pick(ENTRY_POINTS), Generate.enumValues(ReturnMode.class), ReturnInfo::new);
    }

    private static Gen<TraffickingProfile> profiles() {
        return in -> new TraffickingProfile(
                enumSet(ExploitationType.class, in),
                enumSet(MeansOfControl.class, in),
                Generate.enumValues(LabourSector.class).generate(in),
                Generate.enumValues(RecruiterRelation.class).generate(in));
    }

    private static Gen<Consent> consents() {
        return in -> {
            LocalDate given = days().generate(in);
            LocalDate expires = Generate.range(1, 730, 1)
                    .map(given::plusDays)
                    .toOptionals(50)
                    .generate(in)
                    .orElse(null);
            return new Consent(
                    Generate.enumValues(ConsentPurpose.class).generate(in),
                    Generate.booleans().generate(in),
                    given,
                    expires,
                    actors().generate(in));
        };
    }

    private static Gen<Assessment> assessments() {
        return in -> new Assessment(
                days().generate(in),
                Generate.enumValues(PovertyCategory.class).generate(in),
                enumSet(Vulnerability.class, in),
                enumSet(RiskFactor.class, in),
                enumSet(Need.class, in),
                actors().generate(in));
    }

    /** Each kind of jurisdiction, so a store must keep the kind as well as the code. */
    private static Gen<Jurisdiction> jurisdictions() {
        return in -> {
            switch (Generate.range(0, 4, 0).generate(in)) {
                case 1:
                    return Jurisdiction.province(
                            RegionGens.regionCodes(RegionLevel.PROVINCE).generate(in));
                case 2:
                    return Jurisdiction.regency(
                            RegionGens.regionCodes(RegionLevel.REGENCY).generate(in));
                case 3:
                    return Jurisdiction.shelter(new ShelterId(uuids().generate(in)));
                case 4:
                    return Jurisdiction.partner(new OrganisationId(
                            "LKS-" + Generate.range(1, 9999, 1).generate(in)));
                default:
                    return Jurisdiction.national();
            }
        };
    }

    private static Set<BeneficiaryId> mergedFrom(RandomnessSource in) {
        Set<BeneficiaryId> ids = new HashSet<>();
        int count = Generate.range(0, 3, 0).generate(in);
        for (int i = 0; i < count; i++) {
            ids.add(new BeneficiaryId(uuids().generate(in)));
        }
        return ids;
    }

    /**
     * Follows the status machine from {@code REGISTERED} for a few steps, closing with an outcome and sometimes
     * reopening, each change a little later than the one before.
     */
    private static Beneficiary walkStatuses(Beneficiary start, Instant registeredAt, RandomnessSource in) {
        Beneficiary current = start;
        Instant at = registeredAt;
        int steps = Generate.range(0, MAX_PARTS, 0).generate(in);
        for (int i = 0; i < steps; i++) {
            at = at.plusSeconds(Generate.range(60, 90 * 24 * 3600, 60).generate(in));
            String actor = actors().generate(in);
            if (current.status() == CaseStatus.CLOSED) {
                current = current.reopen("new information", at, actor);
                continue;
            }
            List<CaseStatus> next = new ArrayList<>(current.status().next());
            CaseStatus target = Generate.pick(next).generate(in);
            current = target == CaseStatus.CLOSED
                    ? current.close(
                            Generate.enumValues(CaseOutcome.class).generate(in),
                            at,
                            actor,
                            freeText().generate(in))
                    : current.moveTo(target, at, actor, freeText().generate(in));
        }
        return current;
    }

    private static <T> List<T> listOf(Gen<T> gen, RandomnessSource in) {
        int size = Generate.range(0, MAX_PARTS, 0).generate(in);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(gen.generate(in));
        }
        return list;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, RandomnessSource in) {
        Set<E> set = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (Generate.range(0, 3, 0).generate(in) == 3) {
                set.add(value);
            }
        }
        return set;
    }
}
