package id.pulih.shelter;

import id.pulih.shared.LimitedText;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import id.pulih.shared.UpToToday;
import jakarta.validation.constraints.NotNull;
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
        @NotNull @UpToToday LocalDate date,
        @Nullable @LimitedText(TextLimit.DETAIL) String detail) {}
