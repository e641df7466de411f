package id.pulih.shared;

import id.pulih.internal.util.Chars;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A person's name as written on an identity document or a bank account, in any script.
 *
 * <p>Many Indonesians have a single name, so a single word is a whole name: nothing here ever asks for a family
 * name. The name is kept as given apart from normalisation: surrounding white space removed, every run of
 * Unicode white space inside collapsed to one space, and Unicode NFC composition (so that {@code "é"} typed as
 * {@code e} plus a combining accent equals the precomposed letter).
 *
 * <p>A name may contain letters of any script, combining marks that follow a letter (the vowel signs of
 * Devanagari or Javanese script, Arabic harakat), spaces, apostrophes ({@code '} and {@code ’}), dots, hyphens and
 * commas. Dots and commas are allowed because names exported from Indonesian records often carry academic
 * titles, as in {@code Siti Aminah, S.Pd.}.
 *
 * <pre>{@code
 * PersonName name = PersonName.of("  SITI   AMINAH ");
 * name.value();                                // "SITI AMINAH"
 * name.matches(PersonName.of("Siti Aminah"));  // true
 * name.toString();                             // "PersonName[S***** (11)]"
 * }</pre>
 *
 * <p>Names are personal data: {@link #toString()} shows only the first letter and the length; use
 * {@link #value()} to display the name.
 *
 * @param value the normalised name, 1 to {@value #MAX_LENGTH} characters (Unicode code points)
 */
public record PersonName(String value) {
    /** The longest name accepted, in Unicode code points after normalisation. */
    public static final int MAX_LENGTH = 100;

    private static final String FIELD = "name";

    /**
     * Normalises and checks the name, exactly as {@link #of(String)} does.
     *
     * @param value the name as given
     * @throws InvalidValueException as {@link #of(String)}
     */
    public PersonName {
        value = normalize(value);
    }

    /**
     * Reads a name: trims it, collapses inner white space to single spaces, composes it to Unicode NFC and checks
     * its characters.
     *
     * @param text the name; not null
     * @return the name
     * @throws InvalidValueException for the field {@code name}, coded {@code name.required} for null, blank text
     *     or text without a letter (such as the {@code -} spreadsheets use for "none"), {@code name.digit} for a
     *     digit, {@code name.control} for a control character, {@code name.character} for any other character
     *     that is not allowed (including a combining mark that does not follow a letter), and {@code name.length}
     *     for more than {@value #MAX_LENGTH} characters
     */
    public static PersonName of(String text) {
        return new PersonName(text);
    }

    private static String normalize(String text) {
        if (text == null) {
            throw SharedError.NAME_REQUIRED.invalid("a name", "none was given");
        }
        if (alreadyNormal(text)) {
            return text;
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder normalized = new StringBuilder(composed.length());
        boolean pendingSpace = false;
        boolean afterLetterOrMark = false;
        boolean hasLetter = false;
        int codePoints = 0;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            if (Chars.isWhiteSpace(c)) {
                pendingSpace = normalized.length() > 0;
                afterLetterOrMark = false;
                continue;
            }
            boolean letterOrMark;
            if (Character.isLetter(c)) {
                hasLetter = true;
                letterOrMark = true;
            } else if (isMark(c)) {
                if (!afterLetterOrMark) {
                    throw refused(
                            SharedError.NAME_CHARACTER,
                            "a combining mark must follow a letter",
                            codePoints,
                            pendingSpace);
                }
                letterOrMark = true;
            } else if (Character.isDigit(c)) {
                throw refused(SharedError.NAME_DIGIT, "", codePoints, pendingSpace);
            } else if (Character.getType(c) == Character.CONTROL) {
                throw refused(SharedError.NAME_CONTROL, "", codePoints, pendingSpace);
            } else if (isPunctuation(c)) {
                letterOrMark = false;
            } else {
                throw refused(
                        SharedError.NAME_CHARACTER,
                        "a name may only contain letters, spaces, apostrophes, dots, hyphens and commas",
                        codePoints,
                        pendingSpace);
            }
            if (pendingSpace) {
                normalized.append(' ');
                codePoints++;
                pendingSpace = false;
            }
            normalized.appendCodePoint(c);
            codePoints++;
            afterLetterOrMark = letterOrMark;
        }
        if (!hasLetter) {
            throw SharedError.NAME_REQUIRED.invalid("a name", "the text has no letter (\"-\" means none)");
        }
        if (codePoints > MAX_LENGTH) {
            throw SharedError.NAME_LENGTH.invalid(MAX_LENGTH, codePoints);
        }
        return normalized.toString();
    }

    /**
     * Whether normalising would give the text back unchanged and accept it: ASCII letters and the punctuation marks
     * only, single spaces between words, at least one letter, not too long. Most names in a spreadsheet are such,
     * and are then neither copied nor composed.
     */
    private static boolean alreadyNormal(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        boolean hasLetter = false;
        char previous = ' ';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                hasLetter = true;
            } else if (c == ' ' ? previous == ' ' : !isPunctuation(c)) {
                return false;
            }
            previous = c;
        }
        return hasLetter && previous != ' ';
    }

    private static InvalidValueException refused(
            SharedError code, String detail, int codePoints, boolean pendingSpace) {
        int position = codePoints + (pendingSpace ? 2 : 1);
        return code == SharedError.NAME_CHARACTER ? code.invalid(detail, position) : code.invalid(position);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isPunctuation(int c) {
        return c == '\'' || c == '\u2019' || c == '.' || c == '-' || c == ',';
    }

    /**
     * Whether this name and another are the same name written with different case or spacing, as when checking
     * that a bank account is held in the beneficiary's own name: {@code SITI AMINAH} matches {@code Siti  Aminah}
     * and {@code SitiAminah}. Case is compared after full Unicode upper- and lower-casing in {@link Locale#ROOT}
     * (so {@code STRASSE} matches {@code Straße} and a final sigma matches a medial one), and the two apostrophes
     * {@code '} and {@code ’} count as one. Punctuation is otherwise compared as written.
     *
     * @param other the other name; not null
     * @return true when the names match
     * @throws InvalidValueException coded {@code name.required} when {@code other} is null
     */
    public boolean matches(PersonName other) {
        if (other == null) {
            throw SharedError.NAME_REQUIRED.invalid("a name to compare with", "none was given");
        }
        return matchKey(value).equals(matchKey(other.value));
    }

    private static String matchKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ') {
                key.append(c == '\u2019' ? '\'' : c);
            }
        }
        return key.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * Shows only the first letter and the length, since a name is personal data: {@code PersonName[S***** (11)]}.
     *
     * @return the masked name
     */
    @Override
    public String toString() {
        int first = value.codePointAt(0);
        return "PersonName["
                + new String(Character.toChars(first))
                + "***** ("
                + value.codePointCount(0, value.length())
                + ")]";
    }
}
