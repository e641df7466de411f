package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A breach as a supervisor records it.
 *
 * <pre>{@code
 * new BreachForm(Instant.parse("2024-05-02T01:00:00Z"), Set.of(DataCategory.IDENTITY, DataCategory.CONTACT),
 *         List.of(caseId), "a laptop with an export was stolen from the car", "export revoked, passwords changed");
 * }</pre>
 *
 * @param discoveredAt when it was discovered (not after now)
 * @param categories the categories of data exposed, at least one
 * @param affected the cases of the people affected
 * @param cause what happened
 * @param remedy what was done
 */
public record BreachForm(
        @NotNull Instant discoveredAt,
        @NotEmpty Set<DataCategory> categories,
        @NotNull List<BeneficiaryId> affected,
        @NotBlank @Size(max = 1000) String cause,
        @NotBlank @Size(max = 1000) String remedy) {}
