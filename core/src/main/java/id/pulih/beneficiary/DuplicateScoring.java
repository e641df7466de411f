package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The scored match behind potential duplicates among people without a NIK: how probably two registrations name one
 * person ({@link #score}), and whether that is enough to flag them ({@link #flags}, at or above the threshold).
 *
 * <p><b>Name.</b> Both names are normalised as Indonesian names vary (case, accents,
 * punctuation, titles, a {@code bin}/{@code binti} tail, old spelling, doubled letters). Names whose words, joined,
 * are the same are alike (1: {@code Nur Hasanah} and {@code Nurhasanah}). Otherwise every word of each name is
 * compared with the most alike word of the other by the {@link NameSimilarity} port, and the least alike of those
 * decides, so that one different word ({@code Siti Aminah}, {@code Siti Rahmah}) keeps two names apart however much
 * the rest agrees; when the names have different numbers of words, the joined words are compared too and the better
 * of the two counts. A similarity {@code s} below {@value #NAME_FLOOR} counts as no likeness; above it the name part
 * is {@code (s - 0.7) / 0.3}.
 *
 * <p><b>Birth.</b> 1 for the same date; in the same year 0.8 where either date is only an estimated year, 0.6
 * otherwise; a year apart 0.3 where either is estimated, 0.1 otherwise; 0 beyond. <b>Regency</b> 1 when the origin
 * regency is the same, 0 otherwise. <b>Family card</b> 1 for the same number, 0 for different ones, unknown when
 * either has none. The score is their weighted mean ({@link DuplicateScore}).
 *
 * <p>At the default threshold {@value #DEFAULT_THRESHOLD}, two records of the same regency and birth date are flagged
 * when their names are alike to at least 0.9 (a typing error, {@code Aminah} and {@code Aminnah}), the same name
 * born in the same year is flagged, and the same name a year apart is flagged only with the same family card.
 *
 * <pre>{@code
 * DuplicateScoring scoring = new DuplicateScoring(NameSimilarity.exact(), DuplicateScoring.DEFAULT_THRESHOLD);
 * scoring.score(MatchProfile.of(a), MatchProfile.of(b)).explanation();  // "1.00: name 1.00, birth 1.00, ..."
 * }</pre>
 */
public final class DuplicateScoring {
    /** The threshold when none is configured. */
    public static final double DEFAULT_THRESHOLD = 0.8;

    /** The name similarity below which two names count as not alike at all. */
    public static final double NAME_FLOOR = 0.7;

    private final NameSimilarity similarity;
    private final double threshold;

    /**
     * A scoring with a name similarity and a threshold.
     *
     * @param similarity how alike two words are; not null
     * @param threshold the score from which a pair is flagged, above 0 and at most 1
     * @throws id.pulih.shared.InvalidValueException {@code duplicate.threshold} for a threshold outside (0, 1]
     */
    public DuplicateScoring(NameSimilarity similarity, double threshold) {
        this.similarity = Checks.required(similarity, "nameSimilarity");
        this.threshold = checkedThreshold(threshold);
    }

    /**
     * Checks a threshold: above 0 (a threshold of 0 would flag every pair of a block) and at most 1.
     *
     * @param threshold the threshold
     * @return it
     * @throws id.pulih.shared.InvalidValueException {@code duplicate.threshold} otherwise (NaN included)
     */
    public static double checkedThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw BeneficiaryError.DUPLICATE_THRESHOLD.invalid(threshold);
        }
        return threshold;
    }

    /**
     * The threshold.
     *
     * @return the score from which a pair is flagged
     */
    public double threshold() {
        return threshold;
    }

    /**
     * The name similarity in use.
     *
     * @return the port
     */
    public NameSimilarity similarity() {
        return similarity;
    }

    /**
     * Scores two registrations; symmetric, and 1 for two identical ones.
     *
     * @param a one registration
     * @param b another
     * @return the score and its parts
     */
    public DuplicateScore score(MatchProfile a, MatchProfile b) {
        Checks.required(a, "a");
        Checks.required(b, "b");
        return DuplicateScore.of(namePart(a, b), birthPart(a.birth(), b.birth()), regencyPart(a, b), cardPart(a, b));
    }

    /**
     * Whether a new registration is to be flagged as a potential duplicate of an earlier one: two registrations (not
     * the same one), at least one of them without a NIK (two NIKs tell two people apart), scoring at or above the
     * threshold.
     *
     * @param registered the new registration
     * @param earlier a candidate of its {@link MatchBlock}
     * @return the score when flagged, empty otherwise
     */
    public Optional<DuplicateScore> flags(MatchProfile registered, MatchProfile earlier) {
        Checks.required(registered, "registered");
        Checks.required(earlier, "earlier");
        if (registered.id().equals(earlier.id()) || (registered.withNik() && earlier.withNik())) {
            return Optional.empty();
        }
        double birth = birthPart(registered.birth(), earlier.birth());
        double regency = regencyPart(registered, earlier);
        Optional<Double> card = cardPart(registered, earlier);
        // the best the pair can score is with alike names: when even that falls short, the names need no comparing
        if (DuplicateScore.of(1, birth, regency, card).score() < threshold) {
            return Optional.empty();
        }
        DuplicateScore score = DuplicateScore.of(namePart(registered, earlier), birth, regency, card);
        return score.score() >= threshold ? Optional.of(score) : Optional.empty();
    }

    private double namePart(MatchProfile a, MatchProfile b) {
        double s = nameSimilarity(IndonesianNames.words(a.name()), IndonesianNames.words(b.name()));
        return s <= NAME_FLOOR ? 0 : Math.min(1, (s - NAME_FLOOR) / (1 - NAME_FLOOR));
    }

    /** How alike two names' words are, in [0, 1]; symmetric. */
    double nameSimilarity(List<String> a, List<String> b) {
        String joinedA = String.join("", a);
        String joinedB = String.join("", b);
        if (joinedA.equals(joinedB)) {
            return 1;
        }
        double weakest = Math.min(weakestWord(a, b), weakestWord(b, a));
        return a.size() == b.size() ? weakest : Math.max(weakest, words(joinedA, joinedB));
    }

    /** The likeness of the word of {@code from} least like any word of {@code to}. */
    private double weakestWord(List<String> from, List<String> to) {
        double weakest = 1;
        for (String w : from) {
            double best = 0;
            for (String v : to) {
                best = Math.max(best, words(w, v));
            }
            weakest = Math.min(weakest, best);
        }
        return weakest;
    }

    /** The port's answer for two words, asked in a fixed order so that any port scores symmetrically. */
    private double words(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        double s = a.compareTo(b) < 0 ? similarity.between(a, b) : similarity.between(b, a);
        if (!(s >= 0 && s <= 1)) {
            throw new IllegalStateException(similarity + " answered " + s + ", outside [0, 1]");
        }
        return s;
    }

    static double birthPart(BirthDate a, BirthDate b) {
        if (a.date().equals(b.date())) {
            return 1;
        }
        boolean estimated = a.estimated() || b.estimated();
        int apart = Math.abs(a.date().getYear() - b.date().getYear());
        if (apart == 0) {
            return estimated ? 0.8 : 0.6;
        }
        if (apart == 1) {
            return estimated ? 0.3 : 0.1;
        }
        return 0;
    }

    private static double regencyPart(MatchProfile a, MatchProfile b) {
        return a.regency().equals(b.regency()) ? 1 : 0;
    }

    private static Optional<Double> cardPart(MatchProfile a, MatchProfile b) {
        if (a.familyCard().isEmpty() || b.familyCard().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(a.familyCard().equals(b.familyCard()) ? 1.0 : 0.0);
    }

    @Override
    public String toString() {
        return "DuplicateScoring[" + similarity + ", threshold " + threshold + "]";
    }
}
