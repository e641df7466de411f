package id.pulih.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.pulih.internal.util.ValueConstraintValidator;
import id.pulih.internal.util.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The annotated text or number must be a rupiah amount that {@link Rupiah} accepts: text as {@link Rupiah#parse}
 * reads it ({@code Rp 326.400.000}), a number as a whole, non-negative amount ({@link Rupiah#of}). A refusal
 * reports the factory's code ({@code rupiah.format}, {@code rupiah.negative}, ...), read with
 * {@link Violations#codeOf}. {@code null} is valid; add {@code @NotNull} to require a value.
 *
 * <pre>{@code
 * record GrantForm(@ValidRupiah String amount, @ValidRupiah Long perPerson) {}
 * }</pre>
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {ValidRupiah.Text.class, ValidRupiah.Amount.class})
public @interface ValidRupiah {
    /**
     * The message used when no factory detail is available.
     *
     * @return the message
     */
    String message() default "invalid rupiah amount";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Validates text with {@link Rupiah#parse}. */
    final class Text extends ValueConstraintValidator<ValidRupiah, CharSequence> {
        /** Creates the validator; Jakarta Validation calls this. */
        public Text() {}

        @Override
        protected void check(CharSequence value) {
            Rupiah.parse(value.toString());
        }
    }

    /**
     * Validates a number with {@link Rupiah#of}; a number with a fraction ({@code 1.5}) is refused as
     * {@code rupiah.decimals} and one beyond {@link Long#MAX_VALUE} as {@code rupiah.overflow}, rather than
     * silently truncated.
     */
    final class Amount extends ValueConstraintValidator<ValidRupiah, Number> {
        /** Creates the validator; Jakarta Validation calls this. */
        public Amount() {}

        @Override
        protected void check(Number value) {
            Rupiah.of(wholeAmount(value));
        }

        private static long wholeAmount(Number value) {
            if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
                return value.longValue();
            }
            BigDecimal exact;
            if (value instanceof BigDecimal decimal) {
                exact = decimal;
            } else if (value instanceof BigInteger integer) {
                exact = new BigDecimal(integer);
            } else {
                double number = value.doubleValue();
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    throw SharedError.RUPIAH_FORMAT.invalid("the amount is not a finite number");
                }
                exact = BigDecimal.valueOf(number);
            }
            if (exact.signum() < 0) {
                throw SharedError.RUPIAH_NEGATIVE.invalid("an amount", "");
            }
            if (exact.stripTrailingZeros().scale() > 0) {
                throw SharedError.RUPIAH_DECIMALS.invalid("");
            }
            if (exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw SharedError.RUPIAH_OVERFLOW.invalid("amount", Rupiah.of(Long.MAX_VALUE));
            }
            return exact.longValueExact();
        }
    }
}
