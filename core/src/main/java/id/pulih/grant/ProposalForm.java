package id.pulih.grant;

import id.pulih.shared.AwardId;
import id.pulih.shared.Rupiah;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A proposal for further assistance.
 *
 * @param award the paid award it follows
 * @param summary what the business is and what the help is for, without identifiers
 * @param requested the amount asked for
 */
public record ProposalForm(
        @NotNull AwardId award,
        @NotBlank @Size(max = 2000) String summary,
        @NotNull Rupiah requested) {}
