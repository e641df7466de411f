package id.pulih.guidance;

import id.pulih.internal.util.Checks;
import java.util.List;
import java.util.Locale;

/**
 * A module of a social guidance programme, from an open vocabulary: the defaults below are the modules of the 2019
 * programmes (entrepreneurship practice, product introduction, business start-up strategy and marketing strategy in
 * Lombok; cake making and food processing in Kupang), and a deployment may name its own.
 *
 * @param code upper-case letters, digits and underscores, 2 to 60 characters, for example {@code CAKE_MAKING}
 */
public record Topic(String code) {
    /** Entrepreneurship practice (praktik kewirausahaan). */
    public static final Topic ENTREPRENEURSHIP_PRACTICE = new Topic("ENTREPRENEURSHIP_PRACTICE");
    /** Product introduction (pengenalan produk). */
    public static final Topic PRODUCT_INTRODUCTION = new Topic("PRODUCT_INTRODUCTION");
    /** Business start-up strategy (strategi memulai usaha). */
    public static final Topic BUSINESS_START_UP_STRATEGY = new Topic("BUSINESS_START_UP_STRATEGY");
    /** Marketing strategy (strategi pemasaran). */
    public static final Topic MARKETING_STRATEGY = new Topic("MARKETING_STRATEGY");
    /** Cake making (pembuatan kue). */
    public static final Topic CAKE_MAKING = new Topic("CAKE_MAKING");
    /** Food processing (pengolahan makanan). */
    public static final Topic FOOD_PROCESSING = new Topic("FOOD_PROCESSING");

    /** The default vocabulary. */
    public static final List<Topic> DEFAULTS = List.of(
            ENTREPRENEURSHIP_PRACTICE,
            PRODUCT_INTRODUCTION,
            BUSINESS_START_UP_STRATEGY,
            MARKETING_STRATEGY,
            CAKE_MAKING,
            FOOD_PROCESSING);

    /**
     * Checks the code.
     *
     * @param code the code
     */
    public Topic {
        Checks.requiredText(code, "topic");
        if (code.length() < 2 || code.length() > 60 || !code.chars().allMatch(Topic::allowed)) {
            throw GuidanceError.TOPIC_FORMAT.invalid();
        }
    }

    private static boolean allowed(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /**
     * Parses a topic, upper-casing it and turning spaces and hyphens into underscores.
     *
     * @param text for example {@code cake making}
     * @return the topic
     */
    public static Topic of(String text) {
        return new Topic(Checks.requiredText(text, "topic")
                .toUpperCase(Locale.ROOT)
                .replace(' ', '_')
                .replace('-', '_'));
    }

    @Override
    public String toString() {
        return code;
    }
}
