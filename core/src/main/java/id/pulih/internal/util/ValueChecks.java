package id.pulih.internal.util;

import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.LimitedText;
import id.pulih.shared.Nik;
import id.pulih.shared.NotAfterToday;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Regions;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SharedError;
import id.pulih.shared.TextLimit;
import id.pulih.shared.UpToToday;
import id.pulih.shared.ValidBankAccountNumber;
import id.pulih.shared.ValidBankCode;
import id.pulih.shared.ValidFamilyCardNumber;
import id.pulih.shared.ValidNik;
import id.pulih.shared.ValidPersonName;
import id.pulih.shared.ValidPhoneNumber;
import id.pulih.shared.ValidRegionCode;
import id.pulih.shared.ValidRupiah;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Jakarta constraint validators of the {@code Valid...} annotations in {@code id.pulih.shared}: each runs its
 * value's factory, so that a form and the factory never disagree. Internal: named only by the annotations.
 */
public final class ValueChecks {
    private ValueChecks() {}

    /** Validates text with {@link BankAccount#normalizeNumber}. */
    public static final class BankAccountNumberText
            extends ValueConstraintValidator<ValidBankAccountNumber, CharSequence> {
        /** Creates the validator; Jakarta Validation calls this. */
        public BankAccountNumberText() {}

        @Override
        protected void check(CharSequence value) {
            BankAccount.normalizeNumber(value.toString());
        }
    }

    /** Validates text with {@link BankCode#parse}. */
    public static final class BankCodeText extends ValueConstraintValidator<ValidBankCode, CharSequence> {
        /** Creates the validator; Jakarta Validation calls this. */
        public BankCodeText() {}

        @Override
        protected void check(CharSequence value) {
            BankCode.parse(value.toString());
        }
    }

    /** Checks the text with {@link FamilyCardNumber#of(String)}. */
    public static final class FamilyCardNumberCheck
            extends ValueConstraintValidator<ValidFamilyCardNumber, CharSequence> {
        /** Created by the Jakarta Validation provider. */
        public FamilyCardNumberCheck() {}

        @Override
        protected void check(CharSequence value) {
            FamilyCardNumber.of(value.toString());
        }
    }

    /** Checks the length of text with {@link Checks#text(String, String, TextLimit)}, as the factories do. */
    public static final class LimitedTextCheck extends ValueConstraintValidator<LimitedText, CharSequence> {
        private TextLimit limit = TextLimit.NOTE;

        /** Created by the Jakarta Validation provider. */
        public LimitedTextCheck() {}

        /**
         * Reads the constraint's limit.
         *
         * @param constraint the constraint on the element
         */
        @Override
        public void initialize(LimitedText constraint) {
            limit = constraint.value();
        }

        @Override
        protected void check(CharSequence value) {
            Checks.text(value.toString(), "text", limit);
        }
    }

    /** Checks the text with {@link Nik#of(String)}. */
    public static final class NikCheck extends ValueConstraintValidator<ValidNik, CharSequence> {
        /** Created by the Jakarta Validation provider. */
        public NikCheck() {}

        @Override
        protected void check(CharSequence value) {
            Nik.of(value.toString());
        }
    }

    /** Validates text with {@link PersonName#of}. */
    public static final class PersonNameText extends ValueConstraintValidator<ValidPersonName, CharSequence> {
        /** Creates the validator; Jakarta Validation calls this. */
        public PersonNameText() {}

        @Override
        protected void check(CharSequence value) {
            PersonName.of(value.toString());
        }
    }

    /** Validates text with {@link PhoneNumber#of}. */
    public static final class PhoneNumberText extends ValueConstraintValidator<ValidPhoneNumber, CharSequence> {
        /** Creates the validator; Jakarta Validation calls this. */
        public PhoneNumberText() {}

        @Override
        protected void check(CharSequence value) {
            PhoneNumber.of(value.toString());
        }
    }

    /** Checks the text with {@link RegionCode#of(String)}, then its level and existence when asked. */
    public static final class RegionCodeCheck extends ValueConstraintValidator<ValidRegionCode, CharSequence> {
        private boolean official;
        private Set<RegionLevel> levels = EnumSet.allOf(RegionLevel.class);

        /** Created by the Jakarta Validation provider. */
        public RegionCodeCheck() {}

        /**
         * Reads the constraint's attributes.
         *
         * @param constraint the constraint on the element
         */
        @Override
        public void initialize(ValidRegionCode constraint) {
            official = constraint.official();
            levels = EnumSet.allOf(RegionLevel.class);
            if (constraint.level().length > 0) {
                levels = EnumSet.noneOf(RegionLevel.class);
                levels.addAll(Arrays.asList(constraint.level()));
            }
        }

        @Override
        protected void check(CharSequence value) {
            RegionCode code = RegionCode.of(value.toString());
            if (!levels.contains(code.level())) {
                throw SharedError.REGION_LEVEL.invalid(names(levels), name(code.level()), code);
            }
            if (official) {
                Regions.official().require(code);
            }
        }

        private static String names(Set<RegionLevel> levels) {
            StringBuilder names = new StringBuilder();
            for (RegionLevel level : levels) {
                if (names.length() > 0) {
                    names.append(" or ");
                }
                names.append(name(level));
            }
            return names.toString();
        }

        private static String name(RegionLevel level) {
            return level.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates text with {@link Rupiah#parse}. */
    public static final class RupiahText extends ValueConstraintValidator<ValidRupiah, CharSequence> {
        /** Creates the validator; Jakarta Validation calls this. */
        public RupiahText() {}

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
    public static final class RupiahAmount extends ValueConstraintValidator<ValidRupiah, Number> {
        /** Creates the validator; Jakarta Validation calls this. */
        public RupiahAmount() {}

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

    /**
     * Validates a date with {@link NotAfterToday}, today taken from the validation context's clock provider in
     * Asia/Jakarta.
     */
    public static final class UpToTodayCheck extends ValueConstraintValidator<UpToToday, LocalDate> {
        /** Creates the validator; Jakarta Validation calls this. */
        public UpToTodayCheck() {}

        @Override
        protected void check(LocalDate value, ConstraintValidatorContext context) {
            NotAfterToday.check(
                    "date",
                    value,
                    NotAfterToday.today(context.getClockProvider().getClock()));
        }

        /** Outside a validation, with the system clock. */
        @Override
        protected void check(LocalDate value) {
            NotAfterToday.check("date", value, NotAfterToday.today(Clock.systemUTC()));
        }
    }
}
