package id.pulih.jdbc;

import id.pulih.beneficiary.DuplicateScore;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.PotentialDuplicates;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.RecordType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link PotentialDuplicates} over the {@code potential_duplicate} table. */
final class JdbcDuplicates implements PotentialDuplicates {
    private static final String SELECT =
            "SELECT id, version, registered, existing, status, resolved_by, resolved_at, note, score, name_part,"
                    + " birth_part, regency_part, family_card_part, " + Sealing.KEY_COLUMNS
                    + " FROM potential_duplicate"
                    + Sealing.keyJoin("potential_duplicate.registered") + " ";
    private static final String TABLE = "potential_duplicate";

    private final Jdbc jdbc;
    private final Sealing sealing;

    JdbcDuplicates(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.sealing = jdbc.sealing();
    }

    @Override
    public Optional<PotentialDuplicate> find(DuplicateId id) {
        return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), this::map));
    }

    @Override
    public List<PotentialDuplicate> open() {
        return jdbc.call(c -> Rows.list(c, SELECT + "WHERE status = 'OPEN' ORDER BY id", s -> {}, this::map));
    }

    @Override
    public List<PotentialDuplicate> involving(BeneficiaryId beneficiary) {
        return jdbc.call(c -> Rows.list(
                c,
                SELECT + "WHERE registered = ? OR existing = ? ORDER BY id",
                s -> {
                    s.setObject(1, beneficiary.value());
                    s.setObject(2, beneficiary.value());
                },
                this::map));
    }

    @Override
    public PotentialDuplicate save(PotentialDuplicate d) {
        return jdbc.call(c -> {
            String note = sealing.key(c, d.registered().value())
                    .seal(TABLE, "note", d.id().value().toString(), d.note());
            return Rows.save(
                    c,
                    d,
                    RecordType.POTENTIAL_DUPLICATE,
                    d.id().value(),
                    "INSERT INTO potential_duplicate (id, version, registered, existing, status, resolved_by, resolved_at,"
                            + " note, score, name_part, birth_part, regency_part, family_card_part)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setObject(1, d.id().value());
                        bind(s, 2, d, note);
                    },
                    "UPDATE potential_duplicate SET registered = ?, existing = ?, status = ?, resolved_by = ?,"
                            + " resolved_at = ?, note = ?, score = ?, name_part = ?, birth_part = ?, regency_part = ?,"
                            + " family_card_part = ?, version = ? WHERE id = ? AND version = ?",
                    s -> {
                        bind(s, 1, d, note);
                        s.setLong(12, d.version() + 1);
                        s.setObject(13, d.id().value());
                        s.setLong(14, d.version());
                    });
        });
    }

    private static void bind(java.sql.PreparedStatement s, int i, PotentialDuplicate d, String note)
            throws SQLException {
        s.setObject(i, d.registered().value());
        s.setObject(i + 1, d.existing().value());
        s.setString(i + 2, d.status().name());
        Rows.setText(s, i + 3, d.resolvedBy());
        Rows.setInstant(s, i + 4, d.resolvedAt());
        s.setString(i + 5, note);
        DuplicateScore score = d.score();
        s.setDouble(i + 6, score.score());
        s.setDouble(i + 7, score.name());
        s.setDouble(i + 8, score.birth());
        s.setDouble(i + 9, score.regency());
        if (score.familyCard().isPresent()) {
            s.setDouble(i + 10, score.familyCard().get());
        } else {
            s.setNull(i + 10, java.sql.Types.DOUBLE);
        }
    }

    private PotentialDuplicate map(ResultSet r) throws SQLException {
        Sealing.PersonKey key = sealing.key(r);
        return new PotentialDuplicate(
                new DuplicateId(Rows.uuid(r, "id")),
                new BeneficiaryId(Rows.uuid(r, "registered")),
                new BeneficiaryId(Rows.uuid(r, "existing")),
                score(r),
                DuplicateStatus.valueOf(r.getString("status")),
                r.getString("resolved_by"),
                Rows.instant(r, "resolved_at"),
                key.text(TABLE, "note", Rows.uuid(r, "id").toString(), r.getString("note")),
                r.getLong("version"));
    }

    private static DuplicateScore score(ResultSet r) throws SQLException {
        double card = r.getDouble("family_card_part");
        Optional<Double> familyCard = r.wasNull() ? Optional.empty() : Optional.of(card);
        return new DuplicateScore(
                r.getDouble("score"),
                r.getDouble("name_part"),
                r.getDouble("birth_part"),
                r.getDouble("regency_part"),
                familyCard);
    }
}
