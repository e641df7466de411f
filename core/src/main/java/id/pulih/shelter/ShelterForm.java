package id.pulih.shelter;

import id.pulih.shared.LimitedText;
import id.pulih.shared.TextLimit;
import id.pulih.shared.ValidRegionCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A shelter to open.
 *
 * <pre>{@code
 * new ShelterForm("RPTC-BAMBU-APUS", "RPTC Bambu Apus", ShelterType.RPTC, "31.75", 120);
 * }</pre>
 *
 * @param code a short unique code: upper-case letters, digits and hyphens
 * @param name the display name
 * @param type the type
 * @param region the official region code of its location (regency or finer)
 * @param capacity the number of beds, 1 to 100000
 */
public record ShelterForm(
        @NotBlank
        @LimitedText(TextLimit.CODE)
        @Pattern(regexp = "[A-Z0-9-]{2,}", message = "expected at least 2 upper-case letters, digits, hyphens")
        String code,

        @NotBlank @LimitedText(TextLimit.NAME) String name,
        @NotNull ShelterType type,
        @NotNull @ValidRegionCode(official = true) String region,
        @Min(1) @Max(100_000) int capacity) {}
