package id.pulih.testkit;

import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators for personal names and phone numbers. Names come in several scripts because beneficiaries, family
 * members and employers abroad are written in Latin, Arabic, Chinese, Javanese and other scripts; everything
 * shrinks toward a short single Latin name and toward a nine-digit mobile number.
 */
final class PersonGens {
    private static final List<String> LATIN_SYLLABLES = List.of(
            "a", "an", "si", "ti", "nur", "ah", "mi", "nah", "ru", "sa", "di", "wa", "yu", "ni", "ka", "ri", "ma", "de",
            "ko", "ha", "tri", "ning", "sih", "wati", "yan", "to", "pu", "jo", "el", "is");
    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final int SCRIPTS = 9;
    private static final int MAX_PARTS = 4;
    private static final int MAX_WORD = 5;

    private static final List<String> FIXED_AREA_CODES = List.of(
            "21", "22", "24", "31", "61", "274", "370", "361", "380", "411", "431", "511", "541", "561", "711", "751",
            "761", "911", "967");
    private static final List<String> FOREIGN_CODES =
            List.of("60", "65", "852", "886", "966", "971", "1", "44", "61", "81", "82", "63", "66", "673", "670", "7");
    private static final List<String> SEPARATORS = List.of(" ", "-", ".");

    private PersonGens() {}

    private static int index(int seed, int size) {
        return Math.floorMod(seed, size);
    }

    /**
     * Valid, normalised names: one to four words in one of several scripts, Latin words sometimes with an
     * apostrophe, a hyphen or as an initial with a dot.
     */
    static Gen<PersonName> personNames() {
        return personNameTexts().map(text -> {
            PersonName name = PersonName.of(text);
            if (!name.value().equals(text)) {
                throw new IllegalStateException("the name generator made a name that is not normalised");
            }
            return name;
        });
    }

    private static Gen<String> personNameTexts() {
        Gen<List<Integer>> word =
                SourceDSL.lists().of(Generate.range(0, 10_000, 0)).ofSizeBetween(1, MAX_WORD);
        return Generate.range(0, SCRIPTS - 1, 0)
                .zip(SourceDSL.lists().of(word).ofSizeBetween(1, MAX_PARTS), PersonGens::name);
    }

    private static String name(int script, List<List<Integer>> parts) {
        StringBuilder name = new StringBuilder();
        for (List<Integer> part : parts) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(word(script, part));
        }
        return name.toString();
    }

    private static String word(int script, List<Integer> seeds) {
        StringBuilder word = new StringBuilder();
        switch (script) {
            case 0:
            case 1:
                return latinWord(seeds, script == 1);
            case 2: // Arabic, sometimes with a vowel mark (fatha, damma, kasra, shadda)
                for (int seed : seeds) {
                    word.append(ARABIC_LETTERS.charAt(index(seed, ARABIC_LETTERS.length())));
                    if (seed % 8 >= 4) {
                        word.append((char) (0x064E + index(seed / 8, 4)));
                    }
                }
                return word.toString();
            case 3: // CJK unified ideographs
                for (int seed : seeds.subList(0, Math.min(3, seeds.size()))) {
                    word.append((char) (0x4E00 + index(seed * 7919, 0x4F00)));
                }
                return word.toString();
            case 4: // Devanagari consonant, sometimes with a vowel sign or virama (never a nukta)
                return indicWord(seeds, 0x0915, 0x0939, 0x093E, 0x094D);
            case 5: // Javanese script letter, sometimes with a vowel sign
                return indicWord(seeds, 0xA984, 0xA9B2, 0xA9B4, 0xA9BD);
            case 6: // Greek
                return capitalised(seeds, 0x03B1, 0x03C9);
            case 7: // Cyrillic
                return capitalised(seeds, 0x0430, 0x044F);
            default: // Hangul syllables
                for (int seed : seeds.subList(0, Math.min(3, seeds.size()))) {
                    word.append((char) (0xAC00 + index(seed * 7919, 0x2BA4)));
                }
                return word.toString();
        }
    }

    private static String latinWord(List<Integer> seeds, boolean upperCase) {
        int decoration = index(seeds.get(0), 16);
        if (decoration == 15) {
            String initial = LATIN_SYLLABLES.get(index(seeds.get(0) / 16, LATIN_SYLLABLES.size()));
            return initial.substring(0, 1).toUpperCase(Locale.ROOT) + ".";
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < seeds.size(); i++) {
            if (i == 1 && decoration >= 12) {
                word.append(List.of("'", "-", "\u2019").get(decoration - 12));
            }
            word.append(LATIN_SYLLABLES.get(index(seeds.get(i), LATIN_SYLLABLES.size())));
        }
        String lower = word.toString();
        return upperCase
                ? lower.toUpperCase(Locale.ROOT)
                : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    private static String indicWord(List<Integer> seeds, int firstLetter, int lastLetter, int firstSign, int lastSign) {
        StringBuilder word = new StringBuilder();
        for (int seed : seeds) {
            word.append((char) (firstLetter + index(seed, lastLetter - firstLetter + 1)));
            if (seed % 3 != 0) {
                word.append((char) (firstSign + index(seed / 3, lastSign - firstSign + 1)));
            }
        }
        return word.toString();
    }

    private static String capitalised(List<Integer> seeds, int first, int last) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < seeds.size(); i++) {
            char letter = (char) (first + index(seeds.get(i), last - first + 1));
            word.append(i == 0 ? Character.toUpperCase(letter) : letter);
        }
        return word.toString();
    }

    /**
     * Text that {@code PersonName.of} must refuse, with its code: blank text or text without a letter, a valid
     * name with a digit, a control character or a forbidden character inserted, a name starting with a combining
     * mark, and a valid name repeated past 100 characters.
     */
    static Gen<InvalidSample> invalidPersonNames() {
        return Generate.range(0, 5, 0)
                .zip(personNameTexts(), Generate.range(0, 1_000_000, 0), PersonGens::invalidPersonName);
    }

    private static InvalidSample invalidPersonName(int kind, String name, int seed) {
        switch (kind) {
            case 0: {
                List<String> missing = List.of("", " ", "\t\n", "\u3000", "-", "--", ".", " - ", "'", ",");
                return new InvalidSample(missing.get(index(seed, missing.size())), "name.required");
            }
            case 1: {
                List<String> digits = List.of("0", "1", "7", "9", "\u0663", "\u096B", "\uFF15");
                return new InvalidSample(insert(name, digits.get(index(seed / 7, digits.size())), seed), "name.digit");
            }
            case 2: {
                List<String> controls = List.of("\u0000", "\u0007", "\u0008", "\u001B", "\u001F", "\u007F", "\u0090");
                return new InvalidSample(
                        insert(name, controls.get(index(seed / 7, controls.size())), seed), "name.control");
            }
            case 3: {
                List<String> others = List.of(
                        "@",
                        "#",
                        "_",
                        "/",
                        "(",
                        "!",
                        "?",
                        "&",
                        "*",
                        "+",
                        "=",
                        "~",
                        "\"",
                        ";",
                        "\u00A9",
                        "\uD83D\uDE00");
                return new InvalidSample(
                        insert(name, others.get(index(seed / 7, others.size())), seed), "name.character");
            }
            case 4: // a combining mark with no letter before it
                return new InvalidSample((seed % 2 == 0 ? "" : "- ") + "\u0301" + name, "name.character");
            default: {
                StringBuilder longName = new StringBuilder(name);
                while (longName.codePointCount(0, longName.length()) <= PersonName.MAX_LENGTH) {
                    longName.append(' ').append(name);
                }
                return new InvalidSample(longName.toString(), "name.length");
            }
        }
    }

    private static String insert(String text, String inserted, int seed) {
        int codePoints = text.codePointCount(0, text.length());
        int at = text.offsetByCodePoints(0, index(seed, codePoints + 1));
        return text.substring(0, at) + inserted + text.substring(at);
    }

    /**
     * Valid numbers: mobile numbers of 9 to 12 digits after the trunk prefix, and fixed lines of 8 to 11 digits
     * behind real area codes.
     */
    static Gen<PhoneNumber> phoneNumbers() {
        return Generate.range(0, 1, 0)
                .zip(
                        Generate.range(0, 1_000, 0),
                        Generate.range(0, 3, 0),
                        Generate.longRange(0, 99_999_999_999L, 0),
                        (fixed, choice, extra, digits) ->
                                PhoneNumber.of("+62" + nationalNumber(fixed == 1, choice, extra, digits)));
    }

    private static String nationalNumber(boolean fixed, int choice, int extra, long digits) {
        String start;
        int length;
        if (fixed) {
            start = FIXED_AREA_CODES.get(index(choice, FIXED_AREA_CODES.size()));
            length = 8 + extra;
        } else {
            start = "8" + (1 + index(choice, 9));
            length = 9 + extra;
        }
        String subscriber = String.format(Locale.ROOT, "%011d", digits);
        return start + subscriber.substring(subscriber.length() - (length - start.length()));
    }

    /**
     * The same number spelled the ways people write it: {@code 0812…}, {@code +62 812…}, {@code 62812…},
     * {@code (0812) …}, {@code +62 (0)812…}, {@code 0062 …}, grouped by spaces, hyphens or dots, and for mobile
     * numbers also without the leading zero, as spreadsheets store them.
     */
    static Gen<PhoneSpelling> phoneNumberTexts() {
        return phoneNumbers().zip(Generate.range(0, 8, 0), Generate.range(0, 1_000, 0), PersonGens::spelling);
    }

    private static PhoneSpelling spelling(PhoneNumber phone, int style, int seed) {
        String significant = phone.e164().substring(3);
        String separator = SEPARATORS.get(index(seed, SEPARATORS.size()));
        String head = significant.substring(0, 3);
        String tail = chunks(significant.substring(3), separator, 3 + index(seed / 3, 2));
        String grouped = head + separator + tail;
        String text;
        switch (style) {
            case 0:
                text = phone.national();
                break;
            case 1:
                text = "0" + grouped;
                break;
            case 2:
                text = "+62 " + grouped;
                break;
            case 3:
                text = "62" + significant;
                break;
            case 4:
                text = "(0" + head + ") " + tail;
                break;
            case 5:
                text = "+62 (0)" + grouped;
                break;
            case 6:
                text = "0062 " + grouped;
                break;
            case 7:
                text = phone.isMobile() ? significant : phone.e164();
                break;
            default:
                text = "  " + phone.e164() + "\t";
                break;
        }
        return new PhoneSpelling(text, phone);
    }

    private static String chunks(String digits, String separator, int size) {
        StringBuilder chunked = new StringBuilder();
        for (int i = 0; i < digits.length(); i += size) {
            if (i > 0) {
                chunked.append(separator);
            }
            chunked.append(digits, i, Math.min(digits.length(), i + size));
        }
        return chunked.toString();
    }

    /**
     * Text that {@code PhoneNumber.of} must refuse, with its code: blank text, stray characters, numbers starting
     * {@code 1}, other countries' codes, and too few or too many digits.
     */
    static Gen<InvalidSample> invalidPhoneNumbers() {
        return Generate.range(0, 5, 0)
                .zip(phoneNumbers(), Generate.range(0, 1_000_000, 0), PersonGens::invalidPhoneNumber);
    }

    private static InvalidSample invalidPhoneNumber(int kind, PhoneNumber phone, int seed) {
        String national = phone.national();
        String significant = phone.e164().substring(3);
        switch (kind) {
            case 0: {
                List<String> missing = List.of("", " ", "\t", " - ", "()", "\u00A0");
                return new InvalidSample(missing.get(index(seed, missing.size())), "phone.required");
            }
            case 1: {
                List<String> stray = List.of("a", "x", "O", "l", "#", "/", "*", ",", "_", "+", "e", "\uFF10");
                int at = 1 + index(seed, national.length());
                String inserted = stray.get(index(seed / 7, stray.size()));
                return new InvalidSample(national.substring(0, at) + inserted + national.substring(at), "phone.format");
            }
            case 2: // service numbers start with 1 after the trunk prefix
                return new InvalidSample("01" + significant.substring(1), "phone.format");
            case 3: {
                String country = FOREIGN_CODES.get(index(seed, FOREIGN_CODES.size()));
                String prefix = seed % 3 == 0 ? "00" : "+";
                return new InvalidSample(prefix + country + " " + significant, "phone.country");
            }
            case 4: {
                String tooShort = national.substring(0, 2 + index(seed, phone.isMobile() ? 7 : 6));
                return new InvalidSample(tooShort, "phone.length");
            }
            default: {
                String tooLong =
                        national + "0".repeat(1 + index(seed, 3) + (phone.isMobile() ? 12 : 11) - significant.length());
                return new InvalidSample(seed % 2 == 0 ? tooLong : "+62 " + tooLong.substring(1), "phone.length");
            }
        }
    }
}
