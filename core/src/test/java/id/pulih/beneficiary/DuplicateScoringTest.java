package id.pulih.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateScoringTest {
    private static final DuplicateScoring EXACT =
            new DuplicateScoring(NameSimilarity.exact(), DuplicateScoring.DEFAULT_THRESHOLD);
    private static final RegionCode PRAYA = RegionCode.of("52.02");
    private static final BirthDate BORN = BirthDate.exact(LocalDate.of(1990, 7, 5));
    private static final FamilyCardNumber CARD = FamilyCardNumber.of("5202011503100001");

    private static MatchProfile profile(String name, BirthDate born, RegionCode regency, FamilyCardNumber card) {
        return new MatchProfile(
                BeneficiaryId.next(),
                PersonName.of(name),
                born,
                regency,
                Optional.ofNullable(card),
                false,
                Instant.parse("2020-03-01T00:00:00Z"));
    }

    private static MatchProfile profile(String name) {
        return profile(name, BORN, PRAYA, null);
    }

    @Test
    void normalisesIndonesianNames() {
        assertThat(IndonesianNames.words(PersonName.of("Siti Aminah Binti Lalu Ahmad")))
                .containsExactly("siti", "aminah");
        assertThat(IndonesianNames.words(PersonName.of("Hj. SITI  Âminah, S.Pd.")))
                .containsExactly("siti", "aminah");
        assertThat(IndonesianNames.words(PersonName.of("Ma'ruf bin Amin"))).containsExactly("maruf");
        assertThat(IndonesianNames.words(PersonName.of("Binti"))).containsExactly("binti");
        assertThat(IndonesianNames.words(PersonName.of("Soedjatmiko"))).containsExactly("sujatmiko");
        assertThat(IndonesianNames.words(PersonName.of("Moh. Choirul"))).containsExactly("muhamad", "khoirul");
        assertThat(IndonesianNames.words(PersonName.of("Mochammad Rahmawaty"))).containsExactly("muhamad", "rahmawati");
        assertThat(IndonesianNames.words(PersonName.of("Haji"))).containsExactly("haji");
        assertThat(IndonesianNames.words(PersonName.of("Baiq Nur-Hasanah"))).containsExactly("baiq", "nur", "hasanah");
    }

    @Test
    void theExactDefaultMatchesWhatNormalisationMakesEqualAndNoMissingLetter() {
        List<List<String>> same = List.of(
                List.of("Siti Aminah", "Siti Aminah Binti Lalu"),
                List.of("Baiq Nurhasanah", "Baiq Nur Hasanah"),
                List.of("Aminah Siti", "Siti Aminah"),
                List.of("Hj. Siti Rahmah", "Siti Rahmah"),
                List.of("Soekarno", "Sukarno"),
                List.of("Muhammad Yusuf", "Moh. Yusuf"),
                List.of("Dewi Lestari", "Dewy Lestari"));
        for (List<String> pair : same) {
            assertThat(EXACT.flags(profile(pair.get(0)), profile(pair.get(1))))
                    .as(pair.toString())
                    .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo(1.0));
        }
        assertThat(EXACT.flags(profile("Siti Aminah"), profile("Siti Amina"))).isEmpty();
        assertThat(EXACT.flags(profile("Siti Aminah"), profile("Siti Rahmah"))).isEmpty();
    }

    @Test
    void scoresTheBirthDateByHowCloseItIs() {
        BirthDate sameYear = BirthDate.exact(LocalDate.of(1990, 1, 20));
        BirthDate yearAfter = BirthDate.exact(LocalDate.of(1991, 7, 5));
        assertThat(DuplicateScoring.birthPart(BORN, BORN)).isEqualTo(1.0);
        assertThat(DuplicateScoring.birthPart(BORN, BirthDate.estimatedYear(1990)))
                .isEqualTo(0.8);
        assertThat(DuplicateScoring.birthPart(BORN, sameYear)).isEqualTo(0.6);
        assertThat(DuplicateScoring.birthPart(BORN, BirthDate.estimatedYear(1991)))
                .isEqualTo(0.3);
        assertThat(DuplicateScoring.birthPart(BORN, yearAfter)).isEqualTo(0.1);
        assertThat(DuplicateScoring.birthPart(BORN, BirthDate.exact(LocalDate.of(1992, 7, 5))))
                .isEqualTo(0.0);
    }

    @Test
    void theSameNameAYearApartIsFlaggedOnlyWithTheSameFamilyCard() {
        BirthDate yearAfter = BirthDate.exact(LocalDate.of(1991, 7, 5));

        assertThat(EXACT.flags(profile("Siti Aminah"), profile("Siti Aminah", yearAfter, PRAYA, null)))
                .isEmpty();
        assertThat(EXACT.flags(
                        profile("Siti Aminah", BORN, PRAYA, CARD), profile("Siti Aminah", yearAfter, PRAYA, CARD)))
                .hasValueSatisfying(s -> {
                    assertThat(s.familyCard()).contains(1.0);
                    assertThat(s.birth()).isEqualTo(0.1);
                    assertThat(s.explanation())
                            .isEqualTo("0.80: name 1.00, birth 0.10, regency 1.00, family card 1.00");
                });
    }

    @Test
    void twoRecordsWithNiksAreNeverFlaggedNorARecordAgainstItself() {
        MatchProfile a = profile("Siti Aminah");
        MatchProfile withNik = new MatchProfile(
                BeneficiaryId.next(), a.name(), a.birth(), a.regency(), a.familyCard(), true, a.registeredAt());
        MatchProfile otherWithNik = new MatchProfile(
                BeneficiaryId.next(), a.name(), a.birth(), a.regency(), a.familyCard(), true, a.registeredAt());

        assertThat(EXACT.flags(a, a)).isEmpty();
        assertThat(EXACT.flags(withNik, otherWithNik)).isEmpty();
        assertThat(EXACT.flags(withNik, a)).isPresent();
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        for (double bad : new double[] {0, -0.1, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new DuplicateScoring(NameSimilarity.exact(), bad))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(BeneficiaryError.DUPLICATE_THRESHOLD);
                        assertThat(e.field()).isEqualTo("duplicateThreshold");
                    });
        }
        assertThat(new DuplicateScoring(NameSimilarity.exact(), 1).threshold()).isEqualTo(1.0);
    }

    @Test
    void aScoreMustBeTheWeightedMeanOfItsPartsEachWithinZeroAndOne() {
        assertThatThrownBy(() -> new DuplicateScore(0.5, 1, 1, 1, Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(BeneficiaryError.DUPLICATE_SCORE));
        assertThatThrownBy(() -> DuplicateScore.of(1.2, 1, 1, Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DuplicateScore.of(1, 1, 1, Optional.of(-1.0)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(DuplicateScore.of(0.5, 0.6, 0, Optional.empty()).score())
                .isCloseTo(0.45, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aPortAnsweringOutsideZeroToOneIsRefused() {
        DuplicateScoring broken = new DuplicateScoring((a, b) -> 2, DuplicateScoring.DEFAULT_THRESHOLD);

        assertThatThrownBy(() -> broken.score(profile("Siti Aminah"), profile("Siti Rahmah")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside [0, 1]");
    }
}
