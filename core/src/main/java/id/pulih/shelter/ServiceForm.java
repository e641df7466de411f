package id.pulih.shelter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A service delivered during a stay.
 *
 * @param kind what
 * @param date when, not in the future
 * @param detail a detail without personal identifiers, for example {@code badminton}; may be null
 */
public record ServiceForm(
        @NotNull ServiceKind kind,
        @NotNull @PastOrPresent LocalDate date,
        @Size(max = 200) String detail) {}
