package id.pulih.privacy;

/** What the human review of a risk score decided. */
public enum ReviewDecision {
    /** The reviewer checked the factors and the score stands. */
    CONFIRMED,
    /** The reviewer set the score aside: it is not used for the case any more. */
    SET_ASIDE
}
