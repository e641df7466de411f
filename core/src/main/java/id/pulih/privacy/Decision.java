package id.pulih.privacy;

/** The answer to a data-subject request. */
public enum Decision {
    /** Done as asked. */
    GRANTED,
    /** Done in part; the rest refused under an exemption, which the decision names. */
    PARTLY_GRANTED,
    /** Refused under an exemption, which the decision names. */
    REFUSED;

    /**
     * Whether the decision refuses something, and so must name the exemption it relies on.
     *
     * @return true for {@link #PARTLY_GRANTED} and {@link #REFUSED}
     */
    public boolean refusesSomething() {
        return this != GRANTED;
    }
}
