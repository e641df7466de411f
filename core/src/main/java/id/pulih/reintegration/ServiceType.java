package id.pulih.reintegration;

/**
 * The concrete services a reintegration plan offers (DOMAIN.md, step 6), each with the ATENSI component it belongs to
 * by default. A plan may classify a service under another component when the case calls for it (house
 * rehabilitation for accessibility, for example).
 */
public enum ServiceType {
    /** Settlement of debts, often owed to the recruiter. */
    DEBT_SETTLEMENT(AtensiComponent.SOCIAL_ASSISTANCE),
    /** Enrolment in PBI-JKN, the state-paid national health insurance. */
    PBI_JKN_ENROLMENT(AtensiComponent.SOCIAL_ASSISTANCE),
    /** Health costs. */
    HEALTH_COSTS(AtensiComponent.SOCIAL_ASSISTANCE),
    /** Decent-living needs: food, clothing, household goods. */
    DECENT_LIVING_NEEDS(AtensiComponent.DECENT_LIVING_SUPPORT),
    /** Rehabilitation of an uninhabitable house (rumah tidak layak huni). */
    HOUSE_REHABILITATION(AtensiComponent.DECENT_LIVING_SUPPORT),
    /** Vocational training. */
    VOCATIONAL_TRAINING(AtensiComponent.VOCATIONAL_TRAINING_AND_ENTREPRENEURSHIP),
    /** Entrepreneurship empowerment: business coaching, start-up support. */
    ENTREPRENEURSHIP_EMPOWERMENT(AtensiComponent.VOCATIONAL_TRAINING_AND_ENTREPRENEURSHIP),
    /** Restoration of identity documents: KTP, family card, birth certificate. */
    DOCUMENT_RESTORATION(AtensiComponent.ACCESSIBILITY_SUPPORT),
    /** Assistive devices for a disability. */
    ASSISTIVE_DEVICES(AtensiComponent.ACCESSIBILITY_SUPPORT),
    /** Care of the beneficiary's children. */
    CHILDCARE(AtensiComponent.SOCIAL_CARE_AND_CHILDCARE),
    /** Family counselling and mediation. */
    FAMILY_COUNSELLING(AtensiComponent.FAMILY_SUPPORT),
    /** Physical therapy. */
    PHYSICAL_THERAPY(AtensiComponent.THERAPY),
    /** Psychosocial therapy: counselling, trauma healing. */
    PSYCHOSOCIAL_THERAPY(AtensiComponent.THERAPY),
    /** Mental-spiritual therapy. */
    MENTAL_SPIRITUAL_THERAPY(AtensiComponent.THERAPY);

    private final AtensiComponent component;

    ServiceType(AtensiComponent component) {
        this.component = component;
    }

    /**
     * The ATENSI component this service belongs to unless the plan says otherwise.
     *
     * @return the component
     */
    public AtensiComponent defaultComponent() {
        return component;
    }
}
