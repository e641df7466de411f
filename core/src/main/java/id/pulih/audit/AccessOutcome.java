package id.pulih.audit;

/** How an attempt to reach a case ended. */
public enum AccessOutcome {
    /** Allowed by the actor's jurisdiction. */
    ALLOWED,
    /** Allowed only by a break-the-glass grant. */
    BREAK_GLASS,
    /** Refused. */
    DENIED
}
