package id.pulih.store.memory;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.grant.Award;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentStatus;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ReportQueries;
import id.pulih.report.ReportScope;
import id.pulih.report.ServiceRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Rupiah;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Stay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link ReportQueries} over the in-memory tables, with the same scope rules as the database stores. */
final class InMemoryReports implements ReportQueries {
    private final InMemoryStore store;

    InMemoryReports(InMemoryStore store) {
        this.store = store;
    }

    private List<Beneficiary> cases(ReportScope scope) {
        Set<BeneficiaryId> inShelter = scope.kind() == ReportScope.Kind.SHELTER
                ? store.stayRows.where(s -> s.shelter().equals(scope.shelter())).stream()
                        .map(Stay::beneficiary)
                        .collect(Collectors.toSet())
                : Set.of();
        Set<BeneficiaryId> referred = scope.kind() == ReportScope.Kind.PARTNER
                ? store.planRows.where(p -> p.partnersWithOpenReferrals().contains(scope.partner())).stream()
                        .map(ReintegrationPlan::beneficiary)
                        .collect(Collectors.toSet())
                : Set.of();
        return store.beneficiaryRows.where(b -> b.mergedInto().isEmpty()
                && switch (scope.kind()) {
                    case ALL -> true;
                    case REGION -> scope.region().contains(b.origin());
                    case SHELTER ->
                        anyOfTheCase(b, inShelter) || b.registeredBy().equals(Jurisdiction.shelter(scope.shelter()));
                    case PARTNER -> anyOfTheCase(b, referred);
                });
    }

    /**
     * Whether the case, or a record merged into it, is among the ids: a case stayed in a shelter, or was referred to
     * a partner, under a duplicate record as well, as the access rules see it.
     */
    private static boolean anyOfTheCase(Beneficiary b, Set<BeneficiaryId> ids) {
        return ids.contains(b.id()) || b.mergedFrom().stream().anyMatch(ids::contains);
    }

    private boolean covers(ReportScope scope, RegionCode region) {
        return scope.kind() == ReportScope.Kind.ALL
                || (scope.kind() == ReportScope.Kind.REGION && scope.region().contains(region));
    }

    private List<Programme> programmesIn(ReportScope scope) {
        List<Programme> found = store.programmeRows.where(p -> covers(scope, p.region())
                || (scope.kind() == ReportScope.Kind.PARTNER && p.partners().contains(scope.partner())));
        found.sort(Comparator.comparing(Programme::startsOn).thenComparing(p -> p.id().value()));
        return found;
    }

    @Override
    public List<RegionRow> beneficiariesByOrigin(RegionLevel level, ReportScope scope) {
        return store.locked(() -> {
            Function<Beneficiary, RegionCode> key =
                    level == RegionLevel.PROVINCE ? b -> b.origin().province() : Beneficiary::originRegency;
            Map<RegionCode, Long> counts =
                    cases(scope).stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
            List<RegionRow> rows = new ArrayList<>();
            counts.forEach((code, count) -> rows.add(new RegionRow(code, "", count)));
            rows.sort(Comparator.comparingLong(RegionRow::count).reversed().thenComparing(RegionRow::code));
            return rows;
        });
    }

    @Override
    public List<YearRow> beneficiariesByReturnYear(ReportScope scope) {
        return store.locked(() -> cases(scope).stream()
                .collect(Collectors.groupingBy(
                        b -> b.returnInfo().date().getYear(), TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> new YearRow(e.getKey(), e.getValue()))
                .toList());
    }

    @Override
    public List<ShelterRow> shelters(ReportScope scope) {
        return store.locked(() -> {
            List<ShelterRow> rows = new ArrayList<>();
            for (Shelter s : store.shelterRows.where(s -> covers(scope, s.region())
                    || (scope.kind() == ReportScope.Kind.SHELTER && s.id().equals(scope.shelter())))) {
                List<Stay> stays = store.stayRows.where(st -> st.shelter().equals(s.id()));
                rows.add(new ShelterRow(
                        s.id(),
                        s.code(),
                        s.name(),
                        s.region(),
                        s.capacity(),
                        stays.stream().filter(Stay::isOpen).count(),
                        stays.size(),
                        count(stays, DischargeReason.REPATRIATED),
                        count(stays, DischargeReason.TRANSFERRED),
                        stays.stream()
                                .filter(st -> st.dischargeReason()
                                        .filter(r ->
                                                r != DischargeReason.REPATRIATED && r != DischargeReason.TRANSFERRED)
                                        .isPresent())
                                .count()));
            }
            rows.sort(Comparator.comparing(ShelterRow::code));
            return rows;
        });
    }

    private static long count(List<Stay> stays, DischargeReason reason) {
        return stays.stream()
                .filter(st -> st.dischargeReason().filter(reason::equals).isPresent())
                .count();
    }

    @Override
    public List<ProgrammeRow> programmes(ReportScope scope) {
        return store.locked(() -> {
            List<ProgrammeRow> rows = new ArrayList<>();
            for (Programme p : programmesIn(scope)) {
                List<Enrolment> enrolments =
                        store.enrolmentRows.where(e -> e.programme().equals(p.id()));
                rows.add(new ProgrammeRow(
                        p.id(),
                        p.title(),
                        p.venue(),
                        p.region(),
                        "",
                        p.startsOn(),
                        p.capacity(),
                        enrolments.size(),
                        enrolments.stream()
                                .filter(e -> !e.attendance().isEmpty())
                                .count(),
                        enrolments.stream().filter(e -> e.completed(p)).count()));
            }
            return rows;
        });
    }

    @Override
    public List<GrantRow> grants(ReportScope scope) {
        return store.locked(() -> {
            List<GrantRow> rows = new ArrayList<>();
            for (Programme p : programmesIn(scope)) {
                List<GrantScheme> schemes =
                        store.schemeRows.where(g -> g.programme().equals(p.id()));
                if (schemes.isEmpty()) {
                    continue;
                }
                Set<Object> schemeIds = schemes.stream().map(GrantScheme::id).collect(Collectors.toSet());
                List<Award> awards = store.awardRows.where(a -> schemeIds.contains(a.scheme()));
                List<Payment> payments = store.paymentRows.where(pay -> schemeIds.contains(pay.scheme()));
                List<Payment> paid = payments.stream()
                        .filter(pay -> pay.status() == PaymentStatus.PAID)
                        .toList();
                List<Payment> rejected = payments.stream()
                        .filter(pay -> pay.status() == PaymentStatus.REJECTED)
                        .toList();
                rows.add(new GrantRow(
                        p.id(),
                        p.title(),
                        p.region(),
                        "",
                        awards.size(),
                        Rupiah.sum(awards.stream().map(Award::amount).toList()),
                        paid.size(),
                        Rupiah.sum(paid.stream().map(Payment::amount).toList()),
                        rejected.size(),
                        Rupiah.sum(rejected.stream().map(Payment::amount).toList())));
            }
            return rows;
        });
    }

    @Override
    public List<ServiceRow> servicesByComponent(ReportScope scope) {
        return store.locked(() -> {
            Set<BeneficiaryId> ids = cases(scope).stream().map(Beneficiary::id).collect(Collectors.toSet());
            Map<List<Object>, List<PlannedService>> groups =
                    new TreeMap<>(Comparator.comparing((List<Object> k) -> ((Enum<?>) k.get(0)).ordinal())
                            .thenComparing(k -> ((Enum<?>) k.get(1)).ordinal()));
            for (ReintegrationPlan plan : store.planRows.where(p -> ids.contains(p.beneficiary()))) {
                for (PlannedService s : plan.services()) {
                    groups.computeIfAbsent(List.of(s.component(), s.status()), k -> new ArrayList<>())
                            .add(s);
                }
            }
            List<ServiceRow> rows = new ArrayList<>();
            groups.forEach((key, services) -> rows.add(new ServiceRow(
                    (id.pulih.reintegration.AtensiComponent) key.get(0),
                    (id.pulih.reintegration.ServiceStatus) key.get(1),
                    services.size(),
                    Rupiah.sum(services.stream().map(PlannedService::cost).toList()))));
            return rows;
        });
    }

    @Override
    public List<OutcomeRow> outcomes(ReportScope scope) {
        return store.locked(() -> {
            Map<List<Object>, Long> counts =
                    new TreeMap<>(Comparator.comparing((List<Object> k) -> ((CaseStatus) k.get(0)).ordinal())
                            .thenComparing(k -> k.get(1) == null ? -1 : ((Enum<?>) k.get(1)).ordinal()));
            for (Beneficiary b : cases(scope)) {
                List<Object> key = new ArrayList<>();
                key.add(b.status());
                key.add(b.status() == CaseStatus.CLOSED ? b.outcome().orElse(null) : null);
                counts.merge(key, 1L, Long::sum);
            }
            List<OutcomeRow> rows = new ArrayList<>();
            counts.forEach((key, count) -> rows.add(
                    new OutcomeRow((CaseStatus) key.get(0), (id.pulih.beneficiary.CaseOutcome) key.get(1), count)));
            return rows;
        });
    }

    @Override
    public long overdueFollowUps(LocalDate today, ReportScope scope) {
        return store.locked(() -> {
            Set<BeneficiaryId> open = cases(scope).stream()
                    .filter(b -> b.status() != CaseStatus.CLOSED)
                    .map(Beneficiary::id)
                    .collect(Collectors.toSet());
            return store
                    .followUpRows
                    .where(f -> f.status() == FollowUpStatus.SCHEDULED
                            && f.dueOn().isBefore(today)
                            && open.contains(f.beneficiary()))
                    .stream()
                    .filter(Objects::nonNull)
                    .count();
        });
    }
}
