package id.pulih.beneficiary;

import id.pulih.internal.util.Mask;
import id.pulih.shared.BankAccount;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.FieldChange;
import id.pulih.shared.Nik;
import id.pulih.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a case that a correction or an attached NIK may change, each with its name in a {@link FieldChange}
 * and how a change shows it: masked for identifiers (only the last four digits of a NIK, No. KK, phone or account
 * number) and for the name (its first letter and length), in full for codes and categories.
 *
 * <pre>{@code
 * List<FieldChange> changes = CaseField.changes(before, after); // [phone: **********7890 -> **********1234]
 * }</pre>
 */
public enum CaseField {
    /** The name, shown as its first letter and length. */
    NAME("name", b -> b.name().value(), b -> b.name().toString()),
    /** The sex. */
    SEX("sex", Beneficiary::sex, b -> b.sex().name()),
    /** The birth date, or the estimated year. */
    BIRTH(
            "birthDate",
            Beneficiary::birth,
            b -> b.birth().estimated()
                    ? "about " + b.birth().date().getYear()
                    : b.birth().date().toString()),
    /** The region of origin. */
    ORIGIN("originRegion", Beneficiary::origin, b -> b.origin().toString()),
    /** The NIK, masked. */
    NIK("nik", Beneficiary::nik, b -> shown(b.nik().map(Nik::value))),
    /** The No. KK, masked. */
    FAMILY_CARD(
            "familyCardNumber",
            Beneficiary::familyCard,
            b -> shown(b.familyCard().map(FamilyCardNumber::value))),
    /** Whether documents are held. */
    DOCUMENT_STATUS(
            "documentStatus",
            Beneficiary::documentStatus,
            b -> b.documentStatus().name()),
    /** The phone number, masked. */
    PHONE("phone", Beneficiary::phone, b -> shown(b.phone().map(PhoneNumber::e164))),
    /** The bank account on file: the bank, the number masked and the holder's name masked. */
    BANK_ACCOUNT(
            "bankAccount",
            b -> b.person().bankAccount(),
            b -> b.person().bankAccount().map(BankAccount::toString).orElse(FieldChange.NONE)),
    /** The exploitation types, by name in name order. */
    EXPLOITATION(
            "exploitation",
            b -> b.profile().exploitation(),
            b -> names(b.profile().exploitation())),
    /** The means of control, by name in name order. */
    CONTROL("control", b -> b.profile().control(), b -> names(b.profile().control())),
    /** The labour sector. */
    SECTOR("sector", b -> b.profile().sector(), b -> b.profile().sector().name()),
    /** How the person knew the recruiter. */
    RECRUITER(
            "recruiter",
            b -> b.profile().recruiter(),
            b -> b.profile().recruiter().name());

    private final String label;
    private final Function<Beneficiary, Object> value;
    private final Function<Beneficiary, String> shown;

    CaseField(String label, Function<Beneficiary, Object> value, Function<Beneficiary, String> shown) {
        this.label = label;
        this.value = value;
        this.shown = shown;
    }

    /**
     * The field's name in a {@link FieldChange}, as the forms name it.
     *
     * @return the name, such as {@code familyCardNumber}
     */
    public String label() {
        return label;
    }

    /**
     * How a change shows this field of a case: masked for identifiers and the name.
     *
     * @param b the case; not null
     * @return the text, {@link FieldChange#NONE} for an empty field
     */
    public String shown(Beneficiary b) {
        return shown.apply(Objects.requireNonNull(b, "beneficiary"));
    }

    /**
     * Whether this field differs between two states of a case, compared by value (two phone numbers that mask
     * alike still differ).
     *
     * @param before the case before; not null
     * @param after the case after; not null
     * @return true when the field changed
     */
    public boolean differs(Beneficiary before, Beneficiary after) {
        return !value.apply(before).equals(value.apply(after));
    }

    /**
     * The fields that differ between two states of a case, in the order of this enum, each shown masked.
     *
     * @param before the case before; not null
     * @param after the case after; not null
     * @return the changes, empty when nothing differs
     */
    public static List<FieldChange> changes(Beneficiary before, Beneficiary after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<FieldChange> changes = new ArrayList<>();
        for (CaseField field : values()) {
            if (field.differs(before, after)) {
                changes.add(new FieldChange(field.label, field.shown(before), field.shown(after)));
            }
        }
        return changes;
    }

    private static String shown(Optional<String> identifier) {
        return identifier.map(Mask::identifier).orElse(FieldChange.NONE);
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.isEmpty()
                ? FieldChange.NONE
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
