package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A data-subject request as an officer records it.
 *
 * <pre>{@code
 * new RequestForm(caseId, RequestKind.ACCESS, Instant.parse("2024-03-04T02:15:00Z"), "asked at the office for a copy");
 * }</pre>
 *
 * @param beneficiary the person's case
 * @param kind what was asked
 * @param receivedAt when the controller received it (not after now): the deadline runs from here
 * @param details what the person said, or null; at most 1000 characters
 */
public record RequestForm(
        @NotNull BeneficiaryId beneficiary,
        @NotNull RequestKind kind,
        @NotNull Instant receivedAt,
        @Nullable @Size(max = 1000) String details) {}
