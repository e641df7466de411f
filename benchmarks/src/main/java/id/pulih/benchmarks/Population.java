package id.pulih.benchmarks;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.Region;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Regions;
import id.pulih.shared.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generated (never real) beneficiaries, streamed so that a million of them fit in a small heap: real district codes,
 * NIKs that agree with sex and birth date, Indonesian-looking single and double names. Deterministic for a seed.
 */
final class Population {
    private static final String[] SYLLABLES = {
        "a", "ni", "si", "ti", "wa", "ya", "ri", "ka", "ma", "na", "de", "wi", "yu", "su", "ra", "dan", "to", "lis"
    };
    private static final Instant REGISTERED = Instant.parse("2020-06-01T08:00:00Z");

    private final List<Region> districts = Regions.official().all(RegionLevel.DISTRICT);

    void forEach(long rows, long seed, Consumer<Beneficiary> each) {
        SplittableRandom random = new SplittableRandom(seed);
        for (long i = 0; i < rows; i++) {
            each.accept(next(random, i));
        }
    }

    private Beneficiary next(SplittableRandom random, long serial) {
        // (district, serial) is unique for the first 72 million rows, so every NIK is unique
        Region district = districts.get((int) ((serial / 9_999) % districts.size()));
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        LocalDate birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        Optional<Nik> nik = random.nextInt(10) < 7 ? Optional.of(nik(district, sex, birth, serial)) : Optional.empty();
        Person person = new Person(
                PersonName.of(name(random)),
                sex,
                BirthDate.exact(birth),
                nik,
                Optional.empty(),
                nik.isPresent() ? DocumentStatus.HELD : DocumentStatus.LOST,
                district.code(),
                Optional.empty());
        ReturnInfo back = new ReturnInfo(
                "MY",
                LocalDate.of(2016 + random.nextInt(4), 1 + random.nextInt(12), 1),
                "Tanjung Pinang",
                ReturnMode.DEPORTED);
        return Beneficiary.register(
                person, back, TraffickingProfile.unknown(), List.of(), Jurisdiction.national(), REGISTERED, "bench");
    }

    private static Nik nik(Region district, Sex sex, LocalDate birth, long serial) {
        int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        String text = district.code().compact()
                + String.format(
                        "%02d%02d%02d%04d", day, birth.getMonthValue(), birth.getYear() % 100, 1 + (serial % 9_999));
        return Nik.of(text);
    }

    private static String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        int words = 1 + random.nextInt(2);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                name.append(' ');
            }
            int syllables = 2 + random.nextInt(2);
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return name.toString();
    }
}
