package id.pulih.jdbc;

import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Need;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.shared.RiskFactor;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a {@code beneficiary_assessment} row. */
final class AssessmentMapper implements Rows.Mapper<Assessment> {
    @Override
    public Assessment map(ResultSet rs) throws SQLException {
        return new Assessment(
                Rows.date(rs, "assessed_on"),
                PovertyCategory.valueOf(rs.getString("poverty")),
                Rows.enumSet(rs.getString("vulnerabilities"), Vulnerability.class),
                Rows.enumSet(rs.getString("risks"), RiskFactor.class),
                Rows.enumSet(rs.getString("needs"), Need.class),
                rs.getString("assessed_by"));
    }
}
