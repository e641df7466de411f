package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BankAccount;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import java.util.Optional;

/**
 * Who a beneficiary is, as recorded at intake.
 *
 * @param name the name (a single name is fine)
 * @param sex the sex
 * @param birth the birth date, exact or estimated
 * @param nik the NIK, if known
 * @param familyCard the family card number, if known
 * @param documentStatus whether identity documents are held
 * @param origin the region of origin, regency or finer
 * @param phone a phone number, if any
 * @param bankAccount the person's own bank account on file, if any: where a stimulus grant is paid unless the award
 *     names another
 */
public record Person(
        PersonName name,
        Sex sex,
        BirthDate birth,
        Optional<Nik> nik,
        Optional<FamilyCardNumber> familyCard,
        DocumentStatus documentStatus,
        RegionCode origin,
        Optional<PhoneNumber> phone,
        Optional<BankAccount> bankAccount) {
    /**
     * Checks every part.
     *
     * @param name the name
     * @param sex the sex
     * @param birth the birth date
     * @param nik the NIK
     * @param familyCard the family card
     * @param documentStatus the document status
     * @param origin the origin
     * @param phone the phone
     * @param bankAccount the account on file
     */
    public Person {
        Checks.required(name, "name");
        Checks.required(sex, "sex");
        Checks.required(birth, "birthDate");
        Checks.required(nik, "nik");
        Checks.required(familyCard, "familyCard");
        Checks.required(documentStatus, "documentStatus");
        Checks.required(origin, "origin");
        Checks.required(phone, "phone");
        Checks.required(bankAccount, "bankAccount");
    }

    /**
     * A person without a bank account on file.
     *
     * @param name the name
     * @param sex the sex
     * @param birth the birth date
     * @param nik the NIK
     * @param familyCard the family card
     * @param documentStatus the document status
     * @param origin the origin
     * @param phone the phone
     */
    public Person(
            PersonName name,
            Sex sex,
            BirthDate birth,
            Optional<Nik> nik,
            Optional<FamilyCardNumber> familyCard,
            DocumentStatus documentStatus,
            RegionCode origin,
            Optional<PhoneNumber> phone) {
        this(name, sex, birth, nik, familyCard, documentStatus, origin, phone, Optional.empty());
    }

    /**
     * This person with the identifiers it lacks taken from another record of the same person (a merged duplicate).
     *
     * @param other the other record
     * @return the completed person
     */
    Person completedFrom(Person other) {
        return new Person(
                name,
                sex,
                birth,
                nik.or(other::nik),
                familyCard.or(other::familyCard),
                documentStatus,
                origin,
                phone.or(other::phone),
                bankAccount.or(other::bankAccount));
    }

    /**
     * This person without the NIK: a record merged into its survivor gives the NIK up, which stays unique.
     *
     * @return the person without a NIK
     */
    Person withoutNik() {
        return new Person(name, sex, birth, Optional.empty(), familyCard, documentStatus, origin, phone, bankAccount);
    }

    /**
     * This person with a NIK attached (documents recovered): the documents are then held.
     *
     * @param attached the NIK
     * @return the person with the NIK
     */
    Person withNik(Nik attached) {
        return new Person(
                name, sex, birth, Optional.of(attached), familyCard, DocumentStatus.HELD, origin, phone, bankAccount);
    }

    /** Masks identifiers and the name. */
    @Override
    public String toString() {
        return "Person[" + sex + ", born " + birth.date().getYear() + ", origin " + origin + ", nik "
                + nik.map(Object::toString).orElse("none") + "]";
    }
}
