package id.pulih.beneficiary;

import id.pulih.shared.LimitedText;
import id.pulih.shared.TextLimit;
import id.pulih.shared.ValidNik;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A NIK to attach to a case registered without one, once the documents are recovered. The NIK must agree with the
 * record ({@link NikAgreement}: sex, birth date, and the province of origin); when it does not, and the officer knows
 * why (the person was registered in the province where they worked, the birth date was a guess), the call says so
 * with {@code mismatchExplained} and the reason gives the explanation.
 *
 * <pre>{@code
 * new NikAttachmentForm("5202014507900001", "KTP recovered from the employer", false, b.version());
 * }</pre>
 *
 * @param nik the NIK, 16 digits
 * @param reason why it is attached, and, when it disagrees with the record, why; required, at most
 *     {@link TextLimit#REASON} characters
 * @param mismatchExplained whether the reason explains a disagreement between the NIK and the record; without it a
 *     disagreement refuses the call
 * @param expectedVersion the version of the case the officer read
 */
public record NikAttachmentForm(
        @NotNull @ValidNik String nik,
        @NotBlank @LimitedText(TextLimit.REASON) String reason,
        boolean mismatchExplained,
        @PositiveOrZero long expectedVersion) {
    /** Masks the NIK. */
    @Override
    public String toString() {
        return "NikAttachmentForm[nik " + id.pulih.internal.util.Mask.identifier(nik == null ? "" : nik) + ", v"
                + expectedVersion + "]";
    }
}
