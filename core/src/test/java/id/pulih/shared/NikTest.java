package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NikTest {
    /** A woman registered in Praya, Lombok Tengah, born on 5 July 1990. */
    private static final String PRAYA_WOMAN = "5202014507900001";

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void readsRegionSexAndBirthDate() {
        Nik nik = Nik.of(PRAYA_WOMAN);
        assertThat(nik.value()).isEqualTo(PRAYA_WOMAN);
        assertThat(nik.provinceCode()).isEqualTo(RegionCode.of("52"));
        assertThat(nik.regencyCode()).isEqualTo(RegionCode.of("52.02"));
        assertThat(nik.districtCode()).isEqualTo(RegionCode.of("52.02.01"));
        assertThat(nik.regionKnown()).isTrue();
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 7, 5));
    }

    @Test
    void womanBornOnTheFifthHasDayFortyFive() {
        assertThat(Nik.of("5202014507900001").sex()).isEqualTo(Sex.FEMALE);
        assertThat(Nik.of("5202014507900001").birthDate(TODAY).getDayOfMonth()).isEqualTo(5);
        assertThat(Nik.of("5202010507900001").sex()).isEqualTo(Sex.MALE);
        assertThat(Nik.of("5202010507900001").birthDate(TODAY).getDayOfMonth()).isEqualTo(5);
    }

    @Test
    void dropsSpacesAndDotsBetweenDigits() {
        assertThat(Nik.of("5202 0145 0790 0001").value()).isEqualTo(PRAYA_WOMAN);
        assertThat(Nik.of("52.02.01.450790.0001").value()).isEqualTo(PRAYA_WOMAN);
        assertThat(Nik.of("  5202014507900001\t").value()).isEqualTo(PRAYA_WOMAN);
        assertThat(Nik.of("5202\u00A00145 . 0790 0001").value()).isEqualTo(PRAYA_WOMAN);
        assertThat(new Nik("5202 0145 0790 0001")).isEqualTo(Nik.of(PRAYA_WOMAN));
    }

    @Test
    void unknownDistrictIsAcceptedButNotKnown() {
        Nik nik = Nik.of("5299994507900001");
        assertThat(nik.regionKnown()).isFalse();
        assertThat(nik.districtCode()).isEqualTo(RegionCode.of("52.99.99"));
    }

    @Test
    void acceptsTwentyNinthOfFebruaryInYearsThatCanBeLeap() {
        assertThat(Nik.of("5202012902000001").birthDate(TODAY)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Nik.of("5202016902880001").birthDate(TODAY)).isEqualTo(LocalDate.of(1988, 2, 29));
        assertThat(Nik.of("5202016902880001").sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void resolvesTwoDigitYearToLatestDateNotAfterToday() {
        assertThat(Nik.of("5202010506250001").birthDate(LocalDate.of(2025, 6, 5)))
                .isEqualTo(LocalDate.of(2025, 6, 5));
        assertThat(Nik.of("5202010606250001").birthDate(LocalDate.of(2025, 6, 5)))
                .isEqualTo(LocalDate.of(1925, 6, 6));
        assertThat(Nik.of("5202010101260001").birthDate(TODAY)).isEqualTo(LocalDate.of(1926, 1, 1));
        assertThat(Nik.of("5202010101000001").birthDate(TODAY)).isEqualTo(LocalDate.of(2000, 1, 1));
        // 2100 is not a leap year, so 29/02/00 seen from 2101 is 2000
        assertThat(Nik.of("5202012902000001").birthDate(LocalDate.of(2101, 3, 1)))
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void refusesMissingNik() {
        assertRefused(null, "nik.required");
        assertRefused("", "nik.required");
        assertRefused("   ", "nik.required");
    }

    @Test
    void refusesWrongLength() {
        assertRefused("520201450790001", "nik.length", "expected 16 digits, found 15");
        assertRefused("52020145079000011", "nik.length", "found 17");
        assertRefused("5202 0145 0790 001", "nik.length", "found 15");
    }

    @Test
    void refusesCharactersOtherThanDigitsAndInnerSeparators() {
        assertRefused("5202014507900O01", "nik.format", "character 14 is 'O'");
        assertRefused("5202-0145-0790-0001", "nik.format", "'-'");
        assertRefused(".5202014507900001", "nik.format", "between digits");
        assertRefused("5202014507900001.", "nik.format", "between digits");
        assertRefused("5202\t0145", "nik.format", "U+0009");
        assertRefused("٥٢٠٢٠١٤٥٠٧٩٠٠٠٠١", "nik.format", "not a digit");
    }

    @Test
    void refusesProvinceNotInTheOfficialList() {
        assertRefused("0002014507900001", "nik.province", "province code 00");
        assertRefused("9902014507900001", "nik.province", "province code 99");
        assertRefused("2002014507900001", "nik.province", "province code 20");
    }

    @Test
    void refusesDayOutsideMenAndWomenRanges() {
        assertRefused("5202010007900001", "nik.day", "found 00");
        assertRefused("5202013207900001", "nik.day", "found 32");
        assertRefused("5202014007900001", "nik.day", "found 40");
        assertRefused("5202017207900001", "nik.day", "found 72");
        assertRefused("5202019907900001", "nik.day", "01 to 31, or 41 to 71");
    }

    @Test
    void refusesMonthOutsideOneToTwelve() {
        assertRefused("5202014500900001", "nik.month", "found 00");
        assertRefused("5202014513900001", "nik.month", "must be 01 to 12, found 13");
    }

    @Test
    void refusesImpossibleDates() {
        assertRefused("5202013002900001", "nik.date", "30/02");
        assertRefused("5202017002900001", "nik.date", "30/02");
        assertRefused("5202013104900001", "nik.date", "31/04");
        assertRefused("5202012902230001", "nik.date", "no year ending in 23");
        assertRefused("5202016902900001", "nik.date", "leap year");
    }

    @Test
    void refusesSerialZero() {
        assertRefused("5202014507900000", "nik.serial", "0001 to 9999");
    }

    @Test
    void checksInTheDocumentedOrder() {
        // province before day, day before month, month before serial
        assertRefused("9902010000900000", "nik.province");
        assertRefused("5202010000900000", "nik.day");
        assertRefused("5202010100900000", "nik.month");
        assertRefused("5202013002900000", "nik.date");
    }

    @Test
    void toStringMasksAllButTheLastFourDigits() {
        assertThat(Nik.of(PRAYA_WOMAN)).hasToString("************0001");
    }

    @Test
    void birthDateNeedsToday() {
        assertThatThrownBy(() -> Nik.of(PRAYA_WOMAN).birthDate(null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("today.required"));
    }

    private static void assertRefused(String text, String code, String... details) {
        assertThatThrownBy(() -> Nik.of(text))
                .as("refusal of %s", text)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo("nik");
                    if (details.length > 0) {
                        assertThat(e.detail()).contains(details);
                    }
                    if (text != null && !text.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(text.strip());
                        String digits = text.replaceAll("[ .\u00A0]", "");
                        assertThat(e.getMessage()).doesNotContain(digits);
                    }
                });
    }
}
