package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    private static void assertRefused(String text, String code) {
        assertThatThrownBy(() -> PhoneNumber.of(text)).isInstanceOfSatisfying(InvalidValueException.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.field()).isEqualTo("phone");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "081234567890",
                "0812-3456-7890",
                "0812 3456 7890",
                "0812.3456.7890",
                "+62 812 3456 7890",
                "+6281234567890",
                "6281234567890",
                "62 812-3456-7890",
                "(0812) 3456 7890",
                "+62 (0)812 3456 7890",
                "+62 0812 3456 7890",
                "0062 812 3456 7890",
                "81234567890",
                "  0812-3456-7890\t"
            })
    void normalisesEverySpellingOfOneNumber(String text) {
        PhoneNumber phone = PhoneNumber.of(text);
        assertThat(phone.e164()).isEqualTo("+6281234567890");
        assertThat(phone.national()).isEqualTo("081234567890");
        assertThat(phone.isMobile()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "021-1234-5678|+622112345678",
                "(021) 555 1234|+62215551234",
                "0370 123456|+62370123456",
                "0370-12345|+6237012345",
                "+62 967 123 4567|+629671234567",
                "0274 5123 4567|+6227451234567"
            })
    void acceptsFixedLinesWithTheirAreaCode(String text, String e164) {
        PhoneNumber phone = PhoneNumber.of(text);
        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone.isMobile()).isFalse();
    }

    @Test
    void acceptsMobileNumbersOfNineToTwelveDigits() {
        assertThat(PhoneNumber.of("0811234567").e164()).isEqualTo("+62811234567");
        assertThat(PhoneNumber.of("0812345678901").e164()).isEqualTo("+62812345678901");
        assertRefused("081123456", "phone.length");
        assertRefused("08123456789012", "phone.length");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0812-3456-789x|phone.format",
                "phone|phone.format",
                "0812+3456+7890|phone.format",
                "0812/3456 7890|phone.format",
                "+|phone.format",
                "0112345678|phone.format",
                "0800 1 234567|phone.format",
                "512345678|phone.format",
                "+60 12 345 6789|phone.country",
                "+65 9123 4567|phone.country",
                "+852 9123 4567|phone.country",
                "0060 12 345 6789|phone.country",
                "+1 650 253 0000|phone.country",
                "0|phone.length",
                "+62|phone.length",
                "00|phone.length",
                "021 12345|phone.length",
                "021 1234 567890|phone.length"
            })
    void refusesWhatIsNotAnIndonesianNumber(String text, String code) {
        assertRefused(text, code);
    }

    @Test
    void refusesMissingNumbers() {
        assertRefused(null, "phone.required");
        assertRefused("", "phone.required");
        assertRefused("  - ", "phone.required");
    }

    @Test
    void keepsTheCanonicalFormThroughTheConstructor() {
        assertThat(new PhoneNumber("0812-3456-7890")).isEqualTo(PhoneNumber.of("+6281234567890"));
        assertThat(PhoneNumber.of(PhoneNumber.of("0812 3456 7890").national()).e164())
                .isEqualTo("+6281234567890");
    }

    @Test
    void masksTheNumberInToString() {
        PhoneNumber phone = PhoneNumber.of("0812-3456-7890");
        assertThat(phone).hasToString("PhoneNumber[**********7890]");
        assertThat(phone.toString()).doesNotContain("81234");
    }
}
