package id.pulih.examples;

import static id.pulih.testkit.PulihGen.invalidNiks;
import static id.pulih.testkit.PulihGen.nikSpecs;
import static id.pulih.testkit.PulihGen.rupiahs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.shared.InvalidValueException;
import id.pulih.shared.Nik;
import id.pulih.shared.Rupiah;
import org.junit.jupiter.api.Test;

/**
 * How to write property tests with {@code pulih-testkit}: call the generators of {@code PulihGen} explicitly inside
 * plain JUnit 5 tests (nothing is registered globally), and let QuickTheories run 1,000 examples and shrink a failure
 * to a small case.
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>id.pulih</groupId>
 *   <artifactId>pulih-testkit</artifactId>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 */
class WritingPropertyTestsProperties {

    @Test
    void aNikTellsTheSexAndBirthDateItWasIssuedFor() {
        qt().forAll(nikSpecs()).checkAssert(spec -> {
            Nik nik = spec.toNik();
            assertThat(nik.sex()).isEqualTo(spec.sex());
            assertThat(nik.birthDate(spec.birthDate().plusYears(50))).isEqualTo(spec.birthDate());
        });
    }

    @Test
    void everyInvalidNikIsRefusedWithItsCode() {
        qt().forAll(invalidNiks())
                .checkAssert(sample -> assertThatThrownBy(() -> Nik.of(sample.raw()))
                        .isInstanceOfSatisfying(
                                InvalidValueException.class,
                                e -> assertThat(e.code()).isEqualTo(sample.expectedCode())));
    }

    @Test
    void rupiahAmountsSurviveTheSpreadsheetSpelling() {
        qt().forAll(rupiahs())
                .checkAssert(amount -> assertThat(Rupiah.parse(amount.format())).isEqualTo(amount));
    }
}
