package id.pulih.privacy;

import id.pulih.access.Actor;
import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Mask;
import id.pulih.shared.BankAccount;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PhoneNumber;

/**
 * How a {@link SubjectRecord} shows the person's identifiers (NIK, No. KK, phone, bank account numbers): whole, or
 * masked to their last four digits as the masked exports and every {@code toString()} show them. Which one an officer
 * gets is decided in one place, {@link #forActor(Actor)}, by the rule of identified exports
 * ({@link Actor#mayDiscloseIdentifiers()}).
 *
 * <pre>{@code
 * Identifiers shown = Identifiers.forActor(caseWorker);   // MASKED
 * shown.nik(Nik.of("5202014507900001"));                 // "************0001"
 * }</pre>
 */
public enum Identifiers {
    /** Every identifier whole: for a supervisor of a government unit, who may disclose them. */
    WHOLE,
    /** Every identifier masked to its last four digits: for everyone else. */
    MASKED;

    /**
     * How identifiers are shown to an actor: {@link #WHOLE} exactly when the actor may disclose them.
     *
     * @param actor the officer; not null
     * @return whole or masked
     */
    public static Identifiers forActor(Actor actor) {
        return Checks.required(actor, "actor").mayDiscloseIdentifiers() ? WHOLE : MASKED;
    }

    /**
     * A NIK as this shows it.
     *
     * @param nik the NIK; not null
     * @return its 16 digits, or the masked form
     */
    public String nik(Nik nik) {
        Checks.required(nik, "nik");
        return this == WHOLE ? nik.value() : nik.masked();
    }

    /**
     * A family card number as this shows it.
     *
     * @param familyCard the number; not null
     * @return its 16 digits, or the masked form
     */
    public String familyCard(FamilyCardNumber familyCard) {
        Checks.required(familyCard, "familyCard");
        return this == WHOLE ? familyCard.value() : familyCard.masked();
    }

    /**
     * A phone number as this shows it, in its national form ({@code 0812…}).
     *
     * @param phone the number; not null
     * @return the national form, or the masked form
     */
    public String phone(PhoneNumber phone) {
        Checks.required(phone, "phone");
        return this == WHOLE ? phone.national() : phone.masked();
    }

    /**
     * A bank account number as this shows it.
     *
     * @param account the account; not null
     * @return its digits, or the masked form
     */
    public String accountNumber(BankAccount account) {
        Checks.required(account, "account");
        return this == WHOLE ? account.number() : Mask.identifier(account.number());
    }
}
