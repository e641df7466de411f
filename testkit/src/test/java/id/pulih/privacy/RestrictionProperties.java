package id.pulih.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PulihException;
import id.pulih.testkit.CaseCommand;
import id.pulih.testkit.CaseWorld;
import id.pulih.testkit.CaseWorld.Applied;
import id.pulih.testkit.PulihGen;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Restriction over generated histories: after any history, a restricted case is refused by every command on it,
 * through every service, while the restriction holds; lifted, the same case takes commands again.
 */
class RestrictionProperties {
    @Test
    void noCommandOnARestrictedCaseSucceedsAfterAnyHistory() {
        AtomicInteger restrictedRefusals = new AtomicInteger();
        qt().withExamples(60)
                .forAll(PulihGen.caseCommands(), PulihGen.caseCommands())
                .checkAssert((history, after) -> {
                    CaseWorld world = CaseWorld.create();
                    history.forEach(world::apply);
                    if (world.beneficiaries().isEmpty()) {
                        return;
                    }
                    BeneficiaryId restricted =
                            world.survivor(world.beneficiaries().get(0)).id();
                    world.pulih()
                            .as(CaseWorld.operator())
                            .privacy()
                            .restrict(restricted, "she asked that nothing be done for now");
                    for (CaseCommand command : after) {
                        Optional<BeneficiaryId> subject = world.subject(command);
                        boolean onIt = subject.isPresent()
                                && world.survivor(subject.get()).id().equals(restricted)
                                && !(unwrapped(command) instanceof CaseCommand.RegisterTwin);
                        if (onIt
                                && unwrapped(command) instanceof CaseCommand.Grant grant
                                && grant.step() == CaseCommand.GrantStep.BATCH) {
                            // a batch is a command over the scheme: it may batch other cases' payments, never the
                            // restricted case's
                            List<Boolean> before = batched(world, restricted);
                            world.apply(command);
                            assertThat(batched(world, restricted))
                                    .as("%s leaves the restricted case's payments unbatched", command)
                                    .isEqualTo(before);
                            continue;
                        }
                        Applied applied = world.apply(command);
                        if (onIt) {
                            assertThat(applied.isSucceeded())
                                    .as("%s on the restricted case %s", command, restricted)
                                    .isFalse();
                            applied.refusal()
                                    .map(PulihException::code)
                                    .filter("case.restricted"::equals)
                                    .ifPresent(c -> restrictedRefusals.incrementAndGet());
                        }
                    }
                    assertThat(world.pulih().store().privacy().restrictions().find(restricted))
                            .isPresent();
                });
        assertThat(restrictedRefusals.get())
                .as("refusals coded case.restricted")
                .isPositive();
    }

    /** Whether each payment of the case is in a batch. */
    private static List<Boolean> batched(CaseWorld world, BeneficiaryId id) {
        return world.pulih().store().awards().forBeneficiary(id).stream()
                .flatMap(a -> world.pulih().store().payments().forAward(a.id()).stream())
                .map(p -> p.batchId().isPresent())
                .toList();
    }

    private static CaseCommand unwrapped(CaseCommand command) {
        return command instanceof CaseCommand.As as ? as.command() : command;
    }

    @Test
    void aLiftedRestrictionLetsTheCaseBeReadAgain() {
        qt().withExamples(30).forAll(PulihGen.caseCommands()).checkAssert(history -> {
            CaseWorld world = CaseWorld.create();
            history.forEach(world::apply);
            List<BeneficiaryId> ids = world.beneficiaries();
            if (ids.isEmpty()) {
                return;
            }
            BeneficiaryId id = world.survivor(ids.get(ids.size() - 1)).id();
            var desk = world.pulih().as(CaseWorld.operator());
            desk.privacy().restrict(id, "she asked that nothing be done for now");
            desk.privacy().liftRestriction(id, "she asked to go on");
            assertThat(desk.cases().get(id).id()).isEqualTo(id);
        });
    }
}
