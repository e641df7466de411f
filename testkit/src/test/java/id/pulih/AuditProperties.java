package id.pulih;

import static id.pulih.testkit.PulihGen.caseCommands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.repatriation.Repatriation;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ShelterId;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import id.pulih.testkit.CaseCommand;
import id.pulih.testkit.CaseWorld;
import id.pulih.testkit.CaseWorld.Applied;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AuditProperties {

    @Test
    void everySuccessfulCommandLeavesExactlyOneAuditEntryAndEveryRefusedOneLeavesTheStoreAsItWas() {
        qt().forAll(caseCommands()).checkAssert(commands -> {
            CaseWorld world = CaseWorld.create();
            for (CaseCommand command : commands) {
                long entries = world.store().auditTrail().count();
                Map<String, Long> versions = versions(world);

                Applied applied = Steps.apply(world, command);

                long added = world.store().auditTrail().count() - entries;
                if (applied.isSucceeded()) {
                    assertThat(added).as("audit entries of %s", command).isEqualTo(1);
                } else {
                    assertThat(added)
                            .as("audit entries of %s (%s)", command, applied)
                            .isZero();
                    assertThat(versions(world))
                            .as("records after %s (%s)", command, applied)
                            .isEqualTo(versions);
                }
            }
        });
    }

    /** Every record's version by type and id, and the number of beneficiaries and open duplicates. */
    private static Map<String, Long> versions(CaseWorld world) {
        Store store = world.store();
        Map<String, Long> all = new TreeMap<>();
        all.put("beneficiaries", store.beneficiaries().count());
        all.put("open duplicates", (long) store.potentialDuplicates().open().size());
        for (ShelterId id : world.shelters()) {
            all.put("shelter " + id, store.shelters().find(id).orElseThrow().version());
        }
        for (BeneficiaryId id : world.beneficiaries()) {
            all.put(
                    "beneficiary " + id,
                    store.beneficiaries().find(id).orElseThrow().version());
            for (Stay stay : store.stays().forBeneficiary(id)) {
                all.put("stay " + stay.id(), stay.version());
            }
            for (Repatriation r : store.repatriations().forBeneficiary(id)) {
                all.put("repatriation " + r.id(), r.version());
            }
        }
        return all;
    }
}
