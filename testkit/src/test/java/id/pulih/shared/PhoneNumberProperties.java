package id.pulih.shared;

import static id.pulih.testkit.PulihGen.invalidPhoneNumbers;
import static id.pulih.testkit.PulihGen.phoneNumberTexts;
import static id.pulih.testkit.PulihGen.phoneNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class PhoneNumberProperties {

    @Test
    void normalisesEverySpellingToTheSameNumber() {
        qt().forAll(phoneNumberTexts())
                .checkAssert(
                        spelling -> assertThat(PhoneNumber.of(spelling.text())).isEqualTo(spelling.expected()));
    }

    @Test
    void roundTripsThroughItsE164AndNationalForms() {
        qt().forAll(phoneNumbers()).checkAssert(phone -> {
            assertThat(PhoneNumber.of(phone.e164())).isEqualTo(phone);
            assertThat(PhoneNumber.of(phone.national())).isEqualTo(phone);
            assertThat(phone.e164()).matches("\\+62[2-9]\\d{7,11}");
        });
    }

    @Test
    void refusesEveryInvalidSampleWithItsCode() {
        qt().forAll(invalidPhoneNumbers())
                .checkAssert(sample -> assertThatThrownBy(() -> PhoneNumber.of(sample.raw()))
                        .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                            assertThat(refused.code()).isEqualTo(sample.expectedCode());
                            assertThat(refused.field()).isEqualTo("phone");
                        }));
    }

    @Test
    void toStringShowsAtMostTheLastFourDigits() {
        qt().forAll(phoneNumbers()).checkAssert(phone -> {
            assertThat(phone.toString()).doesNotContain(phone.e164().substring(3, 8));
            assertThat(phone.toString())
                    .endsWith(phone.e164().substring(phone.e164().length() - 4) + "]");
        });
    }
}
