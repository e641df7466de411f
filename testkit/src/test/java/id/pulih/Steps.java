package id.pulih;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.testkit.CaseCommand;
import id.pulih.testkit.CaseWorld;
import id.pulih.testkit.CaseWorld.Applied;

/** Runs generated commands, failing on refusals that only a bug can cause. */
final class Steps {
    private Steps() {}

    /**
     * Applies one command. A stale-version conflict cannot happen in a single-threaded sequence, so it is a bug
     * (a service saving a record it read before changing it), not a refusal.
     */
    static Applied apply(CaseWorld world, CaseCommand command) {
        Applied applied = world.apply(command);
        applied.refusal()
                .ifPresent(refusal ->
                        assertThat(refusal.code()).as("refusal of %s", command).isNotEqualTo("record.stale"));
        return applied;
    }
}
