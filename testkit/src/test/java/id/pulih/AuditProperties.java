package id.pulih;

import static id.pulih.testkit.PulihGen.caseCommands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.testkit.CaseCommand;
import id.pulih.testkit.CaseWorld;
import id.pulih.testkit.CaseWorld.Applied;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditProperties {

    @Test
    void everySuccessfulCommandLeavesExactlyOneAuditEntryAndEveryRefusedOneLeavesTheStoreAsItWas() {
        qt().forAll(caseCommands()).checkAssert(commands -> {
            CaseWorld world = CaseWorld.create();
            for (CaseCommand command : commands) {
                long entries = world.store().auditTrail().count();
                Map<String, Long> versions = world.versions();

                Applied applied = Steps.apply(world, command);

                long added = world.store().auditTrail().count() - entries;
                if (applied.isSucceeded()) {
                    assertThat(added).as("audit entries of %s", command).isEqualTo(1);
                } else {
                    assertThat(added)
                            .as("audit entries of %s (%s)", command, applied)
                            .isZero();
                    assertThat(world.versions())
                            .as("records after %s (%s)", command, applied)
                            .isEqualTo(versions);
                }
            }
        });
    }
}
