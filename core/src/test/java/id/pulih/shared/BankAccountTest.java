package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountTest {
    private static final PersonName SITI = PersonName.of("Siti Aminah");

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidValueException.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.field()).isEqualTo(field);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0123-01-000456-50-7|012301000456507",
                "0123 01 000456 50 7|012301000456507",
                "0123.01.000456.50.7|012301000456507",
                "  012301000456507  |012301000456507",
                "123456|123456",
                "12345678901234567890|12345678901234567890",
                "1234 - 5678|12345678"
            })
    void stripsSeparatorsBetweenDigits(String raw, String digits) {
        assertThat(BankAccount.of(BankCode.BRI, raw, SITI).number()).isEqualTo(digits);
        assertThat(BankAccount.normalizeNumber(raw)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12345|bankAccount.length",
                "123-45|bankAccount.length",
                "123456789012345678901|bankAccount.length",
                "12345a7|bankAccount.format",
                "-123456|bankAccount.format",
                "123456-|bankAccount.format",
                "123456.|bankAccount.format",
                "1234/5678|bankAccount.format",
                "１２３４５６７|bankAccount.format",
                "-|bankAccount.format"
            })
    void refusesNumbersThatAreNotAccountNumbers(String raw, String code) {
        assertRefused(() -> BankAccount.of(BankCode.BNI, raw, SITI), "bankAccount.number", code);
    }

    @Test
    void refusesMissingParts() {
        assertRefused(() -> BankAccount.of(null, "123456", SITI), "bankAccount.bank", "bankAccount.required");
        assertRefused(() -> BankAccount.of(BankCode.BNI, null, SITI), "bankAccount.number", "bankAccount.required");
        assertRefused(() -> BankAccount.of(BankCode.BNI, "  ", SITI), "bankAccount.number", "bankAccount.required");
        assertRefused(() -> BankAccount.of(BankCode.BNI, "123456", null), "bankAccount.holder", "bankAccount.required");
    }

    @Test
    void readsAnAccountFromRawTextNamingTheRefusedPart() {
        BankAccount account = BankAccount.parse("bank ntt", "001.02.03.456789-0", " SITI  AMINAH ");
        assertThat(account.bank()).isEqualTo(BankCode.NTT);
        assertThat(account.number()).isEqualTo("0010203456789" + "0");
        assertThat(account.holder().value()).isEqualTo("SITI AMINAH");

        assertRefused(() -> BankAccount.parse("Bank Gotham", "123456", "Siti"), "bankAccount.bank", "bank.code");
        assertRefused(() -> BankAccount.parse("BRI", "12", "Siti"), "bankAccount.number", "bankAccount.length");
        assertRefused(() -> BankAccount.parse("BRI", "123456", "Siti 2"), "bankAccount.holder", "name.digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SITI AMINAH", "siti aminah", "Siti  Aminah", "SitiAminah"})
    void isHeldByTheSameNameInAnyCaseOrSpacing(String name) {
        assertThat(BankAccount.of(BankCode.BRI, "123456789", SITI).isHeldBy(PersonName.of(name)))
                .isTrue();
    }

    @Test
    void isNotHeldBySomeoneElse() {
        assertThat(BankAccount.of(BankCode.BRI, "123456789", SITI).isHeldBy(PersonName.of("Siti Rahayu")))
                .isFalse();
    }

    @Test
    void toStringNeverContainsTheWholeNumberOrTheName() {
        BankAccount account = BankAccount.of(BankCode.BRI, "0123-01-000456-50-7", SITI);
        assertThat(account.toString())
                .doesNotContain("012301000456507")
                .doesNotContain("0123")
                .doesNotContain("Aminah")
                .contains("6507")
                .isEqualTo("BankAccount[BRI, number=***********6507, holder=PersonName[S***** (11)]]");
        BankAccount shortest = BankAccount.of(BankCode.BRI, "123456", SITI);
        assertThat(shortest.toString()).doesNotContain("123456").doesNotContain("3456");
    }
}
