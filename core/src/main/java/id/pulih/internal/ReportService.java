package id.pulih.internal;

import id.pulih.Reports;
import id.pulih.access.Actor;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.internal.util.Checks;
import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ReportScope;
import id.pulih.report.ServiceRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.report.statistics.HtcdsField;
import id.pulih.report.statistics.KAnonymity;
import id.pulih.report.statistics.StatisticalRecord;
import id.pulih.report.statistics.StatisticsSummary;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Regions;
import id.pulih.shared.SharedError;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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

    @Override
    public StatisticsSummary statistics(int k, Consumer<? super StatisticalRecord> sink) {
        KAnonymity counting = KAnonymity.of(k);
        Checks.required(sink, "sink");
        ZoneId zone = engine.clock().getZone();
        return engine.query(actor, "report.statistics", work -> {
            long first = forEachCovered(work, b -> counting.count(StatisticalRecord.finest(b, zone)));
            KAnonymity.Release release = counting.release();
            // rows are handed out grouped by what they say, never in the order people were registered (which an
            // outsider may know): a map of the distinct rows, not the rows, is what the second pass holds
            Map<StatisticalRecord, Long> rows = new HashMap<>();
            long second = forEachCovered(
                    work,
                    b -> release.of(StatisticalRecord.finest(b, zone))
                            .ifPresent(published -> rows.merge(StatisticalRecord.of(b, published), 1L, Long::sum)));
            if (first != second) {
                throw new IllegalStateException(
                        "the beneficiaries changed between the two passes of a statistical export");
            }
            rows.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<StatisticalRecord, Long> e) -> sortKey(e.getKey()))
                            .thenComparing(e -> e.getKey().toString()))
                    .forEach(e -> {
                        for (long i = 0; i < e.getValue(); i++) {
                            sink.accept(e.getKey());
                        }
                    });
            return release.summary();
        });
    }

    /**
     * Calls {@code each} with every active beneficiary the actor's jurisdiction covers (a break-the-glass grant for
     * one case does not widen a statistical export), a page at a time, in id order.
     */
    private long forEachCovered(Engine.Work work, Consumer<Beneficiary> each) {
        long seen = 0;
        Optional<BeneficiaryId> after = Optional.empty();
        List<Beneficiary> page;
        do {
            page = engine.store.beneficiaries().page(after, PAGE);
            for (Beneficiary b : page) {
                if (b.mergedInto().isEmpty() && work.byJurisdiction(b)) {
                    each.accept(b);
                    seen++;
                }
            }
            after = page.isEmpty()
                    ? after
                    : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == PAGE);
        return seen;
    }

    private static final int PAGE = 1_000;

    /** The published columns in order, so that rows sort by their quasi-identifiers first. */
    private static String sortKey(StatisticalRecord row) {
        StringBuilder key = new StringBuilder();
        for (HtcdsField field : HtcdsField.values()) {
            key.append(row.value(field)).append('\u0000');
        }
        return key.toString();
    }

    private static String name(RegionCode code) {
        return Regions.official().name(code).orElse("");
    }
}
