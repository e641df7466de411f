package id.pulih;

import id.pulih.access.Actor;

/**
 * The services as one officer sees them: every call runs as {@link #actor()}, within its jurisdiction and role, and
 * is audited under its id. Obtain one with {@link Pulih#as(Actor)}; it is cheap, thread-safe and may be kept.
 */
public final class Desk {
    private final Actor actor;
    private final Cases cases;
    private final ShelterCare shelters;
    private final Returns returns;
    private final Oversight oversight;
    private final Guidance guidance;
    private final Grants grants;
    private final Reintegration reintegration;
    private final Reports reports;

    Desk(Engine engine, Actor actor) {
        this.actor = actor;
        this.cases = new CaseService(engine, actor);
        this.shelters = new ShelterService(engine, actor);
        this.returns = new ReturnService(engine, actor);
        this.oversight = new OversightService(engine, actor);
        this.guidance = new GuidanceService(engine, actor);
        this.grants = new GrantService(engine, actor);
        this.reintegration = new ReintegrationService(engine, actor);
        this.reports = new ReportService(engine, actor);
    }

    /**
     * The officer this desk acts for.
     *
     * @return the actor
     */
    public Actor actor() {
        return actor;
    }

    /**
     * Intake and the case's life.
     *
     * @return the service
     */
    public Cases cases() {
        return cases;
    }

    /**
     * Shelters and stays.
     *
     * @return the service
     */
    public ShelterCare shelters() {
        return shelters;
    }

    /**
     * Returns to the area of origin.
     *
     * @return the service
     */
    public Returns returns() {
        return returns;
    }

    /**
     * Break-the-glass access, audit trail and access log.
     *
     * @return the service
     */
    public Oversight oversight() {
        return oversight;
    }

    /**
     * Social guidance programmes.
     *
     * @return the service
     */
    public Guidance guidance() {
        return guidance;
    }

    /**
     * Business stimulus grants.
     *
     * @return the service
     */
    public Grants grants() {
        return grants;
    }

    /**
     * Reintegration plans, referrals to partners and follow-up visits.
     *
     * @return the service
     */
    public Reintegration reintegration() {
        return reintegration;
    }

    /**
     * Reports within the actor's jurisdiction.
     *
     * @return the service
     */
    public Reports reports() {
        return reports;
    }
}
