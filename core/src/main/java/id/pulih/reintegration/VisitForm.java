package id.pulih.reintegration;

import id.pulih.shared.LimitedText;
import id.pulih.shared.Nullable;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.TextLimit;
import id.pulih.shared.UpToToday;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;

/**
 * A follow-up visit to record.
 *
 * <pre>{@code
 * new VisitForm(LocalDate.of(2020, 4, 23), Set.of(RiskFactor.DEBT_TRAP), "recruiter's agent asks for repayment");
 * }</pre>
 *
 * @param visitedOn when, not in the future
 * @param observed the risk factors observed, may be empty
 * @param notes notes without personal identifiers, up to 1000 characters; may be null
 */
public record VisitForm(
        @NotNull @UpToToday LocalDate visitedOn,
        @NotNull Set<@NotNull RiskFactor> observed,
        @Nullable @LimitedText(TextLimit.NOTE) String notes) {}
