package id.pulih.internal.util;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Reads the machine code of a Jakarta constraint violation, so that a form validated with Hibernate Validator
 * reports the same codes ({@code nik.province}, {@code rupiah.format}, ...) as the value factories.
 */
public final class Violations {
    private Violations() {}

    /**
     * The machine code of a violation: the factory's code for Pulih's own constraints, otherwise
     * {@code <field>.<constraint>} (for example {@code name.notblank} for {@code @NotBlank} on {@code name}).
     *
     * @param violation the violation; not null
     * @return the code, never null
     */
    public static String codeOf(ConstraintViolation<?> violation) {
        Checks.required(violation, "violation");
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            String code = hibernate.getDynamicPayload(String.class);
            if (code != null) {
                return code;
            }
        } catch (jakarta.validation.ValidationException notHibernate) {
            // another provider: fall back to the constraint's name
        }
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        String constraint = descriptor == null
                ? "invalid"
                : descriptor.getAnnotation().annotationType().getSimpleName().toLowerCase(Locale.ROOT);
        return leafField(violation) + "." + constraint;
    }

    /**
     * The name of the violated field, the last node of the property path ({@code nik} for {@code form.nik}).
     *
     * @param violation the violation; not null
     * @return the field name, or {@code value} for a violation on the validated object itself
     */
    public static String leafField(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        String leaf = dot < 0 ? path : path.substring(dot + 1);
        int bracket = leaf.indexOf('[');
        if (bracket >= 0) {
            leaf = leaf.substring(0, bracket);
        }
        return leaf.isEmpty() ? "value" : leaf;
    }
}
