package id.pulih;

import static id.pulih.testkit.PulihGen.caseCommands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ShelterId;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import id.pulih.testkit.CaseCommand;
import id.pulih.testkit.CaseWorld;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShelterProperties {

    @Test
    void noSequenceOfOperationsOverfillsAShelter() {
        qt().forAll(caseCommands()).checkAssert(commands -> {
            CaseWorld world = CaseWorld.create();
            for (CaseCommand command : commands) {
                Steps.apply(world, command);
                List<Stay> stays = allStays(world);
                for (ShelterId id : world.shelters()) {
                    Shelter shelter = world.store().shelters().find(id).orElseThrow();
                    long open = stays.stream()
                            .filter(s -> s.isOpen() && s.shelter().equals(id))
                            .count();
                    assertThat(shelter.occupied())
                            .as("%s after %s", shelter, command)
                            .isLessThanOrEqualTo(shelter.capacity())
                            .isEqualTo(open)
                            .isEqualTo(world.store().stays().occupancyOn(id, CaseWorld.TODAY));
                }
            }
        });
    }

    @Test
    void nobodyEverHasTwoOpenStays() {
        qt().forAll(caseCommands()).checkAssert(commands -> {
            CaseWorld world = CaseWorld.create();
            for (CaseCommand command : commands) {
                Steps.apply(world, command);
                for (BeneficiaryId id : world.beneficiaries()) {
                    assertThat(world.store().stays().forBeneficiary(id))
                            .as("open stays of %s after %s", id, command)
                            .filteredOn(Stay::isOpen)
                            .hasSizeLessThanOrEqualTo(1);
                }
            }
        });
    }

    static List<Stay> allStays(CaseWorld world) {
        Store store = world.store();
        List<Stay> all = new ArrayList<>();
        for (BeneficiaryId id : world.beneficiaries()) {
            all.addAll(store.stays().forBeneficiary(id));
        }
        return all;
    }
}
