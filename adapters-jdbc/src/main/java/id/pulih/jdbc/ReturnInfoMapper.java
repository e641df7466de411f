package id.pulih.jdbc;

import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.ReturnMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps the return columns of a {@code beneficiary} row: country, date, entry point and mode. */
final class ReturnInfoMapper implements Rows.Mapper<ReturnInfo> {
    @Override
    public ReturnInfo map(ResultSet rs) throws SQLException {
        return new ReturnInfo(
                rs.getString("return_country"),
                Rows.date(rs, "return_date"),
                rs.getString("entry_point"),
                ReturnMode.valueOf(rs.getString("return_mode")));
    }
}
