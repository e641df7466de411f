package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void acceptsDottedAndUndottedCodesAtEveryLevel() {
        assertThat(RegionCode.of("52").level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionCode.of("52.02").level()).isEqualTo(RegionLevel.REGENCY);
        assertThat(RegionCode.of("5202")).isEqualTo(RegionCode.of("52.02"));
        assertThat(RegionCode.of("520201")).isEqualTo(RegionCode.of("52.02.01"));
        assertThat(RegionCode.of("5301081007").value()).isEqualTo("53.01.08.1007");
        assertThat(RegionCode.of(" 52.02.01.1001 ").level()).isEqualTo(RegionLevel.VILLAGE);
    }

    @Test
    void canonicalConstructorKeepsTheDottedForm() {
        assertThat(new RegionCode("5202").value()).isEqualTo("52.02");
    }

    @Test
    void rejectsMissingCode() {
        assertCode(null, "region.required");
        assertCode("  ", "region.required");
    }

    @Test
    void rejectsMalformedCodes() {
        for (String bad : List.of(
                "5",
                "520",
                "52020",
                "52.2",
                "52.02.1",
                "52.02.01.101",
                "52.0201",
                "5202.01",
                "52-02",
                "52.02.",
                ".52",
                "5a",
                "52.02.01.1001.1",
                "520201100",
                "52020110011",
                "٥٢")) {
            assertCode(bad, "region.format");
        }
    }

    @Test
    void formatMessageShowsShortInputButNotLongInput() {
        assertThatThrownBy(() -> RegionCode.of("52.2"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'52.2'")
                .hasMessageContaining("52.02.01");
        assertThatThrownBy(() -> RegionCode.of("5202014507900001"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageNotContaining("5202014507900001")
                .hasMessageContaining("16 characters");
    }

    @Test
    void parentClimbsOneLevelAndProvinceHasNone() {
        assertThat(RegionCode.of("52.02.01.1001").parent()).contains(RegionCode.of("52.02.01"));
        assertThat(RegionCode.of("52.02.01").parent()).contains(RegionCode.of("52.02"));
        assertThat(RegionCode.of("52.02").parent()).contains(RegionCode.of("52"));
        assertThat(RegionCode.of("52").parent()).isEmpty();
    }

    @Test
    void ancestorsAtEachLevel() {
        RegionCode tarus = RegionCode.of("53.01.08.1007");
        assertThat(tarus.province()).isEqualTo(RegionCode.of("53"));
        assertThat(tarus.regency()).contains(RegionCode.of("53.01"));
        assertThat(tarus.district()).contains(RegionCode.of("53.01.08"));
        assertThat(RegionCode.of("53").province()).isEqualTo(RegionCode.of("53"));
        assertThat(RegionCode.of("53").regency()).isEmpty();
        assertThat(RegionCode.of("53.01").regency()).contains(RegionCode.of("53.01"));
        assertThat(RegionCode.of("53.01").district()).isEmpty();
    }

    @Test
    void containsItselfAndItsDescendantsOnly() {
        RegionCode lombokTengah = RegionCode.of("52.02");
        assertThat(lombokTengah.contains(lombokTengah)).isTrue();
        assertThat(lombokTengah.contains(RegionCode.of("52.02.01"))).isTrue();
        assertThat(lombokTengah.contains(RegionCode.of("52.02.01.1001"))).isTrue();
        assertThat(lombokTengah.contains(RegionCode.of("52"))).isFalse();
        assertThat(lombokTengah.contains(RegionCode.of("52.20"))).isFalse();
        assertThat(lombokTengah.contains(RegionCode.of("52.01.02"))).isFalse();
    }

    @Test
    void compactDropsTheDotsAndToStringKeepsThem() {
        RegionCode village = RegionCode.of("52.02.01.1001");
        assertThat(village.compact()).isEqualTo("5202011001");
        assertThat(village).hasToString("52.02.01.1001");
    }

    @Test
    void sortsDepthFirst() {
        List<RegionCode> codes = new ArrayList<>(List.of(
                RegionCode.of("52.02"),
                RegionCode.of("52.01.01.1001"),
                RegionCode.of("53"),
                RegionCode.of("52"),
                RegionCode.of("52.01")));
        codes.sort(null);
        assertThat(codes).extracting(RegionCode::value).containsExactly("52", "52.01", "52.01.01.1001", "52.02", "53");
    }

    private static void assertCode(String text, String code) {
        assertThatThrownBy(() -> RegionCode.of(text))
                .as("code of %s", text)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo("region");
                });
    }
}
