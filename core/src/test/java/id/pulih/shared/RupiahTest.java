package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RupiahTest {

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        refused -> assertThat(refused.code()).isEqualTo(code));
    }

    @Test
    void computesTheSeedGrantFigures() {
        Rupiah perPerson = Rupiah.parse("Rp 960.000");
        Rupiah first = perPerson.times(340);
        Rupiah second = perPerson.times(150);

        assertThat(first).isEqualTo(Rupiah.of(326_400_000));
        assertThat(first.format()).isEqualTo("Rp 326.400.000");
        assertThat(second.format()).isEqualTo("Rp 144.000.000");
        assertThat(Rupiah.sum(first, second).format()).isEqualTo("Rp 470.400.000");
        assertThat(Rupiah.sum(List.of(first, second))).isEqualTo(first.plus(second));
        assertThat(Rupiah.of(900_000).times(250).format()).isEqualTo("Rp 225.000.000");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|Rp 0",
                "1|Rp 1",
                "999|Rp 999",
                "1000|Rp 1.000",
                "12345|Rp 12.345",
                "960000|Rp 960.000",
                "326400000|Rp 326.400.000",
                "9223372036854775807|Rp 9.223.372.036.854.775.807"
            })
    void formatsWithDotsGroupingThousands(long amount, String formatted) {
        assertThat(Rupiah.of(amount).format()).isEqualTo(formatted);
        assertThat(Rupiah.of(amount)).hasToString(formatted);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Rp 326.400.000",
                "Rp326.400.000",
                "rp 326.400.000",
                "RP 326.400.000",
                "326400000",
                "326.400.000",
                "326.400.000,00",
                "326400000,00",
                "326400000,0",
                "  Rp 326.400.000  ",
                "\tRp\u00A0326.400.000\n"
            })
    void acceptsEveryUsualSpelling(String text) {
        assertThat(Rupiah.parse(text)).isEqualTo(Rupiah.of(326_400_000));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "326,400,000|rupiah.format",
                "1.000,50|rupiah.decimals",
                "326400000,5|rupiah.decimals",
                "1.0000|rupiah.format",
                ".100|rupiah.format",
                "100.|rupiah.format",
                "1..000|rupiah.format",
                "1.00|rupiah.format",
                "1000.000|rupiah.format",
                "1,000|rupiah.format",
                "1,|rupiah.format",
                "1,0a|rupiah.format",
                "Rp|rupiah.format",
                "Rp.5.000|rupiah.format",
                "5 000|rupiah.format",
                "+5|rupiah.format",
                "12a|rupiah.format",
                "Rp Rp 5|rupiah.format",
                "USD 5|rupiah.format",
                "-5|rupiah.negative",
                "Rp -5|rupiah.negative",
                "-Rp 5|rupiah.negative",
                "-0|rupiah.negative",
                "9223372036854775808|rupiah.overflow",
                "9.223.372.036.854.775.808|rupiah.overflow",
                "99999999999999999999999|rupiah.overflow"
            })
    void refusesOtherSpellingsWithTheirCode(String text, String code) {
        assertRefused(() -> Rupiah.parse(text), code);
    }

    @Test
    void refusesMissingText() {
        assertRefused(() -> Rupiah.parse(null), "rupiah.required");
        assertRefused(() -> Rupiah.parse(""), "rupiah.required");
        assertRefused(() -> Rupiah.parse(" \t "), "rupiah.required");
    }

    @Test
    void reportsTheAmountFieldAndNeverTheText() {
        assertThatThrownBy(() -> Rupiah.parse("5202014507900001x"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("amount");
                    assertThat(refused.getMessage()).doesNotContain("5202014507900001");
                });
    }

    @Test
    void parsesTheLargestAmount() {
        assertThat(Rupiah.parse("9223372036854775807")).isEqualTo(Rupiah.of(Long.MAX_VALUE));
        assertThat(Rupiah.parse("Rp 9.223.372.036.854.775.807")).isEqualTo(Rupiah.of(Long.MAX_VALUE));
    }

    @Test
    void rejectsNegativeAmount() {
        assertRefused(() -> Rupiah.of(-1), "rupiah.negative");
        assertRefused(() -> new Rupiah(Long.MIN_VALUE), "rupiah.negative");
    }

    @Test
    void rejectsNegativeResult() {
        assertRefused(() -> Rupiah.of(5).minus(Rupiah.of(6)), "rupiah.negative");
        assertThat(Rupiah.of(6).minus(Rupiah.of(6))).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void rejectsNegativeFactor() {
        assertThatThrownBy(() -> Rupiah.of(5).times(-1))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("rupiah.negative");
                    assertThat(refused.field()).isEqualTo("factor");
                });
    }

    @Test
    void reportsOverflowInsteadOfWrappingAround() {
        Rupiah largest = Rupiah.of(Long.MAX_VALUE);
        assertRefused(() -> largest.plus(Rupiah.of(1)), "rupiah.overflow");
        assertRefused(() -> largest.times(2), "rupiah.overflow");
        assertRefused(() -> Rupiah.sum(largest, Rupiah.of(1)), "rupiah.overflow");
        assertRefused(() -> Rupiah.sum(List.of(largest, largest)), "rupiah.overflow");
        assertThat(largest.times(1)).isEqualTo(largest);
        assertThat(largest.times(0)).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void refusesMissingOperands() {
        assertRefused(() -> Rupiah.ZERO.plus(null), "rupiah.required");
        assertRefused(() -> Rupiah.sum((Rupiah[]) null), "rupiah.required");
        assertRefused(() -> Rupiah.sum(Rupiah.ZERO, null), "rupiah.required");
        assertRefused(() -> Rupiah.sum((Iterable<Rupiah>) null), "rupiah.required");
    }

    @Test
    void sumsNothingToZero() {
        assertThat(Rupiah.sum()).isEqualTo(Rupiah.ZERO);
        assertThat(Rupiah.sum(List.of())).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void comparesByAmount() {
        assertThat(Rupiah.of(2)).isGreaterThan(Rupiah.of(1));
        assertThat(Rupiah.of(2).isGreaterThan(Rupiah.of(1))).isTrue();
        assertThat(Rupiah.of(2).isGreaterThan(Rupiah.of(2))).isFalse();
        assertThat(Rupiah.ZERO.isZero()).isTrue();
        assertThat(Rupiah.of(1).isZero()).isFalse();
    }
}
