package id.pulih.internal.util;

import id.pulih.shared.CrossChecked;
import id.pulih.shared.FormViolation;
import id.pulih.shared.InvalidFormException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates forms at the service boundary with an injected Jakarta {@link Validator}, reporting every violation at
 * once as an {@link InvalidFormException} with the same machine codes the value factories use.
 */
public final class Forms {
    private final Validator validator;

    /**
     * Creates a form validator.
     *
     * @param validator the Jakarta validator to use; not null
     */
    public Forms(Validator validator) {
        this.validator = Checks.required(validator, "validator");
    }

    /**
     * Validates a form, and its {@link CrossChecked cross-field rules} when it has them.
     *
     * @param form the form; not null
     * @param <F> the form's type
     * @return the same form, valid
     * @throws InvalidFormException with every violation, when any
     */
    public <F> F validate(F form) {
        String name = form == null ? "form" : form.getClass().getSimpleName();
        Checks.required(form, "form");
        List<FormViolation> found = new ArrayList<>();
        for (ConstraintViolation<F> violation : validator.validate(form)) {
            found.add(FormViolation.of(violation));
        }
        if (form instanceof CrossChecked crossChecked) {
            found.addAll(crossChecked.crossCheck());
        }
        if (!found.isEmpty()) {
            found.sort(Comparator.comparing(FormViolation::field).thenComparing(FormViolation::code));
            throw new InvalidFormException(name, found);
        }
        return form;
    }
}
