package id.pulih.shared;

import static id.pulih.testkit.PulihGen.familyCardNumbers;
import static id.pulih.testkit.PulihGen.invalidFamilyCardNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FamilyCardNumberProperties {
    private static ValidatorFactory factory;
    private static Validator validator;

    record Form(@ValidFamilyCardNumber String familyCardNumber) {}

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
    void everyValidNumberRoundTripsAlsoWithSeparators() {
        qt().forAll(familyCardNumbers(), Separators.groupings()).checkAssert((kk, grouping) -> {
            assertThat(FamilyCardNumber.of(kk.value())).isEqualTo(kk);
            assertThat(FamilyCardNumber.of(grouping.apply(kk.value()))).isEqualTo(kk);
            assertThat(Regions.official().exists(kk.provinceCode())).isTrue();
            assertThat(kk.toString()).doesNotContain(kk.value());
        });
    }

    @Test
    void everyInvalidSampleFailsWithItsCodeAndWithoutTheWholeNumber() {
        Set<String> codesSeen = ConcurrentHashMap.newKeySet();
        qt().forAll(invalidFamilyCardNumbers()).checkAssert(sample -> {
            codesSeen.add(sample.expectedCode());
            assertThatThrownBy(() -> FamilyCardNumber.of(sample.raw()))
                    .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                        assertThat(refused.code()).isEqualTo(sample.expectedCode());
                        assertThat(refused.field()).isEqualTo("familyCardNumber");
                        if (sample.raw().strip().length() >= 10) {
                            assertThat(refused.getMessage())
                                    .doesNotContain(sample.raw().strip());
                        }
                    });
        });
        assertThat(codesSeen)
                .containsExactlyInAnyOrder("kk.required", "kk.length", "kk.format", "kk.province", "kk.serial");
    }

    @Test
    void constraintAndFactoryNeverDisagree() {
        Gen<String> valid = familyCardNumbers().map(FamilyCardNumber::value);
        Gen<String> invalid = invalidFamilyCardNumbers().map(sample -> sample.raw());
        Gen<String> arbitrary = strings()
                .betweenCodePoints('0', '9')
                .ofLengthBetween(14, 18)
                .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 20));
        qt().forAll(valid.mix(invalid).mix(arbitrary)).checkAssert(raw -> {
            Optional<String> factoryCode = refusal(raw);
            Set<ConstraintViolation<Form>> violations = validator.validate(new Form(raw));
            assertThat(violations.stream().map(v -> FormViolation.of(v).code()).findFirst())
                    .isEqualTo(factoryCode);
            assertThat(violations).hasSizeLessThanOrEqualTo(1);
        });
    }

    private static Optional<String> refusal(String raw) {
        try {
            FamilyCardNumber.of(raw);
            return Optional.empty();
        } catch (InvalidValueException refused) {
            return Optional.of(refused.code());
        }
    }
}
