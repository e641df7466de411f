package id.pulih.beneficiary;

/**
 * How alike two written names are: a port, so that core stays free of string-distance libraries. The module
 * {@code pulih-matching} provides Jaro-Winkler (Apache Commons Text), which {@code Pulih.builder()} finds by
 * {@link java.util.ServiceLoader} when it is on the class path; {@code Pulih.builder().nameSimilarity(...)} passes one
 * explicitly.
 *
 * <p>It compares single words already normalised by Pulih (lower case, letters only, Indonesian spelling variants
 * folded, see {@link DuplicateScoring}); the scoring around it handles word order, patronymic tails and words written
 * together or apart. An implementation must answer 1 for equal words, a value in [0, 1] otherwise, and the same for
 * {@code (a, b)} as for {@code (b, a)} (the scoring asks with the two words in a fixed order anyway).
 *
 * <pre>{@code
 * NameSimilarity exact = NameSimilarity.exact();
 * exact.between("aminah", "aminah");   // 1.0
 * exact.between("aminah", "aminnah");  // 0.0: the default knows no typing errors
 * }</pre>
 */
@FunctionalInterface
public interface NameSimilarity {
    /**
     * How alike two normalised words are.
     *
     * @param a a word of lower-case letters; not null, not empty
     * @param b another; not null, not empty
     * @return 1 for the same word, down to 0 for nothing in common
     */
    double between(String a, String b);

    /**
     * The core default: 1 for equal words, 0 otherwise. With it, two names match when they are the same after
     * normalisation (case, accents, spacing, punctuation, titles, a {@code bin}/{@code binti} tail, old spelling,
     * word order, words written together or apart), and a typing error is never forgiven.
     *
     * @return the exact comparison
     */
    static NameSimilarity exact() {
        return ExactNameSimilarity.INSTANCE;
    }
}
