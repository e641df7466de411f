package id.pulih.shared;

import static id.pulih.testkit.PulihGen.invalidPersonNames;
import static id.pulih.testkit.PulihGen.personNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PersonNameProperties {
    private static ValidatorFactory factory;
    private static Validator validator;

    record NameForm(@ValidPersonName String name) {}

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static String factoryCode(String text) {
        try {
            PersonName.of(text);
            return null;
        } catch (InvalidValueException refused) {
            return refused.code();
        }
    }

    private static String constraintCode(String text) {
        Set<ConstraintViolation<NameForm>> violations = validator.validate(new NameForm(text));
        return violations.isEmpty()
                ? null
                : FormViolation.of(violations.iterator().next()).code();
    }

    @Test
    void roundTripsThroughItsValue() {
        qt().forAll(personNames())
                .checkAssert(name -> assertThat(PersonName.of(name.value())).isEqualTo(name));
    }

    @Test
    void generatedNamesAreAlreadyNormalised() {
        qt().forAll(personNames()).checkAssert(name -> {
            assertThat(Normalizer.isNormalized(name.value(), Normalizer.Form.NFC))
                    .isTrue();
            assertThat(name.value()).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
            assertThat(name.value().codePointCount(0, name.value().length())).isBetween(1, PersonName.MAX_LENGTH);
        });
    }

    @Test
    void normalisationIsIdempotentAndCollapsesWhiteSpace() {
        qt().forAll(personNames(), integers().between(1, 4)).checkAssert((name, spaces) -> {
            String spread = "\t" + name.value().replace(" ", " \u00A0".repeat(spaces)) + "\n ";
            PersonName respaced = PersonName.of(spread);
            assertThat(respaced).isEqualTo(name);
            assertThat(PersonName.of(respaced.value())).isEqualTo(respaced);
        });
    }

    @Test
    void asciiNamesKeepTheirLettersAndPunctuationWithWhiteSpaceCollapsed() {
        qt().forAll(strings()
                        .betweenCodePoints(' ', 'z')
                        .ofLengthBetween(0, 120)
                        .map(text -> text.replaceAll("[^A-Za-z '.,\\-]", " ")))
                .checkAssert(text -> {
                    String model = text.strip().replaceAll(" +", " ");
                    // the text as typed, and the text already in normal form (which must come back unchanged)
                    for (String given : new String[] {text, model}) {
                        if (!model.matches(".*[A-Za-z].*")) {
                            assertThat(factoryCode(given)).isEqualTo("name.required");
                        } else if (model.length() > PersonName.MAX_LENGTH) {
                            assertThat(factoryCode(given)).isEqualTo("name.length");
                        } else {
                            assertThat(PersonName.of(given).value()).isEqualTo(model);
                        }
                    }
                });
    }

    @Test
    void matchesIsReflexiveAndSymmetricAndIgnoresCaseAndSpacing() {
        qt().forAll(personNames(), personNames()).checkAssert((a, b) -> {
            assertThat(a.matches(a)).isTrue();
            assertThat(a.matches(b)).isEqualTo(b.matches(a));
            PersonName upper = PersonName.of(a.value().toUpperCase(Locale.ROOT));
            PersonName lower = PersonName.of(a.value().toLowerCase(Locale.ROOT));
            assertThat(upper.matches(a)).isTrue();
            assertThat(lower.matches(upper)).isTrue();
            if (a.value().contains(" ")) {
                assertThat(PersonName.of(a.value().replace(" ", "")).matches(a)).isTrue();
            }
        });
    }

    @Test
    void refusesEveryInvalidSampleWithItsCode() {
        qt().forAll(invalidPersonNames())
                .checkAssert(sample -> assertThatThrownBy(() -> PersonName.of(sample.raw()))
                        .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                            assertThat(refused.code()).isEqualTo(sample.expectedCode());
                            assertThat(refused.field()).isEqualTo("name");
                        }));
    }

    @Test
    void constraintAndFactoryAgreeOnInvalidSamples() {
        qt().forAll(invalidPersonNames())
                .checkAssert(sample -> assertThat(constraintCode(sample.raw())).isEqualTo(sample.expectedCode()));
    }

    @Test
    void constraintAndFactoryAgreeOnArbitraryText() {
        qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 120))
                .checkAssert(text -> assertThat(constraintCode(text)).isEqualTo(factoryCode(text)));
        qt().forAll(strings().allPossible().ofLengthBetween(0, 30))
                .checkAssert(text -> assertThat(constraintCode(text)).isEqualTo(factoryCode(text)));
    }

    @Test
    void toStringNeverShowsMoreThanTheFirstLetter() {
        qt().forAll(personNames()).checkAssert(name -> {
            assertThat(name.toString()).startsWith("PersonName[").endsWith(")]");
            if (name.value().codePointCount(0, name.value().length()) > 1) {
                assertThat(name.toString()).doesNotContain(name.value());
            }
        });
    }
}
