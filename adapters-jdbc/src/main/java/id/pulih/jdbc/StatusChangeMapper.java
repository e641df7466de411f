package id.pulih.jdbc;

import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.StatusChange;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a {@code beneficiary_status_change} row. */
final class StatusChangeMapper implements Rows.Mapper<StatusChange> {
    @Override
    public StatusChange map(ResultSet rs) throws SQLException {
        return new StatusChange(
                Rows.enumValue(rs, "from_status", CaseStatus.class),
                CaseStatus.valueOf(rs.getString("to_status")),
                Rows.instant(rs, "changed_at"),
                rs.getString("actor_id"),
                rs.getString("reason"));
    }
}
