package id.pulih.privacy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The grounds on which UU PDP lets a controller refuse a request, each with its article and the kinds of request it
 * exempts. Art. 15(1) exempts the rights of arts. 8 (erasure), 9 (withdrawal of consent), 10(1) (objection), 11
 * (restriction) and 13 (portability) for the interests listed in its letters a to e; art. 33 obliges the controller
 * to refuse access that would endanger someone or disclose another person's data. A refusal names one of these,
 * and only one that applies to its kind ({@link #exempts}).
 */
public enum Exemption {
    /** Art. 15(1)(a): national defence and security. */
    NATIONAL_DEFENCE_AND_SECURITY("15(1)(a)", Articles.FIFTEEN),
    /** Art. 15(1)(b): the process of law enforcement (a TPPO investigation, a prosecution). */
    LAW_ENFORCEMENT("15(1)(b)", Articles.FIFTEEN),
    /** Art. 15(1)(c): the public interest in the administration of the state. */
    PUBLIC_INTEREST_IN_STATE_ADMINISTRATION("15(1)(c)", Articles.FIFTEEN),
    /** Art. 15(1)(d): supervision of financial services, monetary and payment systems and financial stability. */
    FINANCIAL_SUPERVISION("15(1)(d)", Articles.FIFTEEN),
    /** Art. 15(1)(e): statistics and scientific research. */
    STATISTICS_AND_RESEARCH("15(1)(e)", Articles.FIFTEEN),
    /** Art. 33(a): access would endanger the security, physical or mental health of the person or others. */
    ACCESS_ENDANGERS_SOMEONE("33(a)", EnumSet.of(RequestKind.ACCESS)),
    /** Art. 33(b): access would disclose another person's personal data. */
    ACCESS_DISCLOSES_OTHERS("33(b)", EnumSet.of(RequestKind.ACCESS));

    private final String article;
    private final Set<RequestKind> exempts;

    Exemption(String article, Set<RequestKind> exempts) {
        this.article = article;
        this.exempts = Set.copyOf(exempts);
    }

    /**
     * The article that grants it.
     *
     * @return the article, such as {@code 15(1)(b)}
     */
    public String article() {
        return article;
    }

    /**
     * The kinds of request it lets the controller refuse.
     *
     * @return the kinds
     */
    public Set<RequestKind> exempts() {
        return exempts;
    }

    /**
     * Whether it lets the controller refuse a kind of request.
     *
     * @param kind the kind
     * @return true when it applies
     */
    public boolean exempts(RequestKind kind) {
        return exempts.contains(kind);
    }

    /** The rights art. 15(1) exempts: arts. 8, 9, 10(1), 11 and 13. */
    private static final class Articles {
        static final Set<RequestKind> FIFTEEN = EnumSet.of(
                RequestKind.ERASURE,
                RequestKind.WITHDRAWAL_OF_CONSENT,
                RequestKind.OBJECTION,
                RequestKind.RESTRICTION,
                RequestKind.PORTABILITY);
    }
}
