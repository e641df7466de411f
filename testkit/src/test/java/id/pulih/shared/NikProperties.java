package id.pulih.shared;

import static id.pulih.testkit.PulihGen.invalidNiks;
import static id.pulih.testkit.PulihGen.nikSpecs;
import static id.pulih.testkit.PulihGen.niks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NikProperties {
    /** The generated birth dates run from 1926 to 2025, so from here every two-digit year has one reading. */
    private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

    private static ValidatorFactory factory;
    private static Validator validator;

    record Form(@ValidNik String nik) {}

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void everyValidNikRoundTrips() {
        qt().forAll(niks()).checkAssert(nik -> assertThat(Nik.of(nik.value())).isEqualTo(nik));
    }

    @Test
    void everyValidNikRoundTripsWithSeparatorsInserted() {
        qt().forAll(niks(), Separators.groupings())
                .checkAssert((nik, grouping) ->
                        assertThat(Nik.of(grouping.apply(nik.value()))).isEqualTo(nik));
    }

    @Test
    void everyInvalidSampleFailsWithItsCodeAndWithoutTheWholeNik() {
        Set<String> codesSeen = ConcurrentHashMap.newKeySet();
        qt().forAll(invalidNiks()).checkAssert(sample -> {
            codesSeen.add(sample.expectedCode());
            assertThatThrownBy(() -> Nik.of(sample.raw()))
                    .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                        assertThat(refused.code()).isEqualTo(sample.expectedCode());
                        assertThat(refused.field()).isEqualTo("nik");
                        if (sample.raw().strip().length() >= 10) {
                            assertThat(refused.getMessage())
                                    .doesNotContain(sample.raw().strip());
                        }
                    });
        });
        assertThat(codesSeen)
                .containsExactlyInAnyOrder(
                        "nik.required",
                        "nik.length",
                        "nik.format",
                        "nik.province",
                        "nik.day",
                        "nik.month",
                        "nik.date",
                        "nik.serial");
    }

    @Test
    void sexBirthDateAndDistrictAgreeWithWhatTheSpecEncoded() {
        qt().forAll(nikSpecs()).checkAssert(spec -> {
            Nik nik = Nik.of(spec.text());
            assertThat(nik.sex()).isEqualTo(spec.sex());
            assertThat(nik.birthDate(END_OF_2025)).isEqualTo(spec.birthDate());
            assertThat(nik.districtCode()).isEqualTo(spec.district());
            assertThat(nik.provinceCode()).isEqualTo(spec.district().province());
            assertThat(nik.regionKnown()).isTrue();
            assertThat(nik.toString()).endsWith(spec.text().substring(12)).doesNotContain(spec.text());
        });
    }

    @Test
    void constraintAndFactoryAgreeOnValidNiks() {
        qt().forAll(niks().map(Nik::value)).checkAssert(NikProperties::agree);
    }

    @Test
    void constraintAndFactoryAgreeOnInvalidSamples() {
        qt().forAll(invalidNiks().map(sample -> sample.raw())).checkAssert(NikProperties::agree);
    }

    @Test
    void constraintAndFactoryAgreeOnArbitraryText() {
        Gen<String> digits = strings().betweenCodePoints('0', '9').ofLengthBetween(14, 18);
        Gen<String> text = strings().basicLatinAlphabet().ofLengthBetween(0, 20);
        qt().forAll(digits.mix(text)).checkAssert(NikProperties::agree);
    }

    private static void agree(String raw) {
        Optional<String> factoryCode = refusal(raw);
        Set<ConstraintViolation<Form>> violations = validator.validate(new Form(raw));
        if (factoryCode.isEmpty()) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations)
                    .singleElement()
                    .satisfies(violation ->
                            assertThat(FormViolation.of(violation).code()).isEqualTo(factoryCode.get()));
        }
    }

    private static Optional<String> refusal(String raw) {
        try {
            Nik.of(raw);
            return Optional.empty();
        } catch (InvalidValueException refused) {
            return Optional.of(refused.code());
        }
    }
}
