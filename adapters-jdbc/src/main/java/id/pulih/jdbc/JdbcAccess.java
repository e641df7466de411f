package id.pulih.jdbc;

import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrantId;
import id.pulih.access.AccessGrants;
import id.pulih.access.OneGrantPerOfficer;
import id.pulih.audit.AccessLog;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.audit.AuditEntry;
import id.pulih.audit.AuditTrail;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FieldChange;
import id.pulih.shared.RecordType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only records: break-the-glass grants, the audit trail and the access log. There is no update or delete
 * statement for any of them in this adapter.
 */
final class JdbcAccess {
    private JdbcAccess() {}

    /** {@link AccessGrants} over {@code access_grant}. */
    static final class Grants implements AccessGrants {
        private static final String SELECT =
                "SELECT id, actor_id, beneficiary_id, reason, granted_at, expires_at, renewed_by, "
                        + Sealing.KEY_COLUMNS + " FROM access_grant" + Sealing.keyJoin("access_grant.beneficiary_id")
                        + " ";
        private final Jdbc jdbc;
        private final Sealing sealing;

        Grants(Jdbc jdbc) {
            this.jdbc = jdbc;
            this.sealing = jdbc.sealing();
        }

        @Override
        public void add(AccessGrant g) {
            jdbc.inTransaction(() -> {
                // Two officers' transactions may both find no grant in force and both insert: the rule spans rows, so
                // no unique index can hold it. Locking the case's row first makes grants for one case take turns;
                // the one that waits reads the other's committed grant (read committed) and is refused.
                jdbc.call(c -> Rows.one(
                        c,
                        "SELECT id FROM beneficiary WHERE id = ? FOR UPDATE",
                        s -> s.setObject(1, g.beneficiary().value()),
                        r -> r.getObject(1)));
                OneGrantPerOfficer.check(this, g);
                jdbc.call(c -> {
                    String reason = sealing.key(c, g.beneficiary().value())
                            .seal("access_grant", "reason", g.id().value().toString(), g.reason());
                    return Rows.update(
                            c,
                            "INSERT INTO access_grant (id, actor_id, beneficiary_id, reason, granted_at, expires_at,"
                                    + " renewed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            s -> {
                                s.setObject(1, g.id().value());
                                s.setString(2, g.actorId());
                                s.setObject(3, g.beneficiary().value());
                                s.setString(4, reason);
                                Rows.setInstant(s, 5, g.grantedAt());
                                Rows.setInstant(s, 6, g.expiresAt());
                                Rows.setText(s, 7, g.renewedBy().orElse(null));
                            });
                });
                return null;
            });
        }

        @Override
        public Optional<AccessGrant> find(AccessGrantId id) {
            return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), this::map));
        }

        @Override
        public List<AccessGrant> since(Instant since) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE expires_at > ? ORDER BY granted_at, id",
                    s -> Rows.setInstant(s, 1, since),
                    this::map));
        }

        @Override
        public Optional<AccessGrant> activeFor(String actorId, BeneficiaryId beneficiary, Instant now) {
            return jdbc.call(c -> Rows.one(
                    c,
                    SELECT + "WHERE actor_id = ? AND beneficiary_id = ? AND granted_at <= ? AND expires_at > ?"
                            + " ORDER BY granted_at, id",
                    s -> {
                        s.setString(1, actorId);
                        s.setObject(2, beneficiary.value());
                        Rows.setInstant(s, 3, now);
                        Rows.setInstant(s, 4, now);
                    },
                    this::map));
        }

        @Override
        public List<AccessGrant> forBeneficiary(BeneficiaryId beneficiary) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE beneficiary_id = ? ORDER BY granted_at, id",
                    s -> s.setObject(1, beneficiary.value()),
                    this::map));
        }

        private AccessGrant map(ResultSet r) throws SQLException {
            UUID id = Rows.uuid(r, "id");
            return new AccessGrant(
                    new AccessGrantId(id),
                    r.getString("actor_id"),
                    new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                    sealing.key(r).text("access_grant", "reason", id.toString(), r.getString("reason")),
                    Rows.instant(r, "granted_at"),
                    Rows.instant(r, "expires_at"),
                    r.getString("renewed_by"));
        }
    }

    /** {@link AuditTrail} over {@code audit_entry}. */
    static final class Audit implements AuditTrail {
        private static final String SELECT = "SELECT id, at, actor_id, action, record_type, record_id, version_before,"
                + " version_after, summary, " + Sealing.KEY_COLUMNS + " FROM audit_entry"
                + Sealing.keyJoin("audit_entry.subject_id") + " ";
        private final Jdbc jdbc;
        private final Sealing sealing;

        Audit(Jdbc jdbc) {
            this.jdbc = jdbc;
            this.sealing = jdbc.sealing();
        }

        /**
         * The case an entry's record belongs to, whose key seals the entry's summary and changes: the record itself
         * for a case, the {@code beneficiary_id} of its row for a record of one case (a stay, an award, ...), none
         * for a shelter, a programme, a scheme, a batch or an import.
         */
        private static UUID subject(Connection c, AuditEntry e) throws SQLException {
            RecordType type = null;
            for (RecordType t : RecordType.values()) {
                if (t.label().equals(e.recordType())) {
                    type = t;
                }
            }
            UUID record;
            try {
                record = UUID.fromString(e.recordId());
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
            if (type == null) {
                return null;
            }
            String column = switch (type) {
                case BENEFICIARY -> "id";
                case POTENTIAL_DUPLICATE -> "registered";
                case STAY,
                        REPATRIATION,
                        ENROLMENT,
                        AWARD,
                        PAYMENT,
                        PROPOSAL,
                        REINTEGRATION_PLAN,
                        FOLLOW_UP,
                        CLOSURE_REQUEST -> "beneficiary_id";
                default -> null;
            };
            if (column == null) {
                return null;
            }
            return Rows.one(
                            c,
                            "SELECT " + column + " FROM " + Rows.table(type) + " WHERE id = ?",
                            s -> s.setObject(1, record),
                            r -> r.getObject(1, UUID.class))
                    .orElse(null);
        }

        /** The field changes of an entry, in order, in their own table. */
        private static final Tuples CHANGES =
                new Tuples("audit_change", List.of("entry_id", "pos", "field", "before_value", "after_value"));

        @Override
        public void append(AuditEntry e) {
            jdbc.inTransaction(() -> jdbc.call(c -> {
                UUID subject = subject(c, e);
                Sealing.PersonKey key = sealing.key(c, subject);
                String entry = e.id().toString();
                Rows.update(
                        c,
                        "INSERT INTO audit_entry (id, at, actor_id, action, record_type, record_id, version_before,"
                                + " version_after, summary, subject_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, e.id());
                            Rows.setInstant(s, 2, e.at());
                            s.setString(3, e.actorId());
                            s.setString(4, e.action());
                            s.setString(5, e.recordType());
                            s.setString(6, e.recordId());
                            s.setLong(7, e.versionBefore());
                            s.setLong(8, e.versionAfter());
                            s.setString(9, key.seal("audit_entry", "summary", entry, e.summary()));
                            Rows.setUuid(s, 10, subject);
                        });
                if (!e.changes().isEmpty()) {
                    List<Object[]> rows = new ArrayList<>();
                    int pos = 0;
                    for (FieldChange change : e.changes()) {
                        String row = entry + "/" + pos;
                        rows.add(new Object[] {
                            e.id(),
                            pos++,
                            change.field(),
                            key.seal("audit_change", "before_value", row, change.before()),
                            key.seal("audit_change", "after_value", row, change.after())
                        });
                    }
                    CHANGES.insert(c, rows);
                }
                return null;
            }));
        }

        /** The entries a query lists, each with its field changes, read in one query per thousand entries. */
        private static List<AuditEntry> withChanges(
                Connection c, List<AuditEntry> entries, Map<UUID, Sealing.PersonKey> keys) throws SQLException {
            if (entries.isEmpty()) {
                return entries;
            }
            Map<UUID, List<FieldChange>> changes = new HashMap<>();
            List<UUID> ids = entries.stream().map(AuditEntry::id).toList();
            for (int from = 0; from < ids.size(); from += 1_000) {
                List<UUID> part = ids.subList(from, Math.min(ids.size(), from + 1_000));
                Rows.list(
                        c,
                        "SELECT entry_id, pos, field, before_value, after_value FROM audit_change WHERE entry_id IN ("
                                + String.join(", ", java.util.Collections.nCopies(part.size(), "?"))
                                + ") ORDER BY entry_id, pos",
                        s -> {
                            for (int i = 0; i < part.size(); i++) {
                                s.setObject(i + 1, part.get(i));
                            }
                        },
                        r -> {
                            UUID entry = Rows.uuid(r, "entry_id");
                            Sealing.PersonKey key = keys.getOrDefault(entry, Sealing.PLAIN);
                            String row = entry + "/" + r.getInt("pos");
                            return changes.computeIfAbsent(entry, k -> new ArrayList<>())
                                    .add(new FieldChange(
                                            r.getString("field"),
                                            key.text("audit_change", "before_value", row, r.getString("before_value")),
                                            key.text("audit_change", "after_value", row, r.getString("after_value"))));
                        });
            }
            if (changes.isEmpty()) {
                return entries;
            }
            List<AuditEntry> complete = new ArrayList<>(entries.size());
            for (AuditEntry e : entries) {
                List<FieldChange> own = changes.get(e.id());
                complete.add(
                        own == null
                                ? e
                                : new AuditEntry(
                                        e.id(),
                                        e.at(),
                                        e.actorId(),
                                        e.action(),
                                        e.recordType(),
                                        e.recordId(),
                                        e.versionBefore(),
                                        e.versionAfter(),
                                        e.summary(),
                                        own));
            }
            return complete;
        }

        @Override
        public List<AuditEntry> forRecord(String recordType, String recordId) {
            return jdbc.call(c -> {
                Map<UUID, Sealing.PersonKey> keys = new HashMap<>();
                return withChanges(
                        c,
                        Rows.list(
                                c,
                                SELECT + "WHERE record_type = ? AND record_id = ? ORDER BY at, id",
                                s -> {
                                    s.setString(1, recordType);
                                    s.setString(2, recordId);
                                },
                                r -> map(r, keys)),
                        keys);
            });
        }

        @Override
        public List<AuditEntry> byActor(String actorId) {
            return jdbc.call(c -> {
                Map<UUID, Sealing.PersonKey> keys = new HashMap<>();
                return withChanges(
                        c,
                        Rows.list(
                                c,
                                SELECT + "WHERE actor_id = ? ORDER BY at, id",
                                s -> s.setString(1, actorId),
                                r -> map(r, keys)),
                        keys);
            });
        }

        @Override
        public long count() {
            return jdbc.call(c -> Rows.one(c, "SELECT COUNT(*) FROM audit_entry", s -> {}, r -> r.getLong(1))
                    .orElse(0L));
        }

        private AuditEntry map(ResultSet r, Map<UUID, Sealing.PersonKey> keys) throws SQLException {
            UUID id = Rows.uuid(r, "id");
            Sealing.PersonKey key = sealing.key(r);
            keys.put(id, key);
            return new AuditEntry(
                    id,
                    Rows.instant(r, "at"),
                    r.getString("actor_id"),
                    r.getString("action"),
                    r.getString("record_type"),
                    r.getString("record_id"),
                    r.getLong("version_before"),
                    r.getLong("version_after"),
                    key.text("audit_entry", "summary", id.toString(), r.getString("summary")));
        }
    }

    /** {@link AccessLog} over {@code access_log}. */
    static final class Log implements AccessLog {
        private static final String SELECT = "SELECT id, at, actor_id, beneficiary_id, action, outcome, purpose, "
                + Sealing.KEY_COLUMNS + " FROM access_log" + Sealing.keyJoin("access_log.beneficiary_id") + " ";
        private final Jdbc jdbc;
        private final Sealing sealing;

        Log(Jdbc jdbc) {
            this.jdbc = jdbc;
            this.sealing = jdbc.sealing();
        }

        @Override
        public void append(AccessLogEntry e) {
            jdbc.call(c -> {
                String purpose = sealing.key(c, e.beneficiary().value())
                        .seal(
                                "access_log",
                                "purpose",
                                e.id().toString(),
                                e.purpose().orElse(null));
                return Rows.update(
                        c,
                        "INSERT INTO access_log (id, at, actor_id, beneficiary_id, action, outcome, purpose)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, e.id());
                            Rows.setInstant(s, 2, e.at());
                            s.setString(3, e.actorId());
                            s.setObject(4, e.beneficiary().value());
                            s.setString(5, e.action());
                            s.setString(6, e.outcome().name());
                            s.setString(7, purpose);
                        });
            });
        }

        @Override
        public Optional<AccessLogEntry> find(UUID id) {
            return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id), this::map));
        }

        @Override
        public List<AccessLogEntry> forBeneficiary(BeneficiaryId beneficiary) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE beneficiary_id = ? ORDER BY at, id",
                    s -> s.setObject(1, beneficiary.value()),
                    this::map));
        }

        @Override
        public List<AccessLogEntry> byActor(String actorId) {
            return jdbc.call(c -> Rows.list(
                    c, SELECT + "WHERE actor_id = ? ORDER BY at, id", s -> s.setString(1, actorId), this::map));
        }

        private AccessLogEntry map(ResultSet r) throws SQLException {
            UUID id = Rows.uuid(r, "id");
            return new AccessLogEntry(
                    id,
                    Rows.instant(r, "at"),
                    r.getString("actor_id"),
                    new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                    r.getString("action"),
                    AccessOutcome.valueOf(r.getString("outcome")),
                    sealing.key(r).text("access_log", "purpose", id.toString(), r.getString("purpose")));
        }
    }
}
