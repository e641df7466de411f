package id.pulih.matching;

import id.pulih.beneficiary.NameSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * {@link NameSimilarity} by Jaro-Winkler (Apache Commons Text): a similarity made for short personal names, that
 * forgives a transposed, doubled or missing letter and weighs agreement at the start of a word. {@code
 * Pulih.builder()} finds it by {@link java.util.ServiceLoader} when this module is on the class path; it can also be
 * passed explicitly.
 *
 * <pre>{@code
 * Pulih pulih = Pulih.builder().store(store).nameSimilarity(new JaroWinklerNameSimilarity()).build();
 * new JaroWinklerNameSimilarity().between("aminah", "aminnah");   // 0.97
 * new JaroWinklerNameSimilarity().between("aminah", "rahmah");    // 0.78
 * }</pre>
 *
 * <p>Thread-safe: Commons Text's similarity keeps no state.
 */
public final class JaroWinklerNameSimilarity implements NameSimilarity {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Creates it; also called by {@link java.util.ServiceLoader}. */
    public JaroWinklerNameSimilarity() {}

    /**
     * The Jaro-Winkler similarity of two words.
     *
     * @param a a normalised word; not null
     * @param b another; not null
     * @return in [0, 1], 1 for equal words
     */
    @Override
    public double between(String a, String b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("both words are required");
        }
        return JARO_WINKLER.apply(a, b);
    }

    @Override
    public String toString() {
        return "JaroWinklerNameSimilarity";
    }
}
