package id.pulih.jdbc;

import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.FollowUps;
import id.pulih.reintegration.OneActivePlan;
import id.pulih.reintegration.PlanStatus;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ReintegrationPlans;
import id.pulih.reintegration.RiskContribution;
import id.pulih.reintegration.RiskDimension;
import id.pulih.reintegration.RiskLevel;
import id.pulih.reintegration.RiskScore;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.ServiceType;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PlanId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Rupiah;
import id.pulih.shared.ServiceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reintegration ports over the {@code reintegration_plan} table (with {@code plan_goal}, {@code plan_service} and
 * {@code service_referral}) and the {@code follow_up} table (with {@code follow_up_contribution}).
 */
final class JdbcReintegration {
    private JdbcReintegration() {}

    /**
     * {@link ReintegrationPlans} over {@code reintegration_plan}; the goals, services and referrals of a plan are
     * deleted and inserted again on each update, and any number of plans loads with four statements.
     */
    static final class PlanRows implements ReintegrationPlans {
        private static final String COLUMNS = "id, version, beneficiary_id, status, created_on, created_by,"
                + " closed_on, close_reason, " + Sealing.KEY_COLUMNS + " FROM reintegration_plan"
                + Sealing.keyJoin("reintegration_plan.beneficiary_id") + " ";

        private final Jdbc jdbc;
        private final Sealing sealing;

        PlanRows(Jdbc jdbc) {
            this.jdbc = jdbc;
            this.sealing = jdbc.sealing();
        }

        @Override
        public Optional<ReintegrationPlan> find(PlanId id) {
            return jdbc.call(c -> load(c, "id = ?", "", s -> s.setObject(1, id.value())).stream()
                    .findFirst());
        }

        @Override
        public Optional<ReintegrationPlan> findActive(BeneficiaryId beneficiary) {
            return jdbc.call(c ->
                    load(c, "beneficiary_id = ? AND status = 'ACTIVE'", "", s -> s.setObject(1, beneficiary.value()))
                            .stream()
                            .findFirst());
        }

        @Override
        public Optional<ReintegrationPlan> findByService(ServiceId service) {
            return jdbc.call(c -> load(
                            c,
                            "id IN (SELECT plan_id FROM plan_service WHERE id = ?)",
                            "",
                            s -> s.setObject(1, service.value()))
                    .stream()
                    .findFirst());
        }

        @Override
        public List<ReintegrationPlan> forBeneficiary(BeneficiaryId beneficiary) {
            return jdbc.call(c -> load(
                    c, "beneficiary_id = ?", " ORDER BY created_on, id", s -> s.setObject(1, beneficiary.value())));
        }

        @Override
        public ReintegrationPlan save(ReintegrationPlan plan) {
            UUID id = plan.id().value();
            return jdbc.inTransaction(() -> jdbc.call(c -> {
                OneActivePlan.check(this, plan);
                Sealing.PersonKey key = sealing.key(c, plan.beneficiary().value());
                ReintegrationPlan saved = Rows.save(
                        c,
                        plan,
                        RecordType.REINTEGRATION_PLAN,
                        id,
                        "INSERT INTO reintegration_plan (id, version, beneficiary_id, status, created_on, created_by,"
                                + " closed_on, close_reason) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, id);
                            bind(s, 2, plan, key);
                        },
                        "UPDATE reintegration_plan SET beneficiary_id = ?, status = ?, created_on = ?, created_by = ?,"
                                + " closed_on = ?, close_reason = ?, version = ? WHERE id = ? AND version = ?",
                        s -> {
                            bind(s, 1, plan, key);
                            s.setLong(7, plan.version() + 1);
                            s.setObject(8, id);
                            s.setLong(9, plan.version());
                        });
                if (plan.version() > 0) {
                    Rows.update(
                            c,
                            "DELETE FROM service_referral WHERE service_id IN"
                                    + " (SELECT id FROM plan_service WHERE plan_id = ?)",
                            s -> s.setObject(1, id));
                    Rows.update(c, "DELETE FROM plan_service WHERE plan_id = ?", s -> s.setObject(1, id));
                    Rows.update(c, "DELETE FROM plan_goal WHERE plan_id = ?", s -> s.setObject(1, id));
                }
                insertChildren(c, plan, key);
                return saved;
            }));
        }

        private static void bind(PreparedStatement s, int i, ReintegrationPlan p, Sealing.PersonKey key)
                throws SQLException {
            s.setObject(i, p.beneficiary().value());
            s.setString(i + 1, p.status().name());
            s.setObject(i + 2, p.createdOn());
            s.setString(i + 3, p.createdBy());
            Rows.setDate(s, i + 4, p.closedOn().orElse(null));
            s.setString(
                    i + 5,
                    key.seal(
                            "reintegration_plan", "close_reason", p.id().value().toString(), p.closeReason()));
        }

        private static void insertChildren(Connection c, ReintegrationPlan plan, Sealing.PersonKey key)
                throws SQLException {
            UUID id = plan.id().value();
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO plan_goal (plan_id, seq, goal) VALUES (?, ?, ?)")) {
                int seq = 0;
                for (String goal : plan.goals()) {
                    s.setObject(1, id);
                    s.setInt(2, seq++);
                    s.setString(3, key.seal("plan_goal", "goal", id + "/" + (seq - 1), goal));
                    s.addBatch();
                }
                s.executeBatch();
            }
            if (plan.services().isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_service (id, plan_id, seq, service_type,"
                    + " component, detail, provider, due_on, cost, status, delivered_on, cancel_reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (PlannedService service : plan.services()) {
                    s.setObject(1, service.id().value());
                    s.setObject(2, id);
                    s.setInt(3, seq++);
                    s.setString(4, service.type().name());
                    s.setString(5, service.component().name());
                    String row = service.id().value().toString();
                    s.setString(6, key.seal("plan_service", "detail", row, service.detail()));
                    s.setString(7, service.provider().code());
                    s.setObject(8, service.dueOn());
                    s.setLong(9, service.cost().amount());
                    s.setString(10, service.status().name());
                    Rows.setDate(s, 11, service.delivery().orElse(null));
                    s.setString(12, key.seal("plan_service", "cancel_reason", row, service.cancelReason()));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO service_referral (service_id, seq, partner,"
                    + " referred_on, referred_by, override_reason, status, answered_on, answered_by, reason, ended_on,"
                    + " end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                boolean any = false;
                for (PlannedService service : plan.services()) {
                    int seq = 0;
                    for (Referral r : service.referrals()) {
                        String row = service.id().value() + "/" + seq;
                        s.setObject(1, service.id().value());
                        s.setInt(2, seq++);
                        s.setString(3, r.to().code());
                        s.setObject(4, r.referredOn());
                        s.setString(5, r.referredBy());
                        s.setString(6, key.seal("service_referral", "override_reason", row, r.overrideReason()));
                        s.setString(7, r.status().name());
                        Rows.setDate(s, 8, r.answer().orElse(null));
                        s.setString(9, r.answeredBy());
                        s.setString(10, key.seal("service_referral", "reason", row, r.reason()));
                        Rows.setDate(s, 11, r.ended().orElse(null));
                        s.setString(12, key.seal("service_referral", "end_reason", row, r.endReason()));
                        s.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    s.executeBatch();
                }
            }
        }

        /**
         * Loads the plans matching {@code where} with four statements, whatever their number: the plans, then the
         * goals, the services and the referrals of all of them.
         */
        private List<ReintegrationPlan> load(Connection c, String where, String orderBy, Rows.Binder binder)
                throws SQLException {
            Map<UUID, Sealing.PersonKey> keys = new java.util.HashMap<>();
            List<PlanRow> rows = Rows.list(c, "SELECT " + COLUMNS + "WHERE " + where + orderBy, binder, r -> {
                Sealing.PersonKey key = sealing.key(r);
                keys.put(Rows.uuid(r, "id"), key);
                return read(r, key);
            });
            if (rows.isEmpty()) {
                return List.of();
            }
            String plans = "(SELECT id FROM reintegration_plan WHERE " + where + ")";
            Map<UUID, List<String>> goals = Rows.grouped(
                    c,
                    "SELECT plan_id, seq, goal FROM plan_goal WHERE plan_id IN " + plans + " ORDER BY plan_id, seq",
                    binder,
                    "plan_id",
                    r -> {
                        UUID plan = Rows.uuid(r, "plan_id");
                        return keyOf(keys, plan)
                                .text("plan_goal", "goal", plan + "/" + r.getInt("seq"), r.getString("goal"));
                    });
            Map<UUID, List<Referral>> referrals = Rows.grouped(
                    c,
                    "SELECT r.service_id, r.seq, ps.plan_id, r.partner, r.referred_on, r.referred_by,"
                            + " r.override_reason, r.status, r.answered_on, r.answered_by, r.reason, r.ended_on,"
                            + " r.end_reason FROM service_referral r JOIN plan_service ps ON ps.id = r.service_id"
                            + " WHERE ps.plan_id IN " + plans + " ORDER BY r.service_id, r.seq",
                    binder,
                    "service_id",
                    r -> referral(r, keyOf(keys, Rows.uuid(r, "plan_id"))));
            Map<UUID, List<PlannedService>> services = Rows.grouped(
                    c,
                    "SELECT plan_id, id, service_type, component, detail, provider, due_on, cost, status, delivered_on,"
                            + " cancel_reason FROM plan_service WHERE plan_id IN " + plans + " ORDER BY plan_id, seq",
                    binder,
                    "plan_id",
                    r -> service(r, referrals, keyOf(keys, Rows.uuid(r, "plan_id"))));
            List<ReintegrationPlan> found = new ArrayList<>(rows.size());
            for (PlanRow row : rows) {
                found.add(
                        row.with(goals.getOrDefault(row.id(), List.of()), services.getOrDefault(row.id(), List.of())));
            }
            return found;
        }

        private static Sealing.PersonKey keyOf(Map<UUID, Sealing.PersonKey> keys, UUID plan) {
            return keys.getOrDefault(plan, Sealing.PLAIN);
        }

        private static PlannedService service(ResultSet r, Map<UUID, List<Referral>> referrals, Sealing.PersonKey key)
                throws SQLException {
            UUID id = Rows.uuid(r, "id");
            String row = id.toString();
            return new PlannedService(
                    new ServiceId(id),
                    ServiceType.valueOf(r.getString("service_type")),
                    AtensiComponent.valueOf(r.getString("component")),
                    key.text("plan_service", "detail", row, r.getString("detail")),
                    new OrganisationId(r.getString("provider")),
                    Rows.date(r, "due_on"),
                    Rupiah.of(r.getLong("cost")),
                    ServiceStatus.valueOf(r.getString("status")),
                    Rows.date(r, "delivered_on"),
                    key.text("plan_service", "cancel_reason", row, r.getString("cancel_reason")),
                    referrals.getOrDefault(id, List.of()));
        }

        private static Referral referral(ResultSet r, Sealing.PersonKey key) throws SQLException {
            String row = Rows.uuid(r, "service_id") + "/" + r.getInt("seq");
            return new Referral(
                    new OrganisationId(r.getString("partner")),
                    Rows.date(r, "referred_on"),
                    r.getString("referred_by"),
                    key.text("service_referral", "override_reason", row, r.getString("override_reason")),
                    ReferralStatus.valueOf(r.getString("status")),
                    Rows.date(r, "answered_on"),
                    r.getString("answered_by"),
                    key.text("service_referral", "reason", row, r.getString("reason")),
                    Rows.date(r, "ended_on"),
                    key.text("service_referral", "end_reason", row, r.getString("end_reason")));
        }

        private static PlanRow read(ResultSet r, Sealing.PersonKey key) throws SQLException {
            UUID id = Rows.uuid(r, "id");
            return new PlanRow(
                    id,
                    Rows.uuid(r, "beneficiary_id"),
                    PlanStatus.valueOf(r.getString("status")),
                    Rows.date(r, "created_on"),
                    r.getString("created_by"),
                    Rows.date(r, "closed_on"),
                    key.text("reintegration_plan", "close_reason", id.toString(), r.getString("close_reason")),
                    r.getLong("version"));
        }

        /** One {@code reintegration_plan} row, waiting for its goals and services. */
        private record PlanRow(
                UUID id,
                UUID beneficiary,
                PlanStatus status,
                LocalDate createdOn,
                String createdBy,
                LocalDate closedOn,
                String closeReason,
                long version) {
            ReintegrationPlan with(List<String> goals, List<PlannedService> services) {
                return new ReintegrationPlan(
                        new PlanId(id),
                        new BeneficiaryId(beneficiary),
                        goals,
                        services,
                        status,
                        createdOn,
                        createdBy,
                        closedOn,
                        closeReason,
                        version);
            }
        }
    }

    /**
     * {@link FollowUps} over {@code follow_up}: the observed factors as comma text, the score in its own columns and
     * its contributions, in order, in {@code follow_up_contribution}.
     */
    static final class FollowUpRows implements FollowUps {
        private static final String COLUMNS = "id, version, beneficiary_id, plan_id, months_after, due_on, status,"
                + " visited_on, observed, economic, social, psychosocial, total, risk_level, notes, visited_by,"
                + " no_contact, " + Sealing.KEY_COLUMNS + " FROM follow_up"
                + Sealing.keyJoin("follow_up.beneficiary_id")
                + " ";

        private final Jdbc jdbc;
        private final Sealing sealing;

        FollowUpRows(Jdbc jdbc) {
            this.jdbc = jdbc;
            this.sealing = jdbc.sealing();
        }

        @Override
        public Optional<FollowUp> find(FollowUpId id) {
            return jdbc.call(c -> load(c, "id = ?", "", s -> s.setObject(1, id.value())).stream()
                    .findFirst());
        }

        @Override
        public List<FollowUp> forBeneficiary(BeneficiaryId beneficiary) {
            return jdbc.call(c ->
                    load(c, "beneficiary_id = ?", " ORDER BY due_on, id", s -> s.setObject(1, beneficiary.value())));
        }

        @Override
        public List<FollowUp> scheduledUntil(LocalDate until) {
            return jdbc.call(c -> load(
                    c, "status = 'SCHEDULED' AND due_on <= ?", " ORDER BY due_on, id", s -> s.setObject(1, until)));
        }

        @Override
        public FollowUp save(FollowUp f) {
            UUID id = f.id().value();
            return jdbc.inTransaction(() -> jdbc.call(c -> {
                Sealing.PersonKey key = sealing.key(c, f.beneficiary().value());
                FollowUp saved = Rows.save(
                        c,
                        f,
                        RecordType.FOLLOW_UP,
                        id,
                        "INSERT INTO follow_up (id, version, beneficiary_id, plan_id, months_after, due_on, status,"
                                + " visited_on, observed, economic, social, psychosocial, total, risk_level, notes,"
                                + " visited_by, no_contact) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, id);
                            bind(s, 2, f, key);
                        },
                        "UPDATE follow_up SET beneficiary_id = ?, plan_id = ?, months_after = ?, due_on = ?,"
                                + " status = ?, visited_on = ?, observed = ?, economic = ?, social = ?,"
                                + " psychosocial = ?, total = ?, risk_level = ?, notes = ?, visited_by = ?,"
                                + " no_contact = ?, version = ? WHERE id = ? AND version = ?",
                        s -> {
                            bind(s, 1, f, key);
                            s.setLong(16, f.version() + 1);
                            s.setObject(17, id);
                            s.setLong(18, f.version());
                        });
                if (f.version() > 0) {
                    Rows.update(
                            c, "DELETE FROM follow_up_contribution WHERE follow_up_id = ?", s -> s.setObject(1, id));
                }
                List<RiskContribution> contributions =
                        f.riskScore().map(RiskScore::contributions).orElse(List.of());
                if (!contributions.isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO follow_up_contribution (follow_up_id,"
                            + " seq, factor, dimension, points) VALUES (?, ?, ?, ?, ?)")) {
                        int seq = 0;
                        for (RiskContribution contribution : contributions) {
                            s.setObject(1, id);
                            s.setInt(2, seq++);
                            s.setString(3, contribution.factor().name());
                            s.setString(4, contribution.dimension().name());
                            s.setInt(5, contribution.points());
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                }
                return saved;
            }));
        }

        private static void bind(PreparedStatement s, int i, FollowUp f, Sealing.PersonKey key) throws SQLException {
            String row = f.id().value().toString();
            s.setObject(i, f.beneficiary().value());
            s.setObject(i + 1, f.plan().value());
            s.setInt(i + 2, f.monthsAfter());
            s.setObject(i + 3, f.dueOn());
            s.setString(i + 4, f.status().name());
            Rows.setDate(s, i + 5, f.visit().orElse(null));
            s.setString(i + 6, key.seal("follow_up", "observed", row, Rows.names(f.observed())));
            RiskScore score = f.riskScore().orElse(null);
            Rows.setNullable(s, i + 7, score == null ? null : score.economic(), Types.INTEGER);
            Rows.setNullable(s, i + 8, score == null ? null : score.social(), Types.INTEGER);
            Rows.setNullable(s, i + 9, score == null ? null : score.psychosocial(), Types.INTEGER);
            Rows.setNullable(s, i + 10, score == null ? null : score.total(), Types.INTEGER);
            Rows.setText(s, i + 11, score == null ? null : score.level().name());
            s.setString(i + 12, key.seal("follow_up", "notes", row, f.notes()));
            s.setString(i + 13, f.visitedBy());
            s.setBoolean(i + 14, f.noContact());
        }

        /**
         * Loads the follow-ups matching {@code where} with two statements, whatever their number: the rows, then the
         * contributions of all of them.
         */
        private List<FollowUp> load(Connection c, String where, String orderBy, Rows.Binder binder)
                throws SQLException {
            List<FollowUpRow> rows = Rows.list(
                    c, "SELECT " + COLUMNS + "WHERE " + where + orderBy, binder, r -> read(r, sealing.key(r)));
            if (rows.isEmpty()) {
                return List.of();
            }
            // only visited follow-ups have contributions: the due lists (all SCHEDULED) never read any
            Map<UUID, List<RiskContribution>> contributions = Rows.grouped(
                    c,
                    "SELECT follow_up_id, factor, dimension, points FROM follow_up_contribution"
                            + " WHERE follow_up_id IN (SELECT id FROM follow_up WHERE " + where + ")"
                            + " ORDER BY follow_up_id, seq",
                    binder,
                    "follow_up_id",
                    r -> new RiskContribution(
                            RiskFactor.valueOf(r.getString("factor")),
                            RiskDimension.valueOf(r.getString("dimension")),
                            r.getInt("points")));
            List<FollowUp> found = new ArrayList<>(rows.size());
            for (FollowUpRow row : rows) {
                found.add(row.with(contributions.getOrDefault(row.id(), List.of())));
            }
            return found;
        }

        private static FollowUpRow read(ResultSet r, Sealing.PersonKey key) throws SQLException {
            UUID id = Rows.uuid(r, "id");
            return new FollowUpRow(
                    id,
                    Rows.uuid(r, "beneficiary_id"),
                    Rows.uuid(r, "plan_id"),
                    r.getInt("months_after"),
                    Rows.date(r, "due_on"),
                    FollowUpStatus.valueOf(r.getString("status")),
                    Rows.date(r, "visited_on"),
                    key.codes("follow_up", "observed", id.toString(), r.getString("observed")),
                    r.getInt("economic"),
                    r.getInt("social"),
                    r.getInt("psychosocial"),
                    r.getInt("total"),
                    Rows.enumValue(r, "risk_level", RiskLevel.class),
                    key.text("follow_up", "notes", id.toString(), r.getString("notes")),
                    r.getString("visited_by"),
                    r.getBoolean("no_contact"),
                    r.getLong("version"));
        }

        /** One {@code follow_up} row, waiting for the contributions of its score; no level means no score. */
        private record FollowUpRow(
                UUID id,
                UUID beneficiary,
                UUID plan,
                int monthsAfter,
                LocalDate dueOn,
                FollowUpStatus status,
                LocalDate visitedOn,
                String observed,
                int economic,
                int social,
                int psychosocial,
                int total,
                RiskLevel level,
                String notes,
                String visitedBy,
                boolean noContact,
                long version) {
            FollowUp with(List<RiskContribution> contributions) {
                RiskScore score = level == null
                        ? null
                        : new RiskScore(economic, social, psychosocial, total, level, contributions);
                return new FollowUp(
                        new FollowUpId(id),
                        new BeneficiaryId(beneficiary),
                        new PlanId(plan),
                        monthsAfter,
                        dueOn,
                        status,
                        visitedOn,
                        Rows.enumSet(observed, RiskFactor.class),
                        score,
                        notes,
                        visitedBy,
                        noContact,
                        version);
            }
        }
    }
}
