package id.pulih.shared;

import static id.pulih.testkit.PulihGen.invalidRupiahTexts;
import static id.pulih.testkit.PulihGen.rupiahs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class RupiahProperties {
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static void assertOverflow(Runnable action) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        refused -> assertThat(refused.code()).isEqualTo("rupiah.overflow"));
    }

    @Test
    void parsesWhatItFormats() {
        qt().forAll(rupiahs())
                .checkAssert(r -> assertThat(Rupiah.parse(r.format())).isEqualTo(r));
    }

    @Test
    void parsesPlainDigitsAndZeroDecimals() {
        qt().forAll(rupiahs()).checkAssert(r -> {
            String digits = Long.toString(r.amount());
            assertThat(Rupiah.parse(digits)).isEqualTo(r);
            assertThat(Rupiah.parse(digits + ",00")).isEqualTo(r);
            assertThat(Rupiah.parse(digits + ",0")).isEqualTo(r);
            assertThat(Rupiah.parse(r.format().substring(3) + ",00")).isEqualTo(r);
            assertThat(Rupiah.parse(" rp" + r.format().substring(3) + " ")).isEqualTo(r);
        });
    }

    @Test
    void parsesEveryLongAmount() {
        qt().forAll(longs().between(0, Long.MAX_VALUE))
                .checkAssert(amount -> assertThat(
                                Rupiah.parse(Rupiah.of(amount).format()).amount())
                        .isEqualTo(amount));
    }

    @Test
    void minusUndoesPlus() {
        qt().forAll(rupiahs(), rupiahs()).checkAssert((a, b) -> {
            assertThat(a.plus(b).minus(b)).isEqualTo(a);
            assertThat(a.plus(b)).isEqualTo(b.plus(a));
        });
    }

    @Test
    void minusIsRefusedExactlyWhenTheResultWouldBeNegative() {
        qt().forAll(rupiahs(), rupiahs()).checkAssert((a, b) -> {
            if (b.isGreaterThan(a)) {
                assertThatThrownBy(() -> a.minus(b)).hasMessageContaining("rupiah.negative");
            } else {
                assertThat(a.minus(b).plus(b)).isEqualTo(a);
            }
        });
    }

    @Test
    void sumEqualsRepeatedPlus() {
        qt().forAll(lists().of(rupiahs()).ofSizeBetween(0, 20)).checkAssert(amounts -> {
            Rupiah repeated = Rupiah.ZERO;
            for (Rupiah amount : amounts) {
                repeated = repeated.plus(amount);
            }
            assertThat(Rupiah.sum(amounts)).isEqualTo(repeated);
            assertThat(Rupiah.sum(amounts.toArray(new Rupiah[0]))).isEqualTo(repeated);
        });
    }

    @Test
    void timesEqualsRepeatedPlus() {
        qt().forAll(rupiahs(), integers().between(0, 50)).checkAssert((amount, factor) -> {
            Rupiah repeated = Rupiah.ZERO;
            for (int i = 0; i < factor; i++) {
                repeated = repeated.plus(amount);
            }
            assertThat(amount.times(factor)).isEqualTo(repeated);
        });
    }

    @Test
    void reportsOverflowAndNeverWraps() {
        qt().forAll(rupiahs(Long.MAX_VALUE), rupiahs(Long.MAX_VALUE), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((a, b, factor) -> {
                    BigInteger sum = BigInteger.valueOf(a.amount()).add(BigInteger.valueOf(b.amount()));
                    if (sum.compareTo(MAX) > 0) {
                        assertOverflow(() -> a.plus(b));
                        assertOverflow(() -> Rupiah.sum(List.of(a, b)));
                    } else {
                        assertThat(BigInteger.valueOf(a.plus(b).amount())).isEqualTo(sum);
                    }
                    BigInteger product = BigInteger.valueOf(a.amount()).multiply(BigInteger.valueOf(factor));
                    if (product.compareTo(MAX) > 0) {
                        assertOverflow(() -> a.times(factor));
                    } else {
                        assertThat(BigInteger.valueOf(a.times(factor).amount())).isEqualTo(product);
                    }
                    BigInteger text = MAX.add(BigInteger.valueOf(b.amount())).add(BigInteger.ONE);
                    assertOverflow(() -> Rupiah.parse(text.toString()));
                });
    }

    @Test
    void refusesEveryInvalidSampleWithItsCode() {
        qt().forAll(invalidRupiahTexts())
                .checkAssert(sample -> assertThatThrownBy(() -> Rupiah.parse(sample.raw()))
                        .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                            assertThat(refused.code()).isEqualTo(sample.expectedCode());
                            assertThat(refused.field()).isEqualTo("amount");
                        }));
    }

    @Test
    void ordersLikeTheAmounts() {
        qt().forAll(rupiahs(), rupiahs()).checkAssert((a, b) -> {
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(a.amount() - b.amount()));
            assertThat(a.isGreaterThan(b)).isEqualTo(a.amount() > b.amount());
        });
    }
}
