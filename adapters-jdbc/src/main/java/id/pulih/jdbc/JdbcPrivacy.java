package id.pulih.jdbc;

import id.pulih.beneficiary.Beneficiaries;
import id.pulih.privacy.Breach;
import id.pulih.privacy.BreachId;
import id.pulih.privacy.BreachNotification;
import id.pulih.privacy.Breaches;
import id.pulih.privacy.DataCategory;
import id.pulih.privacy.Decision;
import id.pulih.privacy.Erasures;
import id.pulih.privacy.Exemption;
import id.pulih.privacy.NotifiedParty;
import id.pulih.privacy.PrivacyRecords;
import id.pulih.privacy.RequestId;
import id.pulih.privacy.RequestKind;
import id.pulih.privacy.Restriction;
import id.pulih.privacy.Restrictions;
import id.pulih.privacy.ReviewDecision;
import id.pulih.privacy.RiskReview;
import id.pulih.privacy.RiskReviewId;
import id.pulih.privacy.RiskReviews;
import id.pulih.privacy.SubjectRequest;
import id.pulih.privacy.SubjectRequests;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.RecordType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PrivacyRecords} over the tables of V12: {@code subject_request}, {@code processing_restriction},
 * {@code risk_review}, {@code breach} with {@code breach_case} and {@code breach_notification}; erasure is
 * {@link JdbcErasures}.
 */
final class JdbcPrivacy implements PrivacyRecords {
    private final SubjectRequests requests;
    private final Restrictions restrictions;
    private final Erasures erasures;
    private final RiskReviews reviews;
    private final Breaches breaches;

    JdbcPrivacy(Jdbc jdbc, Beneficiaries beneficiaries, KeyMaintenance keys) {
        this.requests = new Requests(jdbc);
        this.restrictions = new RestrictionRows(jdbc);
        this.erasures = new JdbcErasures(jdbc, beneficiaries, keys);
        this.reviews = new Reviews(jdbc);
        this.breaches = new BreachRows(jdbc);
    }

    @Override
    public SubjectRequests requests() {
        return requests;
    }

    @Override
    public Restrictions restrictions() {
        return restrictions;
    }

    @Override
    public Erasures erasures() {
        return erasures;
    }

    @Override
    public RiskReviews riskReviews() {
        return reviews;
    }

    @Override
    public Breaches breaches() {
        return breaches;
    }

    private static <E extends Enum<E>> E nullableEnum(ResultSet r, String column, Class<E> type) throws SQLException {
        String text = r.getString(column);
        return text == null ? null : Enum.valueOf(type, text);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The {@code subject_request} table. */
    static final class Requests implements SubjectRequests {
        private static final String SELECT = "SELECT id, version, beneficiary_id, kind, details, received_at, due_at,"
                + " received_by, decision, exemption, reason, decided_by, decided_at FROM subject_request ";
        private final Jdbc jdbc;

        Requests(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Optional<SubjectRequest> find(RequestId id) {
            return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), Requests::map));
        }

        @Override
        public List<SubjectRequest> forBeneficiary(BeneficiaryId beneficiary) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE beneficiary_id = ? ORDER BY received_at, id",
                    s -> s.setObject(1, beneficiary.value()),
                    Requests::map));
        }

        @Override
        public List<SubjectRequest> undecidedDueBefore(Instant at) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE decision IS NULL AND due_at < ? ORDER BY due_at, id",
                    s -> Rows.setInstant(s, 1, at),
                    Requests::map));
        }

        @Override
        public SubjectRequest save(SubjectRequest r) {
            return jdbc.call(c -> Rows.save(
                    c,
                    r,
                    RecordType.SUBJECT_REQUEST,
                    r.id().value(),
                    "INSERT INTO subject_request (id, version, beneficiary_id, kind, details, received_at, due_at,"
                            + " received_by, decision, exemption, reason, decided_by, decided_at)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setObject(1, r.id().value());
                        bind(s, 2, r);
                    },
                    "UPDATE subject_request SET beneficiary_id = ?, kind = ?, details = ?, received_at = ?, due_at = ?,"
                            + " received_by = ?, decision = ?, exemption = ?, reason = ?, decided_by = ?, decided_at = ?,"
                            + " version = ? WHERE id = ? AND version = ?",
                    s -> {
                        bind(s, 1, r);
                        s.setLong(12, r.version() + 1);
                        s.setObject(13, r.id().value());
                        s.setLong(14, r.version());
                    }));
        }

        private static void bind(PreparedStatement s, int i, SubjectRequest r) throws SQLException {
            s.setObject(i, r.beneficiary().value());
            s.setString(i + 1, r.kind().name());
            s.setString(i + 2, r.details());
            Rows.setInstant(s, i + 3, r.receivedAt());
            Rows.setInstant(s, i + 4, r.dueAt());
            s.setString(i + 5, r.receivedBy());
            s.setString(i + 6, name(r.decision()));
            s.setString(i + 7, name(r.exemption()));
            s.setString(i + 8, r.reason());
            s.setString(i + 9, r.decidedBy());
            Rows.setInstant(s, i + 10, r.decidedAt());
        }

        private static SubjectRequest map(ResultSet r) throws SQLException {
            return new SubjectRequest(
                    new RequestId(Rows.uuid(r, "id")),
                    new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                    RequestKind.valueOf(r.getString("kind")),
                    r.getString("details"),
                    Rows.instant(r, "received_at"),
                    Rows.instant(r, "due_at"),
                    r.getString("received_by"),
                    nullableEnum(r, "decision", Decision.class),
                    nullableEnum(r, "exemption", Exemption.class),
                    r.getString("reason"),
                    r.getString("decided_by"),
                    Rows.instant(r, "decided_at"),
                    r.getLong("version"));
        }
    }

    /** The {@code processing_restriction} table: one row per case restricted now. */
    static final class RestrictionRows implements Restrictions {
        private final Jdbc jdbc;

        RestrictionRows(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Optional<Restriction> find(BeneficiaryId beneficiary) {
            return jdbc.call(c -> Rows.one(
                    c,
                    "SELECT beneficiary_id, version, since, restricted_by, reason, request_id"
                            + " FROM processing_restriction WHERE beneficiary_id = ?",
                    s -> s.setObject(1, beneficiary.value()),
                    r -> {
                        UUID request = (UUID) r.getObject("request_id");
                        return new Restriction(
                                new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                                Rows.instant(r, "since"),
                                r.getString("restricted_by"),
                                r.getString("reason"),
                                request == null ? null : new RequestId(request),
                                r.getLong("version"));
                    }));
        }

        @Override
        public Restriction save(Restriction r) {
            return jdbc.call(c -> {
                if (r.version() == 0) {
                    Rows.update(
                            c,
                            "INSERT INTO processing_restriction (beneficiary_id, version, since, restricted_by, reason,"
                                    + " request_id) VALUES (?, 1, ?, ?, ?, ?)",
                            s -> {
                                s.setObject(1, r.beneficiary().value());
                                Rows.setInstant(s, 2, r.since());
                                s.setString(3, r.restrictedBy());
                                s.setString(4, r.reason());
                                s.setObject(
                                        5,
                                        r.request() == null ? null : r.request().value());
                            });
                    return r.withVersion(1);
                }
                int changed = Rows.update(
                        c,
                        "UPDATE processing_restriction SET since = ?, restricted_by = ?, reason = ?, request_id = ?,"
                                + " version = ? WHERE beneficiary_id = ? AND version = ?",
                        s -> {
                            Rows.setInstant(s, 1, r.since());
                            s.setString(2, r.restrictedBy());
                            s.setString(3, r.reason());
                            s.setObject(
                                    4, r.request() == null ? null : r.request().value());
                            s.setLong(5, r.version() + 1);
                            s.setObject(6, r.beneficiary().value());
                            s.setLong(7, r.version());
                        });
                if (changed == 0) {
                    throw ConflictException.stale(RecordType.BENEFICIARY, r.beneficiary(), r.version(), -1);
                }
                return r.withVersion(r.version() + 1);
            });
        }

        @Override
        public boolean lift(BeneficiaryId beneficiary) {
            return jdbc.call(c -> Rows.update(
                            c,
                            "DELETE FROM processing_restriction WHERE beneficiary_id = ?",
                            s -> s.setObject(1, beneficiary.value()))
                    > 0);
        }
    }

    /** The {@code risk_review} table. */
    static final class Reviews implements RiskReviews {
        private static final String SELECT = "SELECT id, version, follow_up_id, beneficiary_id, objected_at,"
                + " objected_by, objection, decision, reviewed_by, reviewed_at, reason FROM risk_review ";
        private final Jdbc jdbc;

        Reviews(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Optional<RiskReview> find(RiskReviewId id) {
            return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), Reviews::map));
        }

        @Override
        public List<RiskReview> forFollowUp(FollowUpId followUp) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE follow_up_id = ? ORDER BY objected_at, id",
                    s -> s.setObject(1, followUp.value()),
                    Reviews::map));
        }

        @Override
        public RiskReview save(RiskReview r) {
            return jdbc.call(c -> Rows.save(
                    c,
                    r,
                    RecordType.RISK_REVIEW,
                    r.id().value(),
                    "INSERT INTO risk_review (id, version, follow_up_id, beneficiary_id, objected_at, objected_by,"
                            + " objection, decision, reviewed_by, reviewed_at, reason)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setObject(1, r.id().value());
                        bind(s, 2, r);
                    },
                    "UPDATE risk_review SET follow_up_id = ?, beneficiary_id = ?, objected_at = ?, objected_by = ?,"
                            + " objection = ?, decision = ?, reviewed_by = ?, reviewed_at = ?, reason = ?, version = ?"
                            + " WHERE id = ? AND version = ?",
                    s -> {
                        bind(s, 1, r);
                        s.setLong(10, r.version() + 1);
                        s.setObject(11, r.id().value());
                        s.setLong(12, r.version());
                    }));
        }

        private static void bind(PreparedStatement s, int i, RiskReview r) throws SQLException {
            s.setObject(i, r.followUp().value());
            s.setObject(i + 1, r.beneficiary().value());
            Rows.setInstant(s, i + 2, r.objectedAt());
            s.setString(i + 3, r.objectedBy());
            s.setString(i + 4, r.objection());
            s.setString(i + 5, name(r.decision()));
            s.setString(i + 6, r.reviewedBy());
            Rows.setInstant(s, i + 7, r.reviewedAt());
            s.setString(i + 8, r.reason());
        }

        private static RiskReview map(ResultSet r) throws SQLException {
            return new RiskReview(
                    new RiskReviewId(Rows.uuid(r, "id")),
                    new FollowUpId(Rows.uuid(r, "follow_up_id")),
                    new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                    Rows.instant(r, "objected_at"),
                    r.getString("objected_by"),
                    r.getString("objection"),
                    nullableEnum(r, "decision", ReviewDecision.class),
                    r.getString("reviewed_by"),
                    Rows.instant(r, "reviewed_at"),
                    r.getString("reason"),
                    r.getLong("version"));
        }
    }

    /** The {@code breach} table with its cases and notifications. */
    static final class BreachRows implements Breaches {
        private static final String SELECT = "SELECT id, version, discovered_at, categories, cause, remedy,"
                + " recorded_by, recorded_at FROM breach ";
        private final Jdbc jdbc;

        BreachRows(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Optional<Breach> find(BreachId id) {
            return jdbc.call(c -> {
                List<Breach> found = read(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()));
                return found.stream().findFirst();
            });
        }

        @Override
        public List<Breach> all() {
            return jdbc.call(c -> read(c, SELECT + "ORDER BY discovered_at, id", s -> {}));
        }

        private static List<Breach> read(java.sql.Connection c, String sql, Rows.Binder binder) throws SQLException {
            record Head(
                    UUID id,
                    long version,
                    Instant discovered,
                    String categories,
                    String cause,
                    String remedy,
                    String by,
                    Instant at) {}
            List<Head> heads = Rows.list(
                    c,
                    sql,
                    binder,
                    r -> new Head(
                            Rows.uuid(r, "id"),
                            r.getLong("version"),
                            Rows.instant(r, "discovered_at"),
                            r.getString("categories"),
                            r.getString("cause"),
                            r.getString("remedy"),
                            r.getString("recorded_by"),
                            Rows.instant(r, "recorded_at")));
            if (heads.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<BeneficiaryId>> cases = Rows.grouped(
                    c,
                    "SELECT breach_id, beneficiary_id FROM breach_case ORDER BY beneficiary_id",
                    s -> {},
                    "breach_id",
                    r -> new BeneficiaryId(Rows.uuid(r, "beneficiary_id")));
            Map<UUID, List<BreachNotification>> sent = Rows.grouped(
                    c,
                    "SELECT breach_id, party, notified_at, recorded_by, means FROM breach_notification"
                            + " ORDER BY notified_at",
                    s -> {},
                    "breach_id",
                    r -> new BreachNotification(
                            NotifiedParty.valueOf(r.getString("party")),
                            Rows.instant(r, "notified_at"),
                            r.getString("recorded_by"),
                            r.getString("means")));
            List<Breach> breaches = new ArrayList<>();
            for (Head h : heads) {
                breaches.add(new Breach(
                        new BreachId(h.id()),
                        h.discovered(),
                        Rows.enumSet(h.categories(), DataCategory.class),
                        cases.getOrDefault(h.id(), List.of()),
                        h.cause(),
                        h.remedy(),
                        h.by(),
                        h.at(),
                        sent.getOrDefault(h.id(), List.of()),
                        h.version()));
            }
            return breaches;
        }

        @Override
        public Breach save(Breach b) {
            return jdbc.inTransaction(() -> jdbc.call(c -> {
                Breach saved = Rows.save(
                        c,
                        b,
                        RecordType.BREACH,
                        b.id().value(),
                        "INSERT INTO breach (id, version, discovered_at, categories, cause, remedy, recorded_by,"
                                + " recorded_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, b.id().value());
                            bind(s, 2, b);
                        },
                        "UPDATE breach SET discovered_at = ?, categories = ?, cause = ?, remedy = ?, recorded_by = ?,"
                                + " recorded_at = ?, version = ? WHERE id = ? AND version = ?",
                        s -> {
                            bind(s, 1, b);
                            s.setLong(7, b.version() + 1);
                            s.setObject(8, b.id().value());
                            s.setLong(9, b.version());
                        });
                Rows.update(c, "DELETE FROM breach_case WHERE breach_id = ?", s -> s.setObject(1, b.id().value()));
                Rows.update(
                        c, "DELETE FROM breach_notification WHERE breach_id = ?", s -> s.setObject(1, b.id().value()));
                for (BeneficiaryId affected : b.affected()) {
                    Rows.update(c, "INSERT INTO breach_case (breach_id, beneficiary_id) VALUES (?, ?)", s -> {
                        s.setObject(1, b.id().value());
                        s.setObject(2, affected.value());
                    });
                }
                for (BreachNotification n : b.notifications()) {
                    Rows.update(
                            c,
                            "INSERT INTO breach_notification (breach_id, party, notified_at, recorded_by, means)"
                                    + " VALUES (?, ?, ?, ?, ?)",
                            s -> {
                                s.setObject(1, b.id().value());
                                s.setString(2, n.party().name());
                                Rows.setInstant(s, 3, n.notifiedAt());
                                s.setString(4, n.recordedBy());
                                s.setString(5, n.means());
                            });
                }
                return saved;
            }));
        }

        private static void bind(PreparedStatement s, int i, Breach b) throws SQLException {
            Rows.setInstant(s, i, b.discoveredAt());
            s.setString(i + 1, Rows.names(b.categories()));
            s.setString(i + 2, b.cause());
            s.setString(i + 3, b.remedy());
            s.setString(i + 4, b.recordedBy());
            Rows.setInstant(s, i + 5, b.recordedAt());
        }
    }
}
