package id.pulih.shared;

import java.util.List;

/**
 * A form whose rules span several fields (a birth date or an estimated birth year; a NIK whose sex agrees with the
 * declared one). The form validator runs these checks after the Jakarta constraints and reports both together.
 */
public interface CrossChecked {
    /**
     * Checks the rules that span fields. Must tolerate fields that are null or invalid on their own (those are
     * reported by their own constraints).
     *
     * @return the violations found, empty when the form is consistent
     */
    List<FormViolation> crossCheck();
}
