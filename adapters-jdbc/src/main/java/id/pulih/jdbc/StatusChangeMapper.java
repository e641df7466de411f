package id.pulih.jdbc;

import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.StatusChange;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a {@code beneficiary_status_change} row; its reason is sealed by the person's key. */
final class StatusChangeMapper {
    static final String TABLE = "beneficiary_status_change";

    private StatusChangeMapper() {}

    static StatusChange map(ResultSet rs, Sealing.PersonKey key) throws SQLException {
        String row = Rows.uuid(rs, "beneficiary_id") + "/" + rs.getInt("seq");
        return new StatusChange(
                Rows.enumValue(rs, "from_status", CaseStatus.class),
                CaseStatus.valueOf(rs.getString("to_status")),
                Rows.instant(rs, "changed_at"),
                rs.getString("actor_id"),
                key.text(TABLE, "reason", row, rs.getString("reason")));
    }
}
