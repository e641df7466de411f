package id.pulih.grant;

import id.pulih.shared.LimitedText;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A grant scheme to set up for a programme.
 *
 * @param programme the programme
 * @param amountPerPerson the amount per participant, for example {@code Rupiah.parse("Rp 960.000")}
 * @param budget the ceiling
 * @param fundingSource where the money comes from
 */
public record SchemeForm(
        @NotNull ProgrammeId programme,
        @NotNull Rupiah amountPerPerson,
        @NotNull Rupiah budget,
        @NotBlank @LimitedText(TextLimit.NAME) String fundingSource) {}
