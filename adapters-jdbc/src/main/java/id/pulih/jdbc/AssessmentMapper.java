package id.pulih.jdbc;

import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Need;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.shared.RiskFactor;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Maps a {@code beneficiary_assessment} row; its vulnerabilities, risks and needs (specific personal data) are sealed
 * by the person's key, and read back empty once the key is shredded.
 */
final class AssessmentMapper {
    static final String TABLE = "beneficiary_assessment";

    private AssessmentMapper() {}

    static Assessment map(ResultSet rs, Sealing.PersonKey key) throws SQLException {
        String row = Rows.uuid(rs, "beneficiary_id") + "/" + rs.getInt("seq");
        return new Assessment(
                Rows.date(rs, "assessed_on"),
                PovertyCategory.valueOf(rs.getString("poverty")),
                Rows.enumSet(
                        key.codes(TABLE, "vulnerabilities", row, rs.getString("vulnerabilities")), Vulnerability.class),
                Rows.enumSet(key.codes(TABLE, "risks", row, rs.getString("risks")), RiskFactor.class),
                Rows.enumSet(key.codes(TABLE, "needs", row, rs.getString("needs")), Need.class),
                rs.getString("assessed_by"));
    }
}
