package id.pulih.jdbc;

import id.pulih.beneficiary.Correction;
import id.pulih.shared.FieldChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the rows of {@code beneficiary_correction}, one per field a correction changed, and groups the rows of one
 * beneficiary (read in {@code seq, pos} order) back into its corrections. The reason and the old and new values are
 * sealed by the person's key; the field's name stays in clear.
 */
final class CorrectionMapper {
    static final String TABLE = "beneficiary_correction";

    private CorrectionMapper() {}

    /** One changed field of one correction. */
    record ChangeRow(int seq, Instant at, String actorId, String reason, FieldChange change) {}

    static ChangeRow map(ResultSet rs, Sealing.PersonKey key) throws SQLException {
        int seq = rs.getInt("seq");
        String row = Rows.uuid(rs, "beneficiary_id") + "/" + seq + "/" + rs.getInt("pos");
        return new ChangeRow(
                seq,
                Rows.instant(rs, "corrected_at"),
                rs.getString("actor_id"),
                key.text(TABLE, "reason", row, rs.getString("reason")),
                new FieldChange(
                        rs.getString("field"),
                        key.text(TABLE, "before_value", row, rs.getString("before_value")),
                        key.text(TABLE, "after_value", row, rs.getString("after_value"))));
    }

    /** The corrections the rows of one beneficiary make, in {@code seq} order. */
    static List<Correction> corrections(List<ChangeRow> rows) {
        List<Correction> corrections = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            ChangeRow first = rows.get(i);
            List<FieldChange> changes = new ArrayList<>();
            while (i < rows.size() && rows.get(i).seq() == first.seq()) {
                changes.add(rows.get(i).change());
                i++;
            }
            corrections.add(new Correction(first.at(), first.actorId(), first.reason(), changes));
        }
        return corrections;
    }

    /** The rows of a beneficiary's corrections, in the columns of the table. */
    static List<Object[]> rows(java.util.UUID beneficiary, List<Correction> corrections, Sealing.PersonKey key) {
        List<Object[]> rows = new ArrayList<>();
        for (int seq = 0; seq < corrections.size(); seq++) {
            Correction c = corrections.get(seq);
            for (int pos = 0; pos < c.changes().size(); pos++) {
                FieldChange change = c.changes().get(pos);
                String row = beneficiary + "/" + seq + "/" + pos;
                rows.add(new Object[] {
                    beneficiary,
                    seq,
                    pos,
                    c.at(),
                    c.actorId(),
                    key.seal(TABLE, "reason", row, c.reason()),
                    change.field(),
                    key.seal(TABLE, "before_value", row, change.before()),
                    key.seal(TABLE, "after_value", row, change.after())
                });
            }
        }
        return rows;
    }
}
