package id.pulih.internal;

import id.pulih.Reports;
import id.pulih.access.Actor;
import id.pulih.internal.util.Checks;
import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ReportScope;
import id.pulih.report.ServiceRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Regions;
import id.pulih.shared.SharedError;
import java.util.List;

/** The {@link Reports} service: scopes each query to the actor and names the regions. */
final class ReportService implements Reports {
    private final Engine engine;
    private final Actor actor;
    private final ReportScope scope;

    ReportService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
        this.scope = ReportScope.of(actor.jurisdiction());
    }

    @Override
    public List<RegionRow> beneficiariesByOrigin(RegionLevel level) {
        Checks.required(level, "level");
        if (level != RegionLevel.PROVINCE && level != RegionLevel.REGENCY) {
            throw SharedError.REPORT_LEVEL.invalid();
        }
        return engine.query(
                actor,
                "report.origin",
                work -> engine.store.reports().beneficiariesByOrigin(level, scope).stream()
                        .map(r -> new RegionRow(r.code(), name(r.code()), r.count()))
                        .toList());
    }

    @Override
    public List<YearRow> beneficiariesByReturnYear() {
        return engine.query(
                actor, "report.return-year", work -> engine.store.reports().beneficiariesByReturnYear(scope));
    }

    @Override
    public List<ShelterRow> shelters() {
        return engine.query(
                actor, "report.shelters", work -> engine.store.reports().shelters(scope));
    }

    @Override
    public List<ProgrammeRow> programmes() {
        return engine.query(
                actor,
                "report.programmes",
                work -> engine.store.reports().programmes(scope).stream()
                        .map(r -> new ProgrammeRow(
                                r.programme(),
                                r.title(),
                                r.venue(),
                                r.region(),
                                name(r.region()),
                                r.startsOn(),
                                r.capacity(),
                                r.enrolled(),
                                r.attended(),
                                r.completed()))
                        .toList());
    }

    @Override
    public List<GrantRow> grants() {
        return engine.query(
                actor,
                "report.grants",
                work -> engine.store.reports().grants(scope).stream()
                        .map(r -> new GrantRow(
                                r.programme(),
                                r.title(),
                                r.region(),
                                name(r.region()),
                                r.awards(),
                                r.awarded(),
                                r.paid(),
                                r.paidTotal(),
                                r.rejected(),
                                r.rejectedTotal()))
                        .toList());
    }

    @Override
    public List<ServiceRow> servicesByComponent() {
        return engine.query(
                actor, "report.services", work -> engine.store.reports().servicesByComponent(scope));
    }

    @Override
    public List<OutcomeRow> outcomes() {
        return engine.query(
                actor, "report.outcomes", work -> engine.store.reports().outcomes(scope));
    }

    @Override
    public long overdueFollowUps() {
        return engine.query(
                actor, "report.follow-ups", work -> engine.store.reports().overdueFollowUps(work.today(), scope));
    }

    private static String name(RegionCode code) {
        return Regions.official().name(code).orElse("");
    }
}
