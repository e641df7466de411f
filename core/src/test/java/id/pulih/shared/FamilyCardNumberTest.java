package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FamilyCardNumberTest {
    private static final String PRAYA_HOUSEHOLD = "5202010101150003";

    @Test
    void keepsTheDigitsAndTheProvince() {
        FamilyCardNumber kk = FamilyCardNumber.of(PRAYA_HOUSEHOLD);
        assertThat(kk.value()).isEqualTo(PRAYA_HOUSEHOLD);
        assertThat(kk.provinceCode()).isEqualTo(RegionCode.of("52"));
    }

    @Test
    void dropsSpacesAndDotsBetweenDigits() {
        assertThat(FamilyCardNumber.of(" 5202 0101 0115 0003 ").value()).isEqualTo(PRAYA_HOUSEHOLD);
        assertThat(FamilyCardNumber.of("5202.0101.0115.0003")).isEqualTo(FamilyCardNumber.of(PRAYA_HOUSEHOLD));
    }

    @Test
    void doesNotCheckTheIssueDateDigits() {
        assertThat(FamilyCardNumber.of("5202019999990003").value()).isEqualTo("5202019999990003");
    }

    @Test
    void refusesMissingNumber() {
        assertRefused(null, "kk.required");
        assertRefused(" ", "kk.required");
    }

    @Test
    void refusesWrongLength() {
        assertRefused("520201010115003", "kk.length", "found 15");
        assertRefused("52020101011500031", "kk.length", "found 17");
    }

    @Test
    void refusesCharactersOtherThanDigits() {
        assertRefused("520201010115000x", "kk.format", "'x'");
        assertRefused("5202/0101/0115/0003", "kk.format", "'/'");
    }

    @Test
    void refusesProvinceNotInTheOfficialList() {
        assertRefused("9902010101150003", "kk.province", "province code 99");
        assertRefused("0002010101150003", "kk.province", "province code 00");
    }

    @Test
    void refusesSerialZero() {
        assertRefused("5202010101150000", "kk.serial", "0000");
    }

    @Test
    void toStringMasksAllButTheLastFourDigits() {
        assertThat(FamilyCardNumber.of(PRAYA_HOUSEHOLD)).hasToString("************0003");
    }

    private static void assertRefused(String text, String code, String... details) {
        assertThatThrownBy(() -> FamilyCardNumber.of(text))
                .as("refusal of %s", text)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo("familyCardNumber");
                    if (details.length > 0) {
                        assertThat(e.detail()).contains(details);
                    }
                    if (text != null && !text.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(text.strip());
                    }
                });
    }
}
