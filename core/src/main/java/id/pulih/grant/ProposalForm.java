package id.pulih.grant;

import id.pulih.shared.AwardId;
import id.pulih.shared.LimitedText;
import id.pulih.shared.Rupiah;
import id.pulih.shared.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A proposal for further assistance.
 *
 * @param award the paid award it follows
 * @param summary what the business is and what the help is for, without identifiers
 * @param requested the amount asked for
 */
public record ProposalForm(
        @NotNull AwardId award,
        @NotBlank @LimitedText(TextLimit.SUMMARY) String summary,
        @NotNull Rupiah requested) {}
