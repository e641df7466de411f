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
import java.time.LocalDate;
import java.util.Optional;

/**
 * Maps the person columns of a {@code beneficiary} row: name, sex, birth, identifiers, documents, origin, phone and the
 * bank account on file. The name, the exact birth date, the identifiers, the phone and the account are sealed by the
 * person's key; a shredded person reads back as {@link Person#erased(Sex, int, RegionCode, DocumentStatus)}, from
 * the columns kept in clear.
 */
final class PersonMapper {
    private PersonMapper() {}

    static Person map(ResultSet rs, Sealing.PersonKey key) throws SQLException {
        Sex sex = Sex.parse(rs.getString("sex"));
        DocumentStatus documents = DocumentStatus.valueOf(rs.getString("document_status"));
        RegionCode origin = RegionCode.of(rs.getString("origin"));
        if (key.shredded()) {
            return Person.erased(sex, rs.getInt("birth_year"), origin, documents);
        }
        String id = Rows.uuid(rs, "id").toString();
        String table = JdbcBeneficiaries.TABLE;
        return new Person(
                PersonName.of(key.value(table, "name", id, rs.getString("name"))),
                sex,
                new BirthDate(
                        LocalDate.parse(key.value(table, "birth_date", id, rs.getString("birth_date"))),
                        rs.getBoolean("birth_estimated")),
                Optional.ofNullable(key.value(table, "nik", id, rs.getString("nik")))
                        .map(Nik::of),
                Optional.ofNullable(key.value(table, "family_card", id, rs.getString("family_card")))
                        .map(FamilyCardNumber::of),
                documents,
                origin,
                Optional.ofNullable(key.value(table, "phone", id, rs.getString("phone")))
                        .map(PhoneNumber::of),
                account(rs, key, table, id));
    }

    /** The account on file: three columns, all set or none (a check constraint keeps them so). */
    private static Optional<BankAccount> account(ResultSet rs, Sealing.PersonKey key, String table, String id)
            throws SQLException {
        String bank = rs.getString("bank_code");
        if (bank == null) {
            return Optional.empty();
        }
        return Optional.of(new BankAccount(
                BankCode.parse(bank),
                key.value(table, "account_number", id, rs.getString("account_number")),
                new PersonName(key.value(table, "account_holder", id, rs.getString("account_holder")))));
    }
}
