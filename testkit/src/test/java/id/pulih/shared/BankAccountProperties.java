package id.pulih.shared;

import static id.pulih.testkit.PulihGen.bankAccountNumbers;
import static id.pulih.testkit.PulihGen.bankAccounts;
import static id.pulih.testkit.PulihGen.bankCodes;
import static id.pulih.testkit.PulihGen.invalidBankAccountNumbers;
import static id.pulih.testkit.PulihGen.personNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class BankAccountProperties {

    @Test
    void keepsTheDigitsOfAValidNumber() {
        qt().forAll(bankCodes(), bankAccountNumbers(), personNames())
                .checkAssert((bank, number, holder) -> assertThat(
                                BankAccount.of(bank, number, holder).number())
                        .isEqualTo(number));
    }

    @Test
    void ignoresSeparatorsBetweenDigits() {
        qt().forAll(bankAccounts(), integers().between(1, 6)).checkAssert((account, size) -> {
            String number = account.number();
            StringBuilder grouped = new StringBuilder(" ");
            for (int i = 0; i < number.length(); i++) {
                if (i > 0 && i % size == 0) {
                    grouped.append("- .".charAt(i % 3));
                }
                grouped.append(number.charAt(i));
            }
            BankAccount regrouped =
                    BankAccount.of(account.bank(), grouped.append(' ').toString(), account.holder());
            assertThat(regrouped).isEqualTo(account);
        });
    }

    @Test
    void roundTripsThroughItsParts() {
        qt().forAll(bankAccounts()).checkAssert(account -> {
            assertThat(BankAccount.of(account.bank(), account.number(), account.holder()))
                    .isEqualTo(account);
            assertThat(BankAccount.parse(
                            account.bank().code(),
                            account.number(),
                            account.holder().value()))
                    .isEqualTo(account);
            assertThat(BankCode.parse(account.bank().displayName())).isEqualTo(account.bank());
        });
    }

    @Test
    void isHeldByItsHolderInAnyCase() {
        qt().forAll(bankAccounts()).checkAssert(account -> {
            assertThat(account.isHeldBy(account.holder())).isTrue();
            assertThat(account.isHeldBy(PersonName.of(account.holder().value().toUpperCase(java.util.Locale.ROOT))))
                    .isTrue();
        });
    }

    @Test
    void refusesEveryInvalidSampleWithItsCode() {
        qt().forAll(bankCodes(), invalidBankAccountNumbers(), personNames())
                .checkAssert((bank, sample, holder) -> assertThatThrownBy(
                                () -> BankAccount.of(bank, sample.raw(), holder))
                        .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                            assertThat(refused.code()).isEqualTo(sample.expectedCode());
                            assertThat(refused.field()).isEqualTo("bankAccount.number");
                        }));
    }

    @Test
    void toStringNeverContainsTheWholeNumberOrName() {
        qt().forAll(bankAccounts()).checkAssert(account -> {
            assertThat(account.toString())
                    .doesNotContain(account.number())
                    .endsWith(", holder=" + account.holder() + "]");
            assertThat(account.holder().toString()).matches("PersonName\\[.\\*{5} \\(\\d+\\)]");
        });
    }
}
