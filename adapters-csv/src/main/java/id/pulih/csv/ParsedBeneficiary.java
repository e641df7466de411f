package id.pulih.csv;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.shared.BankAccount;
import java.util.Optional;

/**
 * One valid row of a beneficiary file, as {@link BeneficiaryImport#parse} hands it over: the registered
 * beneficiary (version 0, not stored) and the bank account given in the row, if any, which the beneficiary holds as
 * its account on file ({@code Person.bankAccount()}): an award goes there unless it names another.
 *
 * @param line the line where the row starts
 * @param beneficiary the beneficiary, with an initial assessment when the row gave a poverty category
 * @param account the account in the row's name, or empty
 */
public record ParsedBeneficiary(long line, Beneficiary beneficiary, Optional<BankAccount> account) {
    /** Masks the account; the beneficiary masks its own identifiers. */
    @Override
    public String toString() {
        return "ParsedBeneficiary[line " + line + ", " + beneficiary + ", account "
                + account.map(Object::toString).orElse("none") + "]";
    }
}
