package id.pulih.jdbc;

import id.pulih.beneficiary.Consent;
import id.pulih.beneficiary.ConsentPurpose;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a {@code beneficiary_consent} row. */
final class ConsentMapper implements Rows.Mapper<Consent> {
    @Override
    public Consent map(ResultSet rs) throws SQLException {
        return new Consent(
                ConsentPurpose.valueOf(rs.getString("purpose")),
                rs.getBoolean("given"),
                Rows.date(rs, "given_on"),
                Rows.date(rs, "expires_on"),
                rs.getString("recorded_by"));
    }
}
