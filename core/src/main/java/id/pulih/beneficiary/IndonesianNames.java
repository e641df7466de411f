package id.pulih.beneficiary;

import id.pulih.shared.PersonName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a name as duplicate scoring compares them, normalised the way Indonesian names vary between records
 * of one person:
 *
 * <ul>
 *   <li>case, accents, spacing and punctuation do not count; an apostrophe joins ({@code Ma'ruf} is {@code maruf}),
 *       a dot or hyphen separates;
 *   <li>a degree after a comma is dropped ({@code Siti Aminah, S.Pd.}), as are leading pilgrim titles ({@code H.},
 *       {@code Hj.}, {@code Haji}, {@code Hajjah});
 *   <li>a patronymic tail is dropped from {@code bin}, {@code binti}, {@code bt} or {@code bte} on ({@code Siti Aminah
 *       binti Lalu} is {@code siti aminah}), unless it is the first word;
 *   <li>the old spelling is folded into the current one ({@code oe} to {@code u}, {@code dj} to {@code j},
 *       {@code tj} to {@code c}, {@code nj} to {@code ny}, {@code sj} to {@code sy}, {@code ch} to {@code kh}), doubled
 *       letters are written once ({@code Muhammad}, {@code Hassanah}), a final {@code y} after a consonant is
 *       {@code i} ({@code Dewy}, {@code Rahmawaty}), and the ways of writing Muhammad ({@code Moh.}, {@code Mohamad},
 *       {@code Mochammad}, {@code Muh.}, {@code Md.}) are one word.
 * </ul>
 *
 * <p>Words written together or apart ({@code Nur Hasanah}, {@code Nurhasanah}) are left to the scoring, which also
 * compares the words joined.
 */
final class IndonesianNames {
    private static final Set<String> TITLES = Set.of("h", "hj", "haji", "hajah", "hajjah");
    private static final Set<String> PATRONYMIC = Set.of("bin", "binti", "bt", "bte", "bint");
    private static final Set<String> MUHAMMAD = Set.of(
            "muhamad", "mohamad", "mokhamad", "muhamed", "mohamed", "mokh", "moh", "muh", "md", "mhd", "mukhamad");

    private IndonesianNames() {}

    /**
     * The normalised words of a name, never empty.
     *
     * @param name the name
     * @return the words, in their order
     */
    static List<String> words(PersonName name) {
        String value = name.value();
        int comma = value.indexOf(',');
        if (comma > 0) {
            value = value.substring(0, comma);
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (c == '\'' || c == '\u2019' || c == '`' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            // a name of letters the decomposition dropped: compare it as written
            return List.of(value.toLowerCase(Locale.ROOT).replace(" ", ""));
        }
        int first = 0;
        while (first < words.size() - 1 && TITLES.contains(words.get(first))) {
            first++;
        }
        int end = words.size();
        for (int i = first + 1; i < words.size(); i++) {
            if (PATRONYMIC.contains(words.get(i))) {
                end = i;
                break;
            }
        }
        List<String> normalised = new ArrayList<>(end - first);
        for (String w : words.subList(first, end)) {
            normalised.add(spelling(w));
        }
        return List.copyOf(normalised);
    }

    /** One word in the current spelling, doubled letters once, Muhammad in one form. */
    static String spelling(String word) {
        String w = word.replace("oe", "u")
                .replace("dj", "j")
                .replace("tj", "c")
                .replace("nj", "ny")
                .replace("sj", "sy")
                .replace("ch", "kh");
        StringBuilder single = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                single.append(w.charAt(i));
            }
        }
        int last = single.length() - 1;
        if (last > 0 && single.charAt(last) == 'y' && !vowel(single.charAt(last - 1))) {
            single.setCharAt(last, 'i');
        }
        String folded = single.toString();
        return MUHAMMAD.contains(folded) ? "muhamad" : folded;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
