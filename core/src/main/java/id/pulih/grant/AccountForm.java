package id.pulih.grant;

import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.PersonName;
import id.pulih.shared.ValidBankAccountNumber;
import id.pulih.shared.ValidBankCode;
import id.pulih.shared.ValidPersonName;
import jakarta.validation.constraints.NotNull;

/**
 * A bank account as typed on a form: the bank (code or name), the number and the holder's name.
 *
 * @param bank the bank code ({@code 002}) or name ({@code BRI})
 * @param number the account number, digits (spaces and hyphens allowed)
 * @param holder the holder's name as the bank knows it
 */
public record AccountForm(
        @NotNull @ValidBankCode String bank,
        @NotNull @ValidBankAccountNumber String number,
        @NotNull @ValidPersonName String holder) {

    /**
     * The account; call after validation.
     *
     * @return the account
     */
    public BankAccount toAccount() {
        return BankAccount.of(BankCode.parse(bank), number, PersonName.of(holder));
    }

    /** Masks the number and the holder. */
    @Override
    public String toString() {
        return "AccountForm[" + bank + ", " + id.pulih.internal.util.Mask.identifier(number) + "]";
    }
}
