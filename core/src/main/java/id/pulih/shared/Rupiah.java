package id.pulih.shared;

import id.pulih.internal.util.Chars;

/**
 * An amount of money in whole rupiah, never negative. Rupiah have no minor unit in this domain: grants,
 * allowances and transfers are whole amounts.
 *
 * <p>Amounts are written the Indonesian way, with a dot grouping thousands:
 *
 * <pre>{@code
 * Rupiah perPerson = Rupiah.parse("Rp 960.000");
 * Rupiah total = perPerson.times(340);          // Rp 326.400.000
 * total.format();                               // "Rp 326.400.000"
 * Rupiah.parse("326.400.000,00").equals(total); // true
 * }</pre>
 *
 * <p>Arithmetic never wraps around: a result above {@link Long#MAX_VALUE} is refused with the code
 * {@code rupiah.overflow}, and a result below zero with {@code rupiah.negative}. Every refusal is an
 * {@link InvalidValueException} for the field {@code amount}.
 *
 * @param amount the amount in whole rupiah, from 0 to {@link Long#MAX_VALUE}
 */
public record Rupiah(long amount) implements Comparable<Rupiah> {
    /** No money: {@code Rp 0}. */
    public static final Rupiah ZERO = new Rupiah(0);

    private static final String FIELD = "amount";
    private static final String LARGEST = "Rp 9.223.372.036.854.775.807";
    private static final String EXPECTED =
            "expected whole rupiah such as Rp 326.400.000, 326.400.000 or 326400000 (a dot groups thousands)";

    /**
     * Checks the amount is not negative.
     *
     * @param amount the amount in whole rupiah
     * @throws InvalidValueException coded {@code rupiah.negative} when the amount is below zero
     */
    public Rupiah {
        if (amount < 0) {
            throw SharedError.RUPIAH_NEGATIVE.invalid("an amount", "");
        }
    }

    /**
     * The amount of the given number of whole rupiah.
     *
     * @param amount the amount, 0 or more
     * @return the amount; {@link #ZERO} for 0
     * @throws InvalidValueException coded {@code rupiah.negative} when the amount is below zero
     */
    public static Rupiah of(long amount) {
        return amount == 0 ? ZERO : new Rupiah(amount);
    }

    /**
     * Reads an amount as people write it in Indonesia. Accepted, with any white space around:
     *
     * <ul>
     *   <li>an optional {@code Rp} prefix in any case, with or without a space after it;
     *   <li>plain digits ({@code 326400000}) or digits grouped by dots in threes ({@code 326.400.000});
     *   <li>an optional decimal part of one or two zeros after a comma ({@code ,0} or {@code ,00}), as
     *       spreadsheets export it.
     * </ul>
     *
     * <p>Everything else is refused, in particular the English grouping {@code 326,400,000} and a comma followed
     * by three digits, which would be ambiguous between the two conventions.
     *
     * <pre>{@code
     * Rupiah.parse("Rp 326.400.000"); // Rp 326.400.000
     * Rupiah.parse("326400000,00");   // Rp 326.400.000
     * Rupiah.parse("326,400,000");    // refused: rupiah.format
     * }</pre>
     *
     * <p>This runs on every row of bulk imports, so it scans the text once and allocates nothing but the result.
     *
     * @param text the text; not null
     * @return the amount
     * @throws InvalidValueException for the field {@code amount}, coded {@code rupiah.required} for null or blank
     *     text, {@code rupiah.negative} for a minus sign, {@code rupiah.decimals} for a non-zero decimal part,
     *     {@code rupiah.overflow} for an amount above {@link Long#MAX_VALUE} and {@code rupiah.format} for
     *     anything else
     */
    public static Rupiah parse(String text) {
        if (text == null) {
            throw required("a value is", "none was given");
        }
        int end = text.length();
        while (end > 0 && Chars.isWhiteSpace(text.charAt(end - 1))) {
            end--;
        }
        int i = 0;
        while (i < end && Chars.isWhiteSpace(text.charAt(i))) {
            i++;
        }
        if (i == end) {
            throw required("a value is", "it was empty");
        }
        if (text.charAt(i) == '-') {
            throw negative();
        }
        if (end - i >= 2 && (text.charAt(i) | 0x20) == 'r' && (text.charAt(i + 1) | 0x20) == 'p') {
            i += 2;
            while (i < end && Chars.isWhiteSpace(text.charAt(i))) {
                i++;
            }
            if (i < end && text.charAt(i) == '-') {
                throw negative();
            }
        }
        return parseDigits(text, i, end);
    }

    private static Rupiah parseDigits(String text, int start, int end) {
        long value = 0;
        boolean overflow = false;
        boolean grouped = false;
        int groupLength = 0;
        int i = start;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (grouped && groupLength == 3) {
                    throw formatError();
                }
                groupLength++;
                int digit = c - '0';
                if (value > (Long.MAX_VALUE - digit) / 10) {
                    overflow = true;
                } else {
                    value = value * 10 + digit;
                }
            } else if (c == '.') {
                // the first group has 1 to 3 digits, every later group exactly 3
                if (groupLength == 0 || groupLength > 3 || (grouped && groupLength != 3)) {
                    throw formatError();
                }
                grouped = true;
                groupLength = 0;
            } else if (c == ',') {
                break;
            } else {
                throw formatError();
            }
        }
        if (groupLength == 0 || (grouped && groupLength != 3)) {
            throw formatError();
        }
        if (i < end) {
            checkDecimals(text, i + 1, end);
        }
        if (overflow) {
            throw SharedError.RUPIAH_OVERFLOW.invalid("amount", LARGEST);
        }
        return of(value);
    }

    private static void checkDecimals(String text, int start, int end) {
        int count = end - start;
        if (count < 1 || count > 2) {
            throw formatError();
        }
        boolean zero = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw formatError();
            }
            zero &= c == '0';
        }
        if (!zero) {
            throw SharedError.RUPIAH_DECIMALS.invalid(": only ,0 or ,00 may follow the comma");
        }
    }

    private static InvalidValueException required(String what, String found) {
        return SharedError.RUPIAH_REQUIRED.invalid(what, found);
    }

    private static InvalidValueException negative() {
        return SharedError.RUPIAH_NEGATIVE.invalid("an amount", "");
    }

    private static InvalidValueException formatError() {
        return SharedError.RUPIAH_FORMAT.invalid(EXPECTED);
    }

    private static Rupiah checked(Rupiah amount) {
        if (amount == null) {
            throw required("an amount is", "none was given");
        }
        return amount;
    }

    private static InvalidValueException overflow() {
        return SharedError.RUPIAH_OVERFLOW.invalid("result", LARGEST);
    }

    /**
     * The sum of the given amounts.
     *
     * @param amounts the amounts, none null; none gives {@link #ZERO}
     * @return their sum
     * @throws InvalidValueException coded {@code rupiah.overflow} when the sum is above {@link Long#MAX_VALUE},
     *     {@code rupiah.required} when the array or an amount is null
     */
    public static Rupiah sum(Rupiah... amounts) {
        if (amounts == null) {
            throw required("amounts are", "none were given");
        }
        long total = 0;
        for (Rupiah amount : amounts) {
            total = add(total, checked(amount).amount);
        }
        return of(total);
    }

    /**
     * The sum of the given amounts.
     *
     * @param amounts the amounts, none null; empty gives {@link #ZERO}
     * @return their sum
     * @throws InvalidValueException coded {@code rupiah.overflow} when the sum is above {@link Long#MAX_VALUE},
     *     {@code rupiah.required} when the iterable or an amount is null
     */
    public static Rupiah sum(Iterable<Rupiah> amounts) {
        if (amounts == null) {
            throw required("amounts are", "none were given");
        }
        long total = 0;
        for (Rupiah amount : amounts) {
            total = add(total, checked(amount).amount);
        }
        return of(total);
    }

    private static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException tooLarge) {
            throw overflow();
        }
    }

    /**
     * This amount plus another.
     *
     * @param other the amount to add; not null
     * @return the sum
     * @throws InvalidValueException coded {@code rupiah.overflow} when the sum is above {@link Long#MAX_VALUE}
     */
    public Rupiah plus(Rupiah other) {
        return of(add(amount, checked(other).amount));
    }

    /**
     * This amount minus another, which must not be larger.
     *
     * @param other the amount to subtract; not null
     * @return the difference
     * @throws InvalidValueException coded {@code rupiah.negative} when {@code other} is larger than this amount
     */
    public Rupiah minus(Rupiah other) {
        long subtrahend = checked(other).amount;
        if (subtrahend > amount) {
            throw SharedError.RUPIAH_NEGATIVE.invalid("the result", ": the amount subtracted is larger");
        }
        return of(amount - subtrahend);
    }

    /**
     * This amount multiplied by a count, such as the number of beneficiaries receiving it.
     *
     * <pre>{@code
     * Rupiah.of(960_000).times(340); // Rp 326.400.000
     * }</pre>
     *
     * @param factor the count, 0 or more
     * @return the product
     * @throws InvalidValueException coded {@code rupiah.negative} (field {@code factor}) for a negative factor,
     *     {@code rupiah.overflow} when the product is above {@link Long#MAX_VALUE}
     */
    public Rupiah times(int factor) {
        if (factor < 0) {
            throw SharedError.RUPIAH_NEGATIVE.invalidAt("factor", "the factor", ": " + factor);
        }
        try {
            return of(Math.multiplyExact(amount, (long) factor));
        } catch (ArithmeticException tooLarge) {
            throw overflow();
        }
    }

    /**
     * Whether this is {@code Rp 0}.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return amount == 0;
    }

    /**
     * Whether this amount is strictly larger than another.
     *
     * @param other the amount to compare with; not null
     * @return true when this amount is larger
     */
    public boolean isGreaterThan(Rupiah other) {
        return amount > checked(other).amount;
    }

    /**
     * Orders amounts from smallest to largest.
     *
     * @param other the amount to compare with; not null
     * @return negative, zero or positive as this amount is smaller than, equal to or larger than {@code other}
     */
    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(amount, checked(other).amount);
    }

    /**
     * The amount written the Indonesian way, {@code Rp 326.400.000} ({@code Rp 0} for zero); {@link #parse}
     * reads it back.
     *
     * @return the formatted amount
     */
    public String format() {
        String digits = Long.toString(amount);
        int length = digits.length();
        StringBuilder formatted = new StringBuilder(3 + length + length / 3);
        formatted.append("Rp ");
        int firstGroup = length % 3 == 0 ? 3 : length % 3;
        formatted.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < length; i += 3) {
            formatted.append('.').append(digits, i, i + 3);
        }
        return formatted.toString();
    }

    /**
     * The same as {@link #format()}.
     *
     * @return the formatted amount, such as {@code Rp 326.400.000}
     */
    @Override
    public String toString() {
        return format();
    }
}
