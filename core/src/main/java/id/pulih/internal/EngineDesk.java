package id.pulih.internal;

import id.pulih.Cases;
import id.pulih.Desk;
import id.pulih.Grants;
import id.pulih.Guidance;
import id.pulih.Oversight;
import id.pulih.Privacy;
import id.pulih.Reintegration;
import id.pulih.Reports;
import id.pulih.Returns;
import id.pulih.ShelterCare;
import id.pulih.access.Actor;

/** The {@link Desk} of one actor: the services, each running through the same {@link Engine}. */
final class EngineDesk implements Desk {
    private final Actor actor;
    private final Cases cases;
    private final ShelterCare shelters;
    private final Returns returns;
    private final Oversight oversight;
    private final Guidance guidance;
    private final Grants grants;
    private final Reintegration reintegration;
    private final Reports reports;
    private final Privacy privacy;

    EngineDesk(Engine engine, Actor actor) {
        this.actor = actor;
        this.cases = new CaseService(engine, actor);
        this.shelters = new ShelterService(engine, actor);
        this.returns = new ReturnService(engine, actor);
        this.oversight = new OversightService(engine, actor);
        this.guidance = new GuidanceService(engine, actor);
        this.grants = new GrantService(engine, actor);
        this.reintegration = new ReintegrationService(engine, actor);
        this.reports = new ReportService(engine, actor);
        this.privacy = new PrivacyService(engine, actor);
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Cases cases() {
        return cases;
    }

    @Override
    public ShelterCare shelters() {
        return shelters;
    }

    @Override
    public Returns returns() {
        return returns;
    }

    @Override
    public Oversight oversight() {
        return oversight;
    }

    @Override
    public Guidance guidance() {
        return guidance;
    }

    @Override
    public Grants grants() {
        return grants;
    }

    @Override
    public Reintegration reintegration() {
        return reintegration;
    }

    @Override
    public Reports reports() {
        return reports;
    }

    @Override
    public Privacy privacy() {
        return privacy;
    }
}
