package id.pulih.shared;

import id.pulih.internal.util.Chars;
import id.pulih.internal.util.Mask;

/**
 * A bank account to which a grant or an allowance can be transferred: the bank, the account number and the name
 * of the account holder as the bank records it.
 *
 * <p>Account numbers are kept as digit strings (leading zeros matter). People write them with spaces, dots or
 * hyphens between groups of digits; those are removed:
 *
 * <pre>{@code
 * BankAccount account = BankAccount.of(BankCode.BRI, "0123-01-000456-50-7", PersonName.of("Siti Aminah"));
 * account.number();                            // "012301000456507"
 * account.isHeldBy(PersonName.of("SITI AMINAH")); // true
 * account.toString(); // "BankAccount[BRI, number=***********6507, holder=PersonName[S***** (11)]]"
 * }</pre>
 *
 * <p>An account number identifies a person's money: {@link #toString()} masks it, and the holder's name.
 *
 * @param bank the bank
 * @param number the account number, {@value #MIN_DIGITS} to {@value #MAX_DIGITS} digits
 * @param holder the name of the account holder
 */
public record BankAccount(BankCode bank, String number, PersonName holder) {
    /** The fewest digits an account number may have. */
    public static final int MIN_DIGITS = 6;

    /** The most digits an account number may have. */
    public static final int MAX_DIGITS = 20;

    private static final String NUMBER = "bankAccount.number";

    /**
     * Checks every part and normalises the number, exactly as {@link #of} does.
     *
     * @param bank the bank
     * @param number the account number, possibly with separators
     * @param holder the holder's name
     * @throws InvalidValueException as {@link #of}
     */
    public BankAccount {
        if (bank == null) {
            throw SharedError.ACCOUNT_REQUIRED.invalidAt("bankAccount.bank", "a bank", "");
        }
        number = normalizeNumber(number);
        if (holder == null) {
            throw SharedError.ACCOUNT_REQUIRED.invalidAt("bankAccount.holder", "the account holder's name", "");
        }
    }

    /**
     * An account of the given bank, number and holder.
     *
     * @param bank the bank; not null
     * @param number the account number; spaces, dots and hyphens between digits are removed; not null
     * @param holder the name of the account holder; not null
     * @return the account
     * @throws InvalidValueException coded {@code bankAccount.required} for a missing part (field
     *     {@code bankAccount.bank}, {@code bankAccount.number} or {@code bankAccount.holder}), and for the field
     *     {@code bankAccount.number} coded {@code bankAccount.format} for any character other than digits and
     *     separators between them, {@code bankAccount.length} for fewer than {@value #MIN_DIGITS} or more than
     *     {@value #MAX_DIGITS} digits
     */
    public static BankAccount of(BankCode bank, String number, PersonName holder) {
        return new BankAccount(bank, number, holder);
    }

    /**
     * Reads an account from raw text, as in an imported spreadsheet row: the bank as {@link BankCode#parse} reads
     * it, the number as {@link #of} does, and the holder as {@link PersonName#of}. A refusal names the part:
     * {@code bankAccount.bank}, {@code bankAccount.number} or {@code bankAccount.holder}.
     *
     * @param bank the bank's code or name; not null
     * @param number the account number; not null
     * @param holder the holder's name; not null
     * @return the account
     * @throws InvalidValueException with the code of the first refused part ({@code bank.code},
     *     {@code bankAccount.length}, {@code name.digit}, ...) and the field of that part
     */
    public static BankAccount parse(String bank, String number, String holder) {
        BankCode bankCode;
        try {
            bankCode = BankCode.parse(bank);
        } catch (InvalidValueException refused) {
            throw refused.withField("bankAccount.bank");
        }
        String digits = normalizeNumber(number);
        PersonName holderName;
        try {
            holderName = PersonName.of(holder);
        } catch (InvalidValueException refused) {
            throw refused.withField("bankAccount.holder");
        }
        return new BankAccount(bankCode, digits, holderName);
    }

    /**
     * Normalises an account number on its own, as {@link #of} does: removes white space around it and spaces,
     * dots and hyphens between its digits, then checks that {@value #MIN_DIGITS} to {@value #MAX_DIGITS} digits
     * remain.
     *
     * <pre>{@code
     * BankAccount.normalizeNumber(" 0123-01-000456-50-7 "); // "012301000456507"
     * }</pre>
     *
     * @param number the account number; not null
     * @return the digits
     * @throws InvalidValueException for the field {@code bankAccount.number}, coded {@code bankAccount.required}
     *     for null or blank text, {@code bankAccount.format} for any other character or a separator that is not
     *     between two digits, {@code bankAccount.length} for too few or too many digits
     */
    public static String normalizeNumber(String number) {
        if (number == null) {
            throw SharedError.ACCOUNT_REQUIRED.invalid("an account number", "");
        }
        int end = number.length();
        while (end > 0 && Chars.isWhiteSpace(number.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && Chars.isWhiteSpace(number.charAt(start))) {
            start++;
        }
        if (start == end) {
            throw SharedError.ACCOUNT_REQUIRED.invalid("an account number", ", but it was empty");
        }
        StringBuilder digits = new StringBuilder(end - start);
        boolean separatorPending = false;
        for (int i = start; i < end; i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                separatorPending = false;
            } else if (c == '-' || c == '.' || Chars.isWhiteSpace(c)) {
                if (digits.length() == 0) {
                    throw format();
                }
                separatorPending = true;
            } else {
                throw format();
            }
        }
        if (separatorPending) {
            throw format();
        }
        int length = digits.length();
        if (length < MIN_DIGITS || length > MAX_DIGITS) {
            throw SharedError.ACCOUNT_LENGTH.invalid(MIN_DIGITS, MAX_DIGITS, length);
        }
        return digits.toString();
    }

    private static InvalidValueException format() {
        return SharedError.ACCOUNT_FORMAT.invalid();
    }

    /**
     * Whether the account is in the given person's name, comparing names as {@link PersonName#matches} does
     * (ignoring case and spacing). Grants are paid only into the beneficiary's own account.
     *
     * @param person the person's name; not null
     * @return true when the holder's name matches
     * @throws InvalidValueException coded {@code name.required} when {@code person} is null
     */
    public boolean isHeldBy(PersonName person) {
        return holder.matches(person);
    }

    /**
     * Shows the bank, the number masked but for its last four digits, and the masked holder's name.
     *
     * @return the masked account
     */
    @Override
    public String toString() {
        return "BankAccount[" + bank + ", number=" + Mask.identifier(number) + ", holder=" + holder + "]";
    }
}
