package id.pulih.jdbc;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RecordType;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.OneOpenStay;
import id.pulih.shelter.ServiceDelivery;
import id.pulih.shelter.ServiceKind;
import id.pulih.shelter.Stay;
import id.pulih.shelter.Stays;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Stays} over the {@code stay} and {@code stay_service} tables. */
final class JdbcStays implements Stays {
    private static final String SELECT = "SELECT id, version, beneficiary_id, shelter_id, admitted_on,"
            + " child_protection, discharged_on, discharge_reason, transferred_to, discharge_note, "
            + Sealing.KEY_COLUMNS + " FROM stay" + Sealing.keyJoin("stay.beneficiary_id") + " ";

    private final Jdbc jdbc;
    private final Sealing sealing;

    JdbcStays(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.sealing = jdbc.sealing();
    }

    @Override
    public Optional<Stay> find(StayId id) {
        return jdbc.call(c -> load(c, "WHERE id = ?", s -> s.setObject(1, id.value())).stream()
                .findFirst());
    }

    @Override
    public Optional<Stay> findOpen(BeneficiaryId beneficiary) {
        return jdbc.call(c ->
                load(c, "WHERE beneficiary_id = ? AND discharged_on IS NULL", s -> s.setObject(1, beneficiary.value()))
                        .stream()
                        .findFirst());
    }

    @Override
    public List<Stay> forBeneficiary(BeneficiaryId beneficiary) {
        return jdbc.call(c ->
                load(c, "WHERE beneficiary_id = ? ORDER BY admitted_on, id", s -> s.setObject(1, beneficiary.value())));
    }

    @Override
    public int occupancyOn(ShelterId shelter, LocalDate date) {
        return jdbc.call(c -> Rows.one(
                        c,
                        "SELECT COUNT(*) FROM stay WHERE shelter_id = ? AND admitted_on <= ?"
                                + " AND (discharged_on IS NULL OR discharged_on > ?)",
                        s -> {
                            s.setObject(1, shelter.value());
                            s.setObject(2, date);
                            s.setObject(3, date);
                        },
                        r -> r.getInt(1))
                .orElse(0));
    }

    @Override
    public Stay save(Stay stay) {
        return jdbc.inTransaction(() -> {
            OneOpenStay.check(this, stay);
            return saveRow(stay);
        });
    }

    private Stay saveRow(Stay stay) {
        return jdbc.call(c -> {
            Sealing.PersonKey key = sealing.key(c, stay.beneficiary().value());
            String row = stay.id().value().toString();
            Stay saved = Rows.save(
                    c,
                    stay,
                    RecordType.STAY,
                    stay.id().value(),
                    "INSERT INTO stay (id, version, beneficiary_id, shelter_id, admitted_on, child_protection,"
                            + " discharged_on, discharge_reason, transferred_to, discharge_note)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setObject(1, stay.id().value());
                        bind(s, 2, stay, key.seal("stay", "discharge_note", row, stay.dischargeNote()));
                    },
                    "UPDATE stay SET beneficiary_id = ?, shelter_id = ?, admitted_on = ?, child_protection = ?,"
                            + " discharged_on = ?, discharge_reason = ?, transferred_to = ?, discharge_note = ?,"
                            + " version = ? WHERE id = ? AND version = ?",
                    s -> {
                        bind(s, 1, stay, key.seal("stay", "discharge_note", row, stay.dischargeNote()));
                        s.setLong(9, stay.version() + 1);
                        s.setObject(10, stay.id().value());
                        s.setLong(11, stay.version());
                    });
            UUID id = stay.id().value();
            if (stay.version() > 0) {
                Rows.update(c, "DELETE FROM stay_service WHERE stay_id = ?", s -> s.setObject(1, id));
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO stay_service (stay_id, seq, kind,"
                    + " delivered_on, delivered_by, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (ServiceDelivery d : stay.services()) {
                    s.setObject(1, id);
                    s.setInt(2, seq++);
                    s.setString(3, d.kind().name());
                    s.setObject(4, d.date());
                    s.setString(5, d.deliveredBy());
                    s.setString(6, key.seal("stay_service", "detail", id + "/" + (seq - 1), d.detail()));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return saved;
        });
    }

    private static void bind(PreparedStatement s, int i, Stay stay, String note) throws SQLException {
        s.setObject(i, stay.beneficiary().value());
        s.setObject(i + 1, stay.shelter().value());
        s.setObject(i + 2, stay.admittedOn());
        s.setBoolean(i + 3, stay.childProtection());
        Rows.setDate(s, i + 4, stay.dischargedOn().orElse(null));
        Rows.setText(s, i + 5, stay.dischargeReason().map(Enum::name).orElse(null));
        Rows.setUuid(s, i + 6, stay.transferredTo().map(ShelterId::value).orElse(null));
        s.setString(i + 7, note);
    }

    private List<Stay> load(Connection c, String where, Rows.Binder binder) throws SQLException {
        List<Sealing.PersonKey> keys = new ArrayList<>();
        List<Object[]> rows = Rows.list(c, SELECT + where, binder, r -> {
            keys.add(sealing.key(r));
            return read(r);
        });
        List<Stay> stays = new ArrayList<>(rows.size());
        for (int at = 0; at < rows.size(); at++) {
            Object[] row = rows.get(at);
            Sealing.PersonKey key = keys.get(at);
            UUID id = (UUID) row[0];
            List<ServiceDelivery> services = Rows.list(
                    c,
                    "SELECT seq, kind, delivered_on, delivered_by, detail FROM stay_service WHERE stay_id = ?"
                            + " ORDER BY seq",
                    s -> s.setObject(1, id),
                    r -> new ServiceDelivery(
                            ServiceKind.valueOf(r.getString("kind")),
                            Rows.date(r, "delivered_on"),
                            r.getString("delivered_by"),
                            key.text("stay_service", "detail", id + "/" + r.getInt("seq"), r.getString("detail"))));
            stays.add(new Stay(
                    new StayId(id),
                    new BeneficiaryId((UUID) row[2]),
                    new ShelterId((UUID) row[3]),
                    (LocalDate) row[4],
                    (Boolean) row[5],
                    services,
                    (LocalDate) row[6],
                    row[7] == null ? null : DischargeReason.valueOf((String) row[7]),
                    row[8] == null ? null : new ShelterId((UUID) row[8]),
                    key.text("stay", "discharge_note", id.toString(), (String) row[9]),
                    (Long) row[1]));
        }
        return stays;
    }

    private static Object[] read(ResultSet r) throws SQLException {
        return new Object[] {
            Rows.uuid(r, "id"),
            r.getLong("version"),
            Rows.uuid(r, "beneficiary_id"),
            Rows.uuid(r, "shelter_id"),
            Rows.date(r, "admitted_on"),
            r.getBoolean("child_protection"),
            Rows.date(r, "discharged_on"),
            r.getString("discharge_reason"),
            Rows.uuid(r, "transferred_to"),
            r.getString("discharge_note")
        };
    }
}
