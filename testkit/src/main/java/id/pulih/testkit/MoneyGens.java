package id.pulih.testkit;

import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.Rupiah;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for rupiah amounts, bank codes and bank accounts. Each is built from ranges with an explicit shrink
 * target, so a failing property reports {@code Rp 0}, {@code 000000} or {@code BRI} rather than a random value.
 */
final class MoneyGens {
    /** {@code 10^13}, ten trillion rupiah: larger than any budget this library handles. */
    static final long DEFAULT_MAX = 10_000_000_000_000L;

    private static final long[] POWERS_OF_TEN = powersOfTen();
    private static final BigInteger BEYOND_LONG =
            BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
    private static final List<String> BLANKS = List.of("", " ", "\t", "  \n ", "\u00A0");
    private static final List<String> STRAY = List.of("a", "O", "l", "x", "e", "_", "$", "#", "/", "'", "+", "*");

    private MoneyGens() {}

    private static long[] powersOfTen() {
        long[] powers = new long[19];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }

    static Gen<Rupiah> rupiahs() {
        return rupiahs(DEFAULT_MAX);
    }

    /**
     * Amounts from 0 to {@code max}, spread over every order of magnitude (a uniform choice would almost always
     * give amounts near {@code max}), shrinking to 0.
     */
    static Gen<Rupiah> rupiahs(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        return Generate.range(0, 19, 0)
                .zip(Generate.longRange(0, max, 0), (digits, value) -> Rupiah.of(limit(value, digits, max)));
    }

    private static long limit(long value, int digits, long max) {
        long bound = digits >= POWERS_OF_TEN.length ? max : Math.min(max, POWERS_OF_TEN[digits]);
        return bound == Long.MAX_VALUE ? value : value % (bound + 1);
    }

    /** Thousands grouped by dots, without {@code Rp}: {@code 326.400.000}. */
    static String dotted(String digits) {
        return grouped(digits, '.');
    }

    private static String grouped(String digits, char separator) {
        int length = digits.length();
        StringBuilder grouped = new StringBuilder(length + length / 3);
        int first = length % 3 == 0 ? 3 : length % 3;
        grouped.append(digits, 0, first);
        for (int i = first; i < length; i += 3) {
            grouped.append(separator).append(digits, i, i + 3);
        }
        return grouped.toString();
    }

    private static int index(int seed, int size) {
        return Math.floorMod(seed, size);
    }

    /**
     * Text that {@code Rupiah.parse} must refuse, with its code: blank text, a minus sign, a non-zero decimal
     * part, amounts beyond {@code Long.MAX_VALUE}, and format errors (English grouping, bad dot groups, three
     * decimal digits, stray characters, spaces inside the digits).
     */
    static Gen<InvalidSample> invalidRupiahTexts() {
        return Generate.range(0, 13, 0).zip(rupiahs(), Generate.range(0, 1_000_000, 0), MoneyGens::invalidRupiahText);
    }

    private static InvalidSample invalidRupiahText(int kind, Rupiah rupiah, int seed) {
        long amount = rupiah.amount();
        String plain = Long.toString(amount);
        String thousands = Long.toString(amount + 1000);
        boolean withRp = seed % 2 == 1;
        String prefix = withRp ? "Rp " : "";
        switch (kind) {
            case 0:
                return new InvalidSample(BLANKS.get(index(seed, BLANKS.size())), "rupiah.required");
            case 1:
                return new InvalidSample(withRp ? "Rp -" + dotted(plain) : "-" + plain, "rupiah.negative");
            case 2: {
                String beyond = BEYOND_LONG.add(BigInteger.valueOf(amount)).toString();
                return new InvalidSample(prefix + (seed % 4 < 2 ? beyond : dotted(beyond)), "rupiah.overflow");
            }
            case 3: {
                int cents = 1 + index(seed, 99);
                String decimals = cents < 10 && seed % 3 == 0
                        ? Integer.toString(cents)
                        : String.format(Locale.ROOT, "%02d", cents);
                return new InvalidSample(prefix + dotted(plain) + "," + decimals, "rupiah.decimals");
            }
            case 4:
                return new InvalidSample(prefix + grouped(thousands, ','), "rupiah.format");
            case 5: // a dot group of four digits: 1.0000
                return new InvalidSample(prefix + dotted(thousands) + "0", "rupiah.format");
            case 6: // a dot group of two digits: 1.00
                return new InvalidSample(
                        prefix
                                + dotted(thousands)
                                        .substring(0, dotted(thousands).length() - 1),
                        "rupiah.format");
            case 7:
                return new InvalidSample(prefix + "." + plain, "rupiah.format");
            case 8:
                return new InvalidSample(prefix + plain + ".", "rupiah.format");
            case 9:
                return new InvalidSample(prefix + dotted(thousands).replaceFirst("\\.", ".."), "rupiah.format");
            case 10: // three decimal digits could be an English thousands group
                return new InvalidSample(prefix + plain + ",000", "rupiah.format");
            case 11: {
                String longer = Long.toString(amount + 10);
                int at = 1 + index(seed, longer.length() - 1);
                return new InvalidSample(
                        prefix + longer.substring(0, at) + " " + longer.substring(at), "rupiah.format");
            }
            case 12: {
                int at = index(seed, plain.length() + 1);
                String stray = STRAY.get(index(seed / 7, STRAY.size()));
                return new InvalidSample(
                        prefix + plain.substring(0, at) + stray + plain.substring(at), "rupiah.format");
            }
            default:
                return new InvalidSample(withRp ? "Rp" : "Rp.", "rupiah.format");
        }
    }

    static Gen<BankCode> bankCodes() {
        return Generate.enumValues(BankCode.class);
    }

    /** Normalised account numbers: 6 to 20 digits, leading zeros included, shrinking to {@code 000000}. */
    static Gen<String> bankAccountNumbers() {
        return Generate.range(BankAccount.MIN_DIGITS, BankAccount.MAX_DIGITS, BankAccount.MIN_DIGITS)
                .zip(
                        Generate.longRange(0, POWERS_OF_TEN[10] - 1, 0),
                        Generate.longRange(0, POWERS_OF_TEN[10] - 1, 0),
                        (length, high, low) -> (String.format(Locale.ROOT, "%010d", high)
                                        + String.format(Locale.ROOT, "%010d", low))
                                .substring(20 - length));
    }

    static Gen<BankAccount> bankAccounts() {
        return bankCodes().zip(bankAccountNumbers(), PersonGens.personNames(), BankAccount::of);
    }

    /**
     * Account number text that {@code BankAccount.of} must refuse: blank, too few or too many digits (also with
     * separators), a stray character, or a separator at either end.
     */
    static Gen<InvalidSample> invalidBankAccountNumbers() {
        return Generate.range(0, 5, 0)
                .zip(bankAccountNumbers(), Generate.range(0, 1_000_000, 0), MoneyGens::invalidBankAccountNumber);
    }

    private static InvalidSample invalidBankAccountNumber(int kind, String number, int seed) {
        switch (kind) {
            case 0:
                return new InvalidSample(BLANKS.get(index(seed, BLANKS.size())), "bankAccount.required");
            case 1: {
                String tooShort = number.substring(0, 1 + index(seed, BankAccount.MIN_DIGITS - 1));
                return new InvalidSample(
                        seed % 2 == 0 || tooShort.length() < 2
                                ? tooShort
                                : tooShort.charAt(0) + "-" + tooShort.substring(1),
                        "bankAccount.length");
            }
            case 2: {
                String tooLong = number + "0".repeat(BankAccount.MAX_DIGITS + 1 - number.length() + index(seed, 5));
                return new InvalidSample(seed % 2 == 0 ? tooLong : grouped(tooLong, ' '), "bankAccount.length");
            }
            case 3: {
                int at = index(seed, number.length() + 1);
                String stray = List.of("a", "O", "/", "#", "_", ",", "+", "\uFF11", "x")
                        .get(index(seed / 7, 9));
                return new InvalidSample(number.substring(0, at) + stray + number.substring(at), "bankAccount.format");
            }
            default: {
                String separator = List.of("-", ".").get(index(seed, 2));
                return new InvalidSample(seed % 4 < 2 ? separator + number : number + separator, "bankAccount.format");
            }
        }
    }
}
