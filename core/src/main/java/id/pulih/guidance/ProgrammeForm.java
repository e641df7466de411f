package id.pulih.guidance;

import id.pulih.shared.CrossChecked;
import id.pulih.shared.FormViolation;
import id.pulih.shared.LimitedText;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.TextLimit;
import id.pulih.shared.ValidRegionCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A programme to set up.
 *
 * @param title the title
 * @param organiser the organising directorate or UPT
 * @param partners partner organisations (LKS, Dinas Sosial)
 * @param venue the venue
 * @param region the official regency (or finer) code where it takes place
 * @param startsOn the first day
 * @param endsOn the last day
 * @param capacity the number of places
 * @param topics the modules taught
 * @param required the modules a participant must attend to complete; empty means all of them
 */
public record ProgrammeForm(
        @NotBlank @LimitedText(TextLimit.TITLE) String title,
        @NotNull OrganisationId organiser,
        @NotNull @Size(max = Programme.MAX_PARTNERS) Set<OrganisationId> partners,
        @NotBlank @LimitedText(TextLimit.TITLE) String venue,
        @NotNull @ValidRegionCode(official = true) String region,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Min(1) @Max(1_000_000) int capacity,
        @NotEmpty @Size(max = Programme.MAX_TOPICS) List<@NotNull Topic> topics,
        @NotNull Set<Topic> required)
        implements CrossChecked {

    @Override
    public List<FormViolation> crossCheck() {
        List<FormViolation> found = new ArrayList<>();
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            found.add(new FormViolation("endsOn", "programme.dates", "the last day is before the first"));
        }
        if (topics != null && required != null && !topics.containsAll(required)) {
            found.add(new FormViolation(
                    "required", "programme.required", "every required topic must be one the programme teaches"));
        }
        return found;
    }
}
