package id.pulih.jdbc;

import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import id.pulih.shared.ShelterId;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterType;
import id.pulih.shelter.Shelters;
import id.pulih.shelter.UniqueShelterCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link Shelters} over the {@code shelter} table. */
final class JdbcShelters implements Shelters {
    private static final String SELECT =
            "SELECT id, version, code, name, type, region, capacity, occupied FROM shelter ";

    private final Jdbc jdbc;

    JdbcShelters(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Shelter> find(ShelterId id) {
        return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), JdbcShelters::map));
    }

    @Override
    public Optional<Shelter> findByCode(String code) {
        return jdbc.call(c -> Rows.one(c, SELECT + "WHERE code = ?", s -> s.setString(1, code), JdbcShelters::map));
    }

    @Override
    public List<Shelter> all() {
        return jdbc.call(c -> Rows.list(c, SELECT + "ORDER BY code", s -> {}, JdbcShelters::map));
    }

    @Override
    public Shelter save(Shelter shelter) {
        return jdbc.inTransaction(() -> {
            UniqueShelterCode.check(this, shelter);
            return saveRow(shelter);
        });
    }

    private Shelter saveRow(Shelter shelter) {
        return jdbc.call(c -> Rows.save(
                c,
                shelter,
                RecordType.SHELTER,
                shelter.id().value(),
                "INSERT INTO shelter (id, version, code, name, type, region, capacity, occupied)"
                        + " VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setObject(1, shelter.id().value());
                    s.setString(2, shelter.code());
                    s.setString(3, shelter.name());
                    s.setString(4, shelter.type().name());
                    s.setString(5, shelter.region().toString());
                    s.setInt(6, shelter.capacity());
                    s.setInt(7, shelter.occupied());
                },
                "UPDATE shelter SET code = ?, name = ?, type = ?, region = ?, capacity = ?, occupied = ?, version = ?"
                        + " WHERE id = ? AND version = ?",
                s -> {
                    s.setString(1, shelter.code());
                    s.setString(2, shelter.name());
                    s.setString(3, shelter.type().name());
                    s.setString(4, shelter.region().toString());
                    s.setInt(5, shelter.capacity());
                    s.setInt(6, shelter.occupied());
                    s.setLong(7, shelter.version() + 1);
                    s.setObject(8, shelter.id().value());
                    s.setLong(9, shelter.version());
                }));
    }

    private static Shelter map(ResultSet r) throws SQLException {
        return new Shelter(
                new ShelterId(Rows.uuid(r, "id")),
                r.getString("code"),
                r.getString("name"),
                ShelterType.valueOf(r.getString("type")),
                RegionCode.of(r.getString("region")),
                r.getInt("capacity"),
                r.getInt("occupied"),
                r.getLong("version"));
    }
}
