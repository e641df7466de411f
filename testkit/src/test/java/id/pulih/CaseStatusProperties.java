package id.pulih;

import static id.pulih.testkit.PulihGen.caseCommands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.StatusChange;
import id.pulih.shared.BeneficiaryId;
import id.pulih.testkit.CaseCommand;
import id.pulih.testkit.CaseWorld;
import id.pulih.testkit.CaseWorld.Applied;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseStatusProperties {

    @Test
    void noSequenceMovesACaseThroughAnIllegalTransition() {
        qt().forAll(caseCommands()).checkAssert(commands -> {
            CaseWorld world = CaseWorld.create();
            for (CaseCommand command : commands) {
                Map<BeneficiaryId, Beneficiary> before = snapshot(world);

                Applied applied = Steps.apply(world, command);

                for (BeneficiaryId id : world.beneficiaries()) {
                    Beneficiary b = world.store().beneficiaries().find(id).orElseThrow();
                    assertLegalHistory(b, command);
                    if (!applied.isSucceeded() && before.containsKey(id)) {
                        assertThat(b.status())
                                .as("status of %s after the refused %s", id, command)
                                .isEqualTo(before.get(id).status());
                        assertThat(b.history()).isEqualTo(before.get(id).history());
                    }
                }
            }
        });
    }

    private static Map<BeneficiaryId, Beneficiary> snapshot(CaseWorld world) {
        Map<BeneficiaryId, Beneficiary> all = new HashMap<>();
        for (BeneficiaryId id : world.beneficiaries()) {
            all.put(id, world.store().beneficiaries().find(id).orElseThrow());
        }
        return all;
    }

    /** Registration first; then each step legal from the one before, or a reopening back to before the closing. */
    private static void assertLegalHistory(Beneficiary b, CaseCommand after) {
        List<StatusChange> history = b.history();
        assertThat(history).as("history of %s after %s", b, after).isNotEmpty();
        assertThat(history.get(0).from()).isNull();
        assertThat(history.get(0).to()).isEqualTo(CaseStatus.REGISTERED);
        for (int i = 1; i < history.size(); i++) {
            StatusChange previous = history.get(i - 1);
            StatusChange step = history.get(i);
            assertThat(step.from())
                    .as("step %d of %s after %s", i, history, after)
                    .isEqualTo(previous.to());
            boolean legal = step.from().canMoveTo(step.to())
                    || (step.from() == CaseStatus.CLOSED && step.to() == previous.from());
            assertThat(legal)
                    .as("step %s -> %s of %s after %s", step.from(), step.to(), history, after)
                    .isTrue();
        }
        assertThat(b.status()).isEqualTo(history.get(history.size() - 1).to());
    }
}
