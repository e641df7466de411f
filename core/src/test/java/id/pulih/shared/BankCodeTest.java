package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankCodeTest {

    @ParameterizedTest
    @CsvSource({
        "BRI,002",
        "MANDIRI,008",
        "BNI,009",
        "DANAMON,011",
        "PERMATA,013",
        "BCA,014",
        "CIMB_NIAGA,022",
        "MUAMALAT,147",
        "BTN,200",
        "BSI,451",
        "BJB,110",
        "DKI,111",
        "JATENG,113",
        "JATIM,114",
        "NTB_SYARIAH,128",
        "NTT,130",
        "KALBAR,123",
        "SULTENG,134"
    })
    void knowsTheTransferCodes(BankCode bank, String code) {
        assertThat(bank.code()).isEqualTo(code);
        assertThat(BankCode.parse(code)).isEqualTo(bank);
    }

    @Test
    void everyCodeIsThreeDigitsAndUnique() {
        assertThat(BankCode.values()).allSatisfy(bank -> assertThat(bank.code()).matches("\\d{3}"));
        assertThat(Arrays.stream(BankCode.values()).map(BankCode::code)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(BankCode.class)
    void readsBackItsCodeNameAndDisplayName(BankCode bank) {
        assertThat(BankCode.parse(bank.code())).isEqualTo(bank);
        assertThat(BankCode.parse(bank.name())).isEqualTo(bank);
        assertThat(BankCode.parse(bank.displayName())).isEqualTo(bank);
        assertThat(BankCode.parse(bank.displayName().toLowerCase(java.util.Locale.ROOT)))
                .isEqualTo(bank);
    }

    @ParameterizedTest
    @CsvSource({
        "2,BRI",
        "02,BRI",
        "' 002 ',BRI",
        "bri,BRI",
        "Bank BRI,BRI",
        "bank rakyat indonesia,BRI",
        "mandiri,MANDIRI",
        "Bank Mandiri,MANDIRI",
        "cimb niaga,CIMB_NIAGA",
        "cimb-niaga,CIMB_NIAGA",
        "CIMB_NIAGA,CIMB_NIAGA",
        "Bank NTB Syariah,NTB_SYARIAH",
        "bank ntt,NTT",
        "BSI,BSI",
        "Bank Syariah Indonesia,BSI",
        "14,BCA"
    })
    void readsCodesWithoutZerosAndNamesInAnyCase(String text, BankCode bank) {
        assertThat(BankCode.parse(text)).isEqualTo(bank);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999", "0002", "1", "Bank", "Bank Gotham", "BRI 002", "€"})
    void refusesUnknownBanks(String text) {
        assertThatThrownBy(() -> BankCode.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, refused -> {
            assertThat(refused.code()).isEqualTo("bank.code");
            assertThat(refused.field()).isEqualTo("bankCode");
        });
    }

    @Test
    void refusesMissingBanks() {
        assertThatThrownBy(() -> BankCode.parse(null)).hasMessageContaining("bank.required");
        assertThatThrownBy(() -> BankCode.parse("  ")).hasMessageContaining("bank.required");
    }
}
