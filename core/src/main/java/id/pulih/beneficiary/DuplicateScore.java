package id.pulih.beneficiary;

import java.util.Locale;
import java.util.Optional;

/**
 * How probably two registrations name one person, as {@link DuplicateScoring} scores them: the score in [0, 1] and
 * its parts, each in [0, 1], so that a supervisor sees why a pair was flagged (as a risk score shows its dimensions).
 *
 * <p>The score is the weighted mean of the parts that are known: the name ({@value #NAME_WEIGHT}), the birth date
 * ({@value #BIRTH_WEIGHT}), the origin regency ({@value #REGENCY_WEIGHT}) and, only when both records carry a family
 * card number, the family card ({@value #FAMILY_CARD_WEIGHT}). Two identical records score 1.
 *
 * <pre>{@code
 * DuplicateScore s = DuplicateScore.of(0.9, 1, 1, Optional.empty());
 * s.score();         // 0.94
 * s.explanation();   // "0.94: name 0.90, birth 1.00, regency 1.00, family card unknown"
 * }</pre>
 *
 * @param score the weighted mean of the known parts
 * @param name how alike the names are, after normalisation (1: the same name)
 * @param birth how well the birth dates agree (1: the same date, or the same year where one is only estimated)
 * @param regency 1 for the same origin regency, 0 otherwise
 * @param familyCard 1 for the same family card number, 0 for different ones, empty when either record has none
 */
public record DuplicateScore(double score, double name, double birth, double regency, Optional<Double> familyCard) {
    /** The weight of the name. */
    public static final double NAME_WEIGHT = 0.6;

    /** The weight of the birth date. */
    public static final double BIRTH_WEIGHT = 0.25;

    /** The weight of the origin regency. */
    public static final double REGENCY_WEIGHT = 0.15;

    /** The weight of the family card, counted only when both records carry one. */
    public static final double FAMILY_CARD_WEIGHT = 0.15;

    /** How far a stored score may lie from the mean of its stored parts (rounding only). */
    private static final double TOLERANCE = 1e-9;

    /**
     * Checks that every part lies in [0, 1] and that the score is the weighted mean of the parts.
     *
     * @param score the score
     * @param name the name part
     * @param birth the birth part
     * @param regency the regency part
     * @param familyCard the family card part, or empty
     * @throws id.pulih.shared.InvalidValueException {@code duplicate.score} otherwise
     */
    public DuplicateScore {
        if (familyCard == null) {
            throw BeneficiaryError.DUPLICATE_SCORE.invalid("the family card part is required (empty when unknown)");
        }
        part("name", name);
        part("birth", birth);
        part("regency", regency);
        familyCard.ifPresent(c -> part("family card", c));
        double expected = mean(name, birth, regency, familyCard);
        if (!(Math.abs(score - expected) <= TOLERANCE)) {
            throw BeneficiaryError.DUPLICATE_SCORE.invalid(String.format(
                    Locale.ROOT, "the score must be the weighted mean of its parts, %.4f, found %s", expected, score));
        }
    }

    /**
     * The score of these parts.
     *
     * @param name the name part, in [0, 1]
     * @param birth the birth part, in [0, 1]
     * @param regency the regency part, in [0, 1]
     * @param familyCard the family card part, in [0, 1], or empty when either record has no family card
     * @return the score with its parts
     * @throws id.pulih.shared.InvalidValueException {@code duplicate.score} for a part outside [0, 1]
     */
    public static DuplicateScore of(double name, double birth, double regency, Optional<Double> familyCard) {
        if (familyCard == null) {
            throw BeneficiaryError.DUPLICATE_SCORE.invalid("the family card part is required (empty when unknown)");
        }
        return new DuplicateScore(mean(name, birth, regency, familyCard), name, birth, regency, familyCard);
    }

    /**
     * The score of two records that agree in every part: what a pair flagged by the exact rule (same normalised name,
     * birth date and regency) scored.
     *
     * @return 1, with name, birth and regency 1 and the family card unknown
     */
    public static DuplicateScore identical() {
        return of(1, 1, 1, Optional.empty());
    }

    private static void part(String which, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw BeneficiaryError.DUPLICATE_SCORE.invalid("the " + which + " part must lie in [0, 1], found " + value);
        }
    }

    private static double mean(double name, double birth, double regency, Optional<Double> familyCard) {
        double weighted = NAME_WEIGHT * name + BIRTH_WEIGHT * birth + REGENCY_WEIGHT * regency;
        double weights = NAME_WEIGHT + BIRTH_WEIGHT + REGENCY_WEIGHT;
        if (familyCard.isPresent()) {
            weighted += FAMILY_CARD_WEIGHT * familyCard.get();
            weights += FAMILY_CARD_WEIGHT;
        }
        return Math.min(1, weighted / weights);
    }

    /**
     * A readable explanation: the score, then each part.
     *
     * @return for example {@code 0.94: name 0.90, birth 1.00, regency 1.00, family card unknown}
     */
    public String explanation() {
        return String.format(
                Locale.ROOT,
                "%.2f: name %.2f, birth %.2f, regency %.2f, family card %s",
                score,
                name,
                birth,
                regency,
                familyCard.map(c -> String.format(Locale.ROOT, "%.2f", c)).orElse("unknown"));
    }
}
