package id.pulih.shared;

import id.pulih.internal.util.Mask;

/**
 * The root of every exception Pulih throws on purpose.
 *
 * <p>Each subclass carries the data a caller needs to react (the field, a stable machine {@link #code()}, the
 * record concerned) and builds its English message from that data. Messages never contain a whole identifier
 * (NIK, family card number, bank account number); see {@link Mask}.
 *
 * <p>Catch this type at an application's edge to turn any Pulih refusal into a response; catch a subclass to
 * handle one kind of refusal.
 */
public abstract class PulihException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * Creates an exception with a machine code and a readable message.
     *
     * @param code the stable machine code, for example {@code nik.province}; not null
     * @param message the English message, which must not contain a whole identifier; not null
     */
    protected PulihException(String code, String message) {
        super(message);
        this.code = code;
    }

    /**
     * Creates an exception with a machine code, a readable message and a cause.
     *
     * @param code the stable machine code; not null
     * @param message the English message, which must not contain a whole identifier; not null
     * @param cause the underlying cause, may be null
     */
    protected PulihException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /**
     * The stable machine code of this refusal, such as {@code nik.date} or {@code rupiah.format}: safe to
     * branch on, log and translate; it does not change between releases.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }
}
