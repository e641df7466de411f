package id.pulih.jdbc;

import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.ClosureRequest;
import id.pulih.beneficiary.ClosureRequests;
import id.pulih.beneficiary.ClosureStatus;
import id.pulih.beneficiary.OnePendingClosure;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ClosureRequestId;
import id.pulih.shared.RecordType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@link ClosureRequests} over the {@code closure_request} table; its {@code pending_key} holds the rule of one pending
 * request per registration ({@link OnePendingClosure}) as a unique index.
 */
final class JdbcClosureRequests implements ClosureRequests {
    private static final String SELECT = "SELECT id, version, beneficiary_id, outcome, note, requested_by,"
            + " requested_at, status, decided_by, decided_at, return_reason, " + Sealing.KEY_COLUMNS
            + " FROM closure_request" + Sealing.keyJoin("closure_request.beneficiary_id") + " ";
    private static final String TABLE = "closure_request";

    private final Jdbc jdbc;
    private final Sealing sealing;

    JdbcClosureRequests(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.sealing = jdbc.sealing();
    }

    @Override
    public Optional<ClosureRequest> find(ClosureRequestId id) {
        return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), this::map));
    }

    @Override
    public Optional<ClosureRequest> findPending(BeneficiaryId beneficiary) {
        return jdbc.call(c -> Rows.one(
                c,
                SELECT + "WHERE beneficiary_id = ? AND status = 'PENDING'",
                s -> s.setObject(1, beneficiary.value()),
                this::map));
    }

    @Override
    public List<ClosureRequest> forBeneficiary(BeneficiaryId beneficiary) {
        return jdbc.call(c -> Rows.list(
                c,
                SELECT + "WHERE beneficiary_id = ? ORDER BY requested_at, id",
                s -> s.setObject(1, beneficiary.value()),
                this::map));
    }

    @Override
    public ClosureRequest save(ClosureRequest r) {
        return jdbc.inTransaction(() -> jdbc.call(c -> {
            OnePendingClosure.check(this, r, List.of(r.beneficiary()));
            Sealing.PersonKey key = sealing.key(c, r.beneficiary().value());
            return Rows.save(
                    c,
                    r,
                    RecordType.CLOSURE_REQUEST,
                    r.id().value(),
                    "INSERT INTO closure_request (id, version, beneficiary_id, outcome, note, requested_by,"
                            + " requested_at, status, decided_by, decided_at, return_reason)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setObject(1, r.id().value());
                        bind(s, 2, r, key);
                    },
                    "UPDATE closure_request SET beneficiary_id = ?, outcome = ?, note = ?, requested_by = ?,"
                            + " requested_at = ?, status = ?, decided_by = ?, decided_at = ?, return_reason = ?,"
                            + " version = ? WHERE id = ? AND version = ?",
                    s -> {
                        bind(s, 1, r, key);
                        s.setLong(10, r.version() + 1);
                        s.setObject(11, r.id().value());
                        s.setLong(12, r.version());
                    });
        }));
    }

    private static void bind(PreparedStatement s, int i, ClosureRequest r, Sealing.PersonKey key) throws SQLException {
        String row = r.id().value().toString();
        s.setObject(i, r.beneficiary().value());
        s.setString(i + 1, r.outcome().name());
        s.setString(i + 2, key.seal(TABLE, "note", row, r.note()));
        s.setString(i + 3, r.requestedBy());
        Rows.setInstant(s, i + 4, r.requestedAt());
        s.setString(i + 5, r.status().name());
        s.setString(i + 6, r.decidedBy());
        Rows.setInstant(s, i + 7, r.decidedAt().orElse(null));
        s.setString(i + 8, key.seal(TABLE, "return_reason", row, r.returnReason()));
    }

    private ClosureRequest map(ResultSet r) throws SQLException {
        Sealing.PersonKey key = sealing.key(r);
        String row = Rows.uuid(r, "id").toString();
        return new ClosureRequest(
                new ClosureRequestId(Rows.uuid(r, "id")),
                new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                CaseOutcome.valueOf(r.getString("outcome")),
                key.text(TABLE, "note", row, r.getString("note")),
                r.getString("requested_by"),
                Rows.instant(r, "requested_at"),
                ClosureStatus.valueOf(r.getString("status")),
                r.getString("decided_by"),
                Rows.instant(r, "decided_at"),
                key.text(TABLE, "return_reason", row, r.getString("return_reason")),
                r.getLong("version"));
    }
}
