package id.pulih.privacy;

import id.pulih.shared.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The decision on a data-subject request.
 *
 * <pre>{@code
 * new DecisionForm(Decision.REFUSED, Exemption.LAW_ENFORCEMENT, "the police investigation of the recruiter is open");
 * new DecisionForm(Decision.GRANTED, null, "copy handed over in person");
 * }</pre>
 *
 * @param decision granted, partly granted or refused
 * @param exemption the exemption a refusal relies on (required unless granted in full, and applying to the kind)
 * @param reason why, at most 1000 characters
 */
public record DecisionForm(
        @NotNull Decision decision,
        @Nullable Exemption exemption,
        @NotBlank @Size(max = 1000) String reason) {}
