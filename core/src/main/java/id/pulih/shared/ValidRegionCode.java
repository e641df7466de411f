package id.pulih.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.pulih.internal.util.ValueChecks;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text must be a {@link RegionCode}, dotted or not: the constraint runs {@link RegionCode#of(String)}, then,
 * when asked, checks its level and that {@link Regions#official()} has it ({@link Regions#require(RegionCode)}). A
 * violation's message is the detail of the refusal and {@code FormViolation.of(violation).code()} gives its code:
 * {@code region.format}, {@code region.level} or {@code region.unknown}. {@code null} is valid; add
 * {@code @NotNull} to require a value.
 *
 * <pre>{@code
 * record AddressForm(
 *         @ValidRegionCode(official = true, level = RegionLevel.VILLAGE) String village,
 *         @ValidRegionCode String anyRegion) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ValueChecks.RegionCodeCheck.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidRegionCode {
    /**
     * The message, used only when the refusal's detail cannot be: Pulih reports the detail.
     *
     * @return the message
     */
    String message() default "invalid region code";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Whether the code must be in the official Kemendagri list (code {@code region.unknown}), not only well formed.
     *
     * @return true to require an existing region; false by default
     */
    boolean official() default false;

    /**
     * The levels allowed (code {@code region.level} for another); empty, the default, allows every level.
     *
     * @return the levels allowed
     */
    RegionLevel[] level() default {};
}
