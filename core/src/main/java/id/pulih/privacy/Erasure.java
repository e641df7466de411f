package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import java.time.Instant;

/**
 * That a person's data were erased (UU PDP arts. 8 and 43), by whom, when and why, without the data. What erasure
 * does, on every store: the person becomes {@code Person.erased()} (sex, birth year, origin), the trafficking profile
 * {@code TraffickingProfile.unknown()}, and every free text of the person's records (notes, reasons, details,
 * corrections, the texts of returns, enrolments, proposals, plans, services and referrals, potential-duplicate notes,
 * the audit summaries of those records and the reasons of grants to open the case: the one list is
 * {@link ErasedText}) becomes {@link #REMOVED};
 * payments and their reconciliation (amounts, dates, statuses, bank references), and what reports count (regions,
 * sex, birth year, statuses, dates), stay. An erased case refuses further processing ({@code case.erased}).
 *
 * @param beneficiary the case (the surviving registration)
 * @param erasedAt when
 * @param erasedBy who
 * @param reason why (the request, or the retention period that ended); no personal data
 * @param request the data-subject request it answers, or null
 */
public record Erasure(
        BeneficiaryId beneficiary,
        Instant erasedAt,
        String erasedBy,
        String reason,
        @Nullable RequestId request) {
    /** What every erased free text reads as afterwards. */
    public static final String REMOVED = "[terhapus]";

    /**
     * Checks every part.
     *
     * @param beneficiary the case
     * @param erasedAt when
     * @param erasedBy who
     * @param reason why
     * @param request the request, or null
     */
    public Erasure {
        Checks.required(beneficiary, "beneficiaryId");
        Checks.required(erasedAt, "erasedAt");
        erasedBy = Checks.requiredText(erasedBy, "erasedBy");
        reason = Checks.requiredText(reason, "reason", TextLimit.REASON);
    }

    /**
     * The one rule for a free text under erasure, applied by every store: absent or empty stays so, anything else
     * reads {@link #REMOVED} (so that a text a record requires stays present).
     *
     * @param text the text, or null
     * @return the text when null or blank, {@link #REMOVED} otherwise
     */
    public static @Nullable String removed(@Nullable String text) {
        return text == null || text.isBlank() ? text : REMOVED;
    }

    /**
     * The account number an erased award or payment keeps: the bank stays (reconciliation reads it), the number and
     * the holder's name go.
     */
    public static final String ERASED_ACCOUNT_NUMBER = "000000";

    /**
     * An account under erasure: the same bank, {@link #ERASED_ACCOUNT_NUMBER}, and the erased name.
     *
     * @param account the account
     * @return the anonymised account
     */
    public static id.pulih.shared.BankAccount removed(id.pulih.shared.BankAccount account) {
        return id.pulih.shared.BankAccount.of(
                account.bank(), ERASED_ACCOUNT_NUMBER, id.pulih.beneficiary.Person.ERASED_NAME);
    }
}
