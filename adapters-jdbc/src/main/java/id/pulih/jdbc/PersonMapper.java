package id.pulih.jdbc;

import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.Person;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Maps the person columns of a {@code beneficiary} row: name, sex, birth, identifiers, documents, origin, phone and the
 * bank account on file.
 */
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
                Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::of),
                account(rs));
    }

    /** The account on file: three columns, all set or none (a check constraint keeps them so). */
    private static Optional<BankAccount> account(ResultSet rs) throws SQLException {
        String bank = rs.getString("bank_code");
        if (bank == null) {
            return Optional.empty();
        }
        return Optional.of(new BankAccount(
                BankCode.parse(bank), rs.getString("account_number"), new PersonName(rs.getString("account_holder"))));
    }
}
