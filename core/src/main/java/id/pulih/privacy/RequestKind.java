package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * What a person asks of the controller under UU PDP No. 27/2022, with the right it exercises and the deadline the
 * law sets for the answer.
 *
 * <p>The law sets 3 &times; 24 hours, counted from receipt, for four of them: rectification (art. 30(1)), access and
 * a copy (art. 32(2)), ending processing after consent is withdrawn (art. 40(2)) and restriction (art. 41(1)). For
 * the others it sets no hours (information, art. 5 with the controller's duty of art. 21; erasure, arts. 43 and 45,
 * "sesuai dengan ketentuan peraturan perundang-undangan"; objection to automated decisions, art. 10; portability,
 * art. 13): Pulih holds them to the same 3 &times; 24 hours as a house rule, marked as not statutory, so that no
 * request waits without a date.
 *
 * <pre>{@code
 * RequestKind.ACCESS.deadline(received);   // received + 72 hours
 * RequestKind.ERASURE.statutory();         // false: a house deadline
 * }</pre>
 */
public enum RequestKind {
    /** Information about the processing: identity of the controller, legal basis, purpose (art. 5). */
    INFORMATION("5", "21 (house deadline)", false),
    /** Access to the data and a copy (art. 7), given within 3 x 24 hours (art. 32(2)). */
    ACCESS("7", "32(2)", true),
    /** Rectification of inaccurate data (art. 6), within 3 x 24 hours (art. 30(1)). */
    RECTIFICATION("6", "30(1)", true),
    /** Ending processing and erasure (art. 8); the law sets no hours (arts. 43, 45). */
    ERASURE("8", "43 (house deadline)", false),
    /** Restriction of processing (art. 11), within 3 x 24 hours (art. 41(1)). */
    RESTRICTION("11", "41(1)", true),
    /** Objection to a decision made only by automated processing, profiling included (art. 10). */
    OBJECTION("10", "10 (house deadline)", false),
    /** The data in a common machine-readable format (art. 13). */
    PORTABILITY("13", "13 (house deadline)", false),
    /** Withdrawal of consent (art. 9): processing stops within 3 x 24 hours (art. 40(2)). */
    WITHDRAWAL_OF_CONSENT("9", "40(2)", true);

    /** 3 x 24 hours: the answer time the law sets (arts. 30, 32, 40, 41), and Pulih's house rule for the others. */
    public static final Duration THREE_TIMES_24_HOURS = Duration.ofHours(3 * 24);

    private final String right;
    private final String deadlineArticle;
    private final boolean statutory;

    RequestKind(String right, String deadlineArticle, boolean statutory) {
        this.right = right;
        this.deadlineArticle = deadlineArticle;
        this.statutory = statutory;
    }

    /**
     * The article of UU PDP that gives the right.
     *
     * @return the article number, such as {@code 7}
     */
    public String right() {
        return right;
    }

    /**
     * The article that sets the deadline, or that Pulih's house deadline stands in for.
     *
     * @return the article, such as {@code 32(2)}
     */
    public String deadlineArticle() {
        return deadlineArticle;
    }

    /**
     * Whether the law itself sets the deadline in hours.
     *
     * @return true for access, rectification, restriction and withdrawal of consent
     */
    public boolean statutory() {
        return statutory;
    }

    /**
     * When the answer to a request received at an instant is due: 3 &times; 24 hours later, counted in hours as the
     * law counts them (weekends and holidays included).
     *
     * @param receivedAt when the controller received the request; not null
     * @return the deadline
     */
    public Instant deadline(Instant receivedAt) {
        return Checks.required(receivedAt, "receivedAt").plus(THREE_TIMES_24_HOURS);
    }
}
