package id.pulih;

import id.pulih.access.Actor;

/**
 * The services as one officer sees them: every call runs as {@link #actor()}, within its jurisdiction and role, and
 * is audited under its id. Obtain one with {@link Pulih#as(Actor)}; it is cheap, thread-safe and may be kept. Pulih
 * implements this interface; users do not.
 */
public interface Desk {
    /**
     * The officer this desk acts for.
     *
     * @return the actor
     */
    Actor actor();

    /**
     * Intake and the case's life.
     *
     * @return the service
     */
    Cases cases();

    /**
     * Shelters and stays.
     *
     * @return the service
     */
    ShelterCare shelters();

    /**
     * Returns to the area of origin.
     *
     * @return the service
     */
    Returns returns();

    /**
     * Break-the-glass access, audit trail and access log.
     *
     * @return the service
     */
    Oversight oversight();

    /**
     * Social guidance programmes.
     *
     * @return the service
     */
    Guidance guidance();

    /**
     * Business stimulus grants.
     *
     * @return the service
     */
    Grants grants();

    /**
     * Reintegration plans, referrals to partners and follow-up visits.
     *
     * @return the service
     */
    Reintegration reintegration();

    /**
     * Reports within the actor's jurisdiction.
     *
     * @return the service
     */
    Reports reports();

    /**
     * The person's rights under UU PDP and the controller's duties: the whole record for access and portability,
     * requests, restriction, erasure, breaches and retention.
     *
     * @return the service
     */
    Privacy privacy();
}
