package id.pulih.testkit;

import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.Region;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Regions;
import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for region codes, NIK and family card numbers, offered through {@link PulihGen}. Every choice is an
 * index or a number that shrinks toward zero, so a failing property reports the first district of the list, the
 * first birth date, serial 1 and the first kind of mutation.
 */
final class RegionGens {
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1926, 1, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2025, 12, 31);
    private static final LocalDate FIRST_ISSUE = LocalDate.of(1975, 1, 1);
    private static final int LAST_SERIAL = 9999;

    private RegionGens() {}

    static Gen<RegionCode> regionCodes() {
        List<Gen<RegionCode>> levels = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            levels.add(regionCodes(level));
        }
        return oneOf(levels);
    }

    static Gen<RegionCode> regionCodes(RegionLevel level) {
        List<Region> regions = Regions.official().all(Objects.requireNonNull(level, "level"));
        return Generate.range(0, regions.size() - 1, 0)
                .map(index -> regions.get(index).code());
    }

    static Gen<NikSpec> nikSpecs() {
        return regionCodes(RegionLevel.DISTRICT)
                .zip(
                        Generate.range(0, 1, 0),
                        birthDates(),
                        serials(),
                        (district, female, birthDate, serial) ->
                                new NikSpec(district, female == 1 ? Sex.FEMALE : Sex.MALE, birthDate, serial));
    }

    static Gen<Nik> niks() {
        return nikSpecs().map(NikSpec::toNik);
    }

    static Gen<InvalidSample> invalidNiks() {
        Gen<String> valid = nikSpecs().map(NikSpec::text);
        return oneOf(List.of(
                blanks("nik.required"),
                wrongLengths(valid, "nik.length"),
                foreignCharacters(valid, "nik.format"),
                unofficialProvinces(valid, "nik.province"),
                replaced(valid, 6, badDays(), "nik.day"),
                replaced(valid, 8, badMonths(), "nik.month"),
                impossibleDates(),
                serialZero(valid, "nik.serial")));
    }

    static Gen<FamilyCardNumber> familyCardNumbers() {
        return familyCardTexts().map(FamilyCardNumber::of);
    }

    static Gen<InvalidSample> invalidFamilyCardNumbers() {
        Gen<String> valid = familyCardTexts();
        return oneOf(List.of(
                blanks("kk.required"),
                wrongLengths(valid, "kk.length"),
                foreignCharacters(valid, "kk.format"),
                unofficialProvinces(valid, "kk.province"),
                serialZero(valid, "kk.serial")));
    }

    /** Any date from 1926 to 2025, and often 29 February of a leap year, which a plain range would rarely hit. */
    private static Gen<LocalDate> birthDates() {
        Gen<LocalDate> any = Generate.longRange(0, ChronoUnit.DAYS.between(FIRST_BIRTH, LAST_BIRTH), 0)
                .map(FIRST_BIRTH::plusDays);
        Gen<LocalDate> leapDays = Generate.range(0, 24, 0).map(i -> LocalDate.of(1928 + 4 * i, 2, 29));
        return Generate.frequency(List.of(Pair.of(9, any), Pair.of(1, leapDays)));
    }

    private static Gen<Integer> serials() {
        return Generate.range(1, LAST_SERIAL, 1);
    }

    /** District, date of issue as {@code DDMMYY}, serial. */
    private static Gen<String> familyCardTexts() {
        Gen<LocalDate> issued = Generate.longRange(0, ChronoUnit.DAYS.between(FIRST_ISSUE, LAST_BIRTH), 0)
                .map(FIRST_ISSUE::plusDays);
        return regionCodes(RegionLevel.DISTRICT).zip(issued, serials(), (district, date, serial) -> {
            StringBuilder digits = new StringBuilder(16).append(district.compact());
            NikSpec.appendPadded(digits, date.getDayOfMonth(), 2);
            NikSpec.appendPadded(digits, date.getMonthValue(), 2);
            NikSpec.appendPadded(digits, date.getYear() % 100, 2);
            NikSpec.appendPadded(digits, serial, 4);
            return digits.toString();
        });
    }

    private static Gen<InvalidSample> blanks(String code) {
        return Generate.pick(List.of("", " ", "   ", "\t", " \n ")).map(blank -> new InvalidSample(blank, code));
    }

    /** 1 to 15 digits, or 17 to 30; shrinks toward 15, one digit short. */
    private static Gen<InvalidSample> wrongLengths(Gen<String> valid, String code) {
        Gen<Integer> lengths = Generate.range(1, 29, 15).map(n -> n < 16 ? n : n + 1);
        return valid.zip(lengths, (digits, length) -> {
            String raw = length < 16 ? digits.substring(0, length) : digits + digits.substring(0, length - 16);
            return new InvalidSample(raw, code);
        });
    }

    /** One digit replaced by a letter or a symbol, or a separator at either end. */
    private static Gen<InvalidSample> foreignCharacters(Gen<String> valid, String code) {
        Gen<Character> foreign = Generate.pick(List.of('O', 'l', 'I', 'x', 'A', '-', '/', ',', '#', '_', '\u0665'));
        Gen<InvalidSample> replaced = valid.zip(
                Generate.range(0, 15, 0),
                foreign,
                (digits, position, c) ->
                        new InvalidSample(digits.substring(0, position) + c + digits.substring(position + 1), code));
        Gen<InvalidSample> edged = valid.zip(
                Generate.pick(List.of(".", " .", ". ")),
                Generate.booleans(),
                (digits, edge, before) -> new InvalidSample(before ? edge + digits : digits + edge, code));
        return oneOf(List.of(replaced, edged));
    }

    private static Gen<InvalidSample> unofficialProvinces(Gen<String> valid, String code) {
        List<String> unofficial = new ArrayList<>();
        for (int number = 0; number < 100; number++) {
            String province = number < 10 ? "0" + number : Integer.toString(number);
            if (!Regions.official().exists(RegionCode.of(province))) {
                unofficial.add(province);
            }
        }
        return replaced(valid, 0, Generate.pick(unofficial), code);
    }

    /** 00, 32 to 40, 72 to 99. */
    private static Gen<String> badDays() {
        List<String> days = new ArrayList<>(List.of("00"));
        for (int day = 32; day <= 40; day++) {
            days.add(Integer.toString(day));
        }
        for (int day = 72; day <= 99; day++) {
            days.add(Integer.toString(day));
        }
        return Generate.pick(days);
    }

    /** 00, 13 to 99. */
    private static Gen<String> badMonths() {
        List<String> months = new ArrayList<>(List.of("00"));
        for (int month = 13; month <= 99; month++) {
            months.add(Integer.toString(month));
        }
        return Generate.pick(months);
    }

    /** Days a month never has (30 February, 31 April, ...), and 29 February in a year that cannot be leap. */
    private static Gen<InvalidSample> impossibleDates() {
        Gen<String> neverDates = Generate.pick(List.of("3002", "3102", "3104", "3106", "3109", "3111"));
        Gen<InvalidSample> never = nikSpecs()
                .zip(neverDates, (spec, dayMonth) -> new InvalidSample(withDayMonth(spec, dayMonth), "nik.date"));
        Gen<Integer> commonYears = Generate.range(0, 74, 0).map(i -> i + i / 3 + 1);
        Gen<InvalidSample> notLeap = nikSpecs().zip(commonYears, (spec, year) -> {
            String text = withDayMonth(spec, "2902");
            return new InvalidSample(
                    text.substring(0, 10) + (year < 10 ? "0" : "") + year + text.substring(12), "nik.date");
        });
        return oneOf(List.of(never, notLeap));
    }

    /** The spec's NIK with another day and month, 40 added to the day for a woman. */
    private static String withDayMonth(NikSpec spec, String dayMonth) {
        String text = spec.text();
        int day = Integer.parseInt(dayMonth.substring(0, 2)) + (spec.sex() == Sex.FEMALE ? 40 : 0);
        return text.substring(0, 6) + day + dayMonth.substring(2) + text.substring(10);
    }

    private static Gen<InvalidSample> serialZero(Gen<String> valid, String code) {
        return valid.map(digits -> new InvalidSample(digits.substring(0, 12) + "0000", code));
    }

    private static Gen<InvalidSample> replaced(Gen<String> valid, int at, Gen<String> part, String code) {
        return valid.zip(
                part,
                (digits, replacement) -> new InvalidSample(
                        digits.substring(0, at) + replacement + digits.substring(at + replacement.length()), code));
    }

    /** One of the generators, chosen by an index that shrinks toward the first. */
    private static <T> Gen<T> oneOf(List<Gen<T>> gens) {
        List<Gen<T>> choices = List.copyOf(gens);
        return Generate.range(0, choices.size() - 1, 0).flatMap(choices::get);
    }
}
