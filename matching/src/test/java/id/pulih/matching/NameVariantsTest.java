package id.pulih.matching;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import id.pulih.Registration;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.DuplicateScoring;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.MatchProfile;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The table of Indonesian name variants: pairs that name one woman and must be flagged, and pairs that name two and
 * must not, each registered without NIK, born the same day in the same regency, through a {@link Pulih} built with
 * defaults (so this module's Jaro-Winkler is found by {@link java.util.ServiceLoader}) at the default threshold.
 */
class NameVariantsTest {
    private static final Actor OFFICER =
            Actor.of("dinsos-5202", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());

    /** One person written two ways. */
    static final List<List<String>> SAME = List.of(
            List.of("Siti Aminah", "Siti Aminah Binti Lalu"),
            List.of("Siti Aminah", "Siti Aminah bt. Lalu Ahmad"),
            List.of("Baiq Nurhasanah", "Baiq Nur Hasanah"),
            List.of("Nur Hasanah, S.Pd.", "Nurhasanah"),
            List.of("Siti Aminah", "SITI   AMINAH"),
            List.of("Siti Aminah", "Siti Aminnah"),
            List.of("Siti Aminah", "Siti Amina"),
            List.of("Muhammad Yusuf", "Moh. Yusuf"),
            List.of("Mohammad Yusuf", "Muhamad Yusuf"),
            List.of("Lalu Muhammad Zohri", "Lalu Mochammad Zohri"),
            List.of("Dewi Lestari", "Dewy Lestari"),
            List.of("Soekarno", "Sukarno"),
            List.of("Ni Made Ayu Lestari", "Ni Made Ayu Lestary"),
            List.of("Hj. Siti Rahmah", "Siti Rahmah"),
            List.of("Ma'ruf Amin", "Maruf Amin"),
            List.of("Fitriani", "Fitriyani"),
            List.of("Rahmawati", "Rahmawaty"),
            List.of("Aminah Siti", "Siti Aminah"),
            List.of("Baiq Nur-Hasanah", "Baiq Nurhasanah"),
            List.of("Suryani", "Suriani"));

    /** Two people. */
    static final List<List<String>> DIFFERENT = List.of(
            List.of("Siti Aminah", "Siti Rahmah"),
            List.of("Baiq Nurhasanah", "Baiq Nurjanah"),
            List.of("Muhammad Yusuf", "Muhammad Yunus"),
            List.of("Dewi Lestari", "Dewi Sartika"),
            List.of("Ni Made Ayu", "Ni Made Sari"),
            List.of("Lalu Ahmad", "Lalu Hamid"),
            List.of("Kartini", "Kartika"),
            List.of("Agus Salim", "Agung Salim"),
            List.of("Siti Aminah", "Siti Aminah Lestari Wulandari"),
            List.of("Peserta A", "Peserta B"));

    @TestFactory
    Stream<DynamicTest> variantsOfOneNameAreFlaggedAtTheDefaultThreshold() {
        return SAME.stream()
                .map(pair -> DynamicTest.dynamicTest(
                        pair.get(0) + " / " + pair.get(1),
                        () -> assertThat(flagged(pair.get(0), pair.get(1)))
                                .as("%s and %s are one person", pair.get(0), pair.get(1))
                                .isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> namesOfTwoPeopleAreNotFlaggedAtTheDefaultThreshold() {
        return DIFFERENT.stream()
                .map(pair -> DynamicTest.dynamicTest(
                        pair.get(0) + " / " + pair.get(1),
                        () -> assertThat(flagged(pair.get(0), pair.get(1)))
                                .as("%s and %s are two people", pair.get(0), pair.get(1))
                                .isFalse()));
    }

    @Test
    void theDefaultBuilderFindsJaroWinklerByServiceLoader() {
        // the exact core default would not forgive the doubled n: this fails without the service file
        DuplicateScoring scoring =
                new DuplicateScoring(new JaroWinklerNameSimilarity(), DuplicateScoring.DEFAULT_THRESHOLD);
        assertThat(scoring.flags(profile("Siti Aminah"), profile("Siti Aminnah")))
                .isPresent();
        assertThat(flagged("Siti Aminah", "Siti Aminnah")).isTrue();
    }

    @Test
    void aFlaggedPairShowsItsScoreAndParts() {
        Pulih pulih = Pulih.inMemory();
        pulih.as(OFFICER).cases().register(intake("Baiq Nurhasanah").build());
        Registration second =
                pulih.as(OFFICER).cases().register(intake("Baiq Nur Hasanah").build());

        assertThat(second.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.score().score()).isEqualTo(1.0);
            assertThat(d.score().name()).isEqualTo(1.0);
            assertThat(d.score().birth()).isEqualTo(1.0);
            assertThat(d.score().regency()).isEqualTo(1.0);
            assertThat(d.score().familyCard()).isEmpty();
            assertThat(d.score().explanation())
                    .isEqualTo("1.00: name 1.00, birth 1.00, regency 1.00, family card unknown");
        });
    }

    /** Whether the second registration is flagged against the first, through the engine, at the default threshold. */
    static boolean flagged(String first, String second) {
        Pulih pulih = Pulih.inMemory();
        pulih.as(OFFICER).cases().register(intake(first).build());
        Registration r = pulih.as(OFFICER).cases().register(intake(second).build());
        return !r.duplicates().isEmpty();
    }

    static IntakeFormBuilder intake(String name) {
        return new IntakeFormBuilder()
                .name(name)
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 7, 5))
                .documentStatus(DocumentStatus.LOST)
                .originRegion("52.02.01")
                .returnCountry("MY")
                .returnDate(LocalDate.of(2020, 3, 1))
                .entryPoint("Tanjung Pinang")
                .returnMode(ReturnMode.DEPORTED);
    }

    static MatchProfile profile(String name) {
        return new MatchProfile(
                BeneficiaryId.next(),
                PersonName.of(name),
                BirthDate.exact(LocalDate.of(1990, 7, 5)),
                RegionCode.of("52.02"),
                Optional.empty(),
                false,
                Instant.parse("2020-03-01T00:00:00Z"));
    }
}
