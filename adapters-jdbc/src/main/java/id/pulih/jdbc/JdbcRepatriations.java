package id.pulih.jdbc;

import id.pulih.repatriation.OneActiveReturn;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationState;
import id.pulih.repatriation.Repatriations;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RepatriationId;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link Repatriations} over the {@code repatriation} table. */
final class JdbcRepatriations implements Repatriations {
    private static final String SELECT = "SELECT id, version, beneficiary_id, stay_id, from_shelter, destination,"
            + " destination_reason, transport, escort, receiving_office, planned_on, state, departed_on,"
            + " handed_over_on, received_by, cancel_reason, " + Sealing.KEY_COLUMNS + " FROM repatriation"
            + Sealing.keyJoin("repatriation.beneficiary_id") + " ";
    private static final String TABLE = "repatriation";

    private final Jdbc jdbc;
    private final Sealing sealing;

    JdbcRepatriations(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.sealing = jdbc.sealing();
    }

    @Override
    public Optional<Repatriation> find(RepatriationId id) {
        return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), this::map));
    }

    @Override
    public Optional<Repatriation> findActive(BeneficiaryId beneficiary) {
        return jdbc.call(c -> Rows.one(
                c,
                SELECT + "WHERE beneficiary_id = ? AND state IN ('PLANNED', 'IN_TRANSIT')",
                s -> s.setObject(1, beneficiary.value()),
                this::map));
    }

    @Override
    public List<Repatriation> forBeneficiary(BeneficiaryId beneficiary) {
        return jdbc.call(c -> Rows.list(
                c,
                SELECT + "WHERE beneficiary_id = ? ORDER BY planned_on, id",
                s -> s.setObject(1, beneficiary.value()),
                this::map));
    }

    @Override
    public Repatriation save(Repatriation r) {
        return jdbc.inTransaction(() -> {
            OneActiveReturn.check(this, r);
            return saveRow(r);
        });
    }

    private Repatriation saveRow(Repatriation r) {
        return jdbc.call(c -> {
            Sealing.PersonKey key = sealing.key(c, r.beneficiary().value());
            return Rows.save(
                    c,
                    r,
                    RecordType.REPATRIATION,
                    r.id().value(),
                    "INSERT INTO repatriation (id, version, beneficiary_id, stay_id, from_shelter, destination,"
                            + " destination_reason, transport, escort, receiving_office, planned_on, state, departed_on,"
                            + " handed_over_on, received_by, cancel_reason)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setObject(1, r.id().value());
                        bind(s, 2, r, key);
                    },
                    "UPDATE repatriation SET beneficiary_id = ?, stay_id = ?, from_shelter = ?, destination = ?,"
                            + " destination_reason = ?, transport = ?, escort = ?, receiving_office = ?, planned_on = ?,"
                            + " state = ?, departed_on = ?, handed_over_on = ?, received_by = ?, cancel_reason = ?,"
                            + " version = ? WHERE id = ? AND version = ?",
                    s -> {
                        bind(s, 1, r, key);
                        s.setLong(15, r.version() + 1);
                        s.setObject(16, r.id().value());
                        s.setLong(17, r.version());
                    });
        });
    }

    private static void bind(PreparedStatement s, int i, Repatriation r, Sealing.PersonKey key) throws SQLException {
        String row = r.id().value().toString();
        s.setObject(i, r.beneficiary().value());
        s.setObject(i + 1, r.stay().value());
        s.setObject(i + 2, r.fromShelter().value());
        s.setString(i + 3, r.destination().toString());
        s.setString(i + 4, key.seal(TABLE, "destination_reason", row, r.destinationReason()));
        s.setString(i + 5, r.transport().name());
        s.setString(i + 6, r.escort());
        s.setString(i + 7, r.receivingOffice());
        s.setObject(i + 8, r.plannedOn());
        s.setString(i + 9, r.state().name());
        Rows.setDate(s, i + 10, r.departure().orElse(null));
        Rows.setDate(s, i + 11, r.handover().orElse(null));
        s.setString(i + 12, r.receivedBy());
        s.setString(i + 13, key.seal(TABLE, "cancel_reason", row, r.cancelReason()));
    }

    private Repatriation map(ResultSet r) throws SQLException {
        Sealing.PersonKey key = sealing.key(r);
        String row = Rows.uuid(r, "id").toString();
        return new Repatriation(
                new RepatriationId(Rows.uuid(r, "id")),
                new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                new StayId(Rows.uuid(r, "stay_id")),
                new ShelterId(Rows.uuid(r, "from_shelter")),
                RegionCode.of(r.getString("destination")),
                key.text(TABLE, "destination_reason", row, r.getString("destination_reason")),
                TransportMode.valueOf(r.getString("transport")),
                r.getString("escort"),
                r.getString("receiving_office"),
                Rows.date(r, "planned_on"),
                RepatriationState.valueOf(r.getString("state")),
                Rows.date(r, "departed_on"),
                Rows.date(r, "handed_over_on"),
                r.getString("received_by"),
                key.text(TABLE, "cancel_reason", row, r.getString("cancel_reason")),
                r.getLong("version"));
    }
}
