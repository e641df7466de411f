package id.pulih.privacy;

/** Whom a breach is notified to, in writing, within 3 x 24 hours (UU PDP art. 46(1)). */
public enum NotifiedParty {
    /** The people whose data were exposed (art. 46(1)(a)). */
    PEOPLE_AFFECTED,
    /** The supervisory agency, the lembaga of UU PDP (art. 46(1)(b)). */
    SUPERVISORY_AGENCY
}
