package id.pulih.jdbc;

import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.beneficiary.TraffickingProfile;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps the profile columns of a {@code beneficiary} row: exploitation, control, sector and recruiter. */
final class TraffickingProfileMapper implements Rows.Mapper<TraffickingProfile> {
    @Override
    public TraffickingProfile map(ResultSet rs) throws SQLException {
        return new TraffickingProfile(
                Rows.enumSet(rs.getString("exploitation"), ExploitationType.class),
                Rows.enumSet(rs.getString("control"), MeansOfControl.class),
                LabourSector.valueOf(rs.getString("sector")),
                RecruiterRelation.valueOf(rs.getString("recruiter")));
    }
}
