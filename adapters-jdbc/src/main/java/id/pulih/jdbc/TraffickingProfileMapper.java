package id.pulih.jdbc;

import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.beneficiary.TraffickingProfile;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Maps the profile columns of a {@code beneficiary} row: exploitation, control, sector and recruiter, all sealed by
 * the person's key; a shredded person's profile is {@link TraffickingProfile#unknown()}.
 */
final class TraffickingProfileMapper {
    private TraffickingProfileMapper() {}

    static TraffickingProfile map(ResultSet rs, Sealing.PersonKey key) throws SQLException {
        if (key.shredded()) {
            return TraffickingProfile.unknown();
        }
        String id = Rows.uuid(rs, "id").toString();
        String table = JdbcBeneficiaries.TABLE;
        return new TraffickingProfile(
                Rows.enumSet(
                        key.value(table, "exploitation", id, rs.getString("exploitation")), ExploitationType.class),
                Rows.enumSet(key.value(table, "control", id, rs.getString("control")), MeansOfControl.class),
                LabourSector.valueOf(key.value(table, "sector", id, rs.getString("sector"))),
                RecruiterRelation.valueOf(key.value(table, "recruiter", id, rs.getString("recruiter"))));
    }
}
