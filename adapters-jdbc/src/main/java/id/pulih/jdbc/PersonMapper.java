package id.pulih.jdbc;

import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.Person;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Maps the person columns of a {@code beneficiary} row: name, sex, birth, identifiers, documents, origin, phone. */
final class PersonMapper implements Rows.Mapper<Person> {
    @Override
    public Person map(ResultSet rs) throws SQLException {
        return new Person(
                PersonName.of(rs.getString("name")),
                Sex.parse(rs.getString("sex")),
                new BirthDate(Rows.date(rs, "birth_date"), rs.getBoolean("birth_estimated")),
                Optional.ofNullable(rs.getString("nik")).map(Nik::of),
                Optional.ofNullable(rs.getString("family_card")).map(FamilyCardNumber::of),
                DocumentStatus.valueOf(rs.getString("document_status")),
                RegionCode.of(rs.getString("origin")),
                Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::of));
    }
}
