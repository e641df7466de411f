package id.pulih.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.Desk;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.Person;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PulihException;
import id.pulih.shared.RegionLevel;
import id.pulih.testkit.CaseWorld;
import id.pulih.testkit.PulihGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Erasure over generated histories: after it, no name, NIK, family card or phone of the person is readable through
 * any list or trail, and every count of the reports is what it was.
 */
class ErasureProperties {
    @Test
    void erasureLeavesNothingOfThePersonReadableAndTheCountsUnchanged() {
        qt().withExamples(60).forAll(PulihGen.caseCommands()).checkAssert(history -> {
            CaseWorld world = CaseWorld.create();
            history.forEach(world::apply);
            if (world.beneficiaries().isEmpty()) {
                return;
            }
            Desk desk = world.pulih().as(CaseWorld.operator());
            Beneficiary b = world.survivor(world.beneficiaries().get(0));
            List<String> identifying = new ArrayList<>();
            for (BeneficiaryId id : desk.cases().get(b.id()).mergedFrom()) {
                identifying.addAll(
                        identifiers(world.store().beneficiaries().find(id).orElseThrow()));
            }
            identifying.addAll(identifiers(b));
            var origins = desk.reports().beneficiariesByOrigin(RegionLevel.REGENCY);
            var outcomes = desk.reports().outcomes();
            try {
                desk.privacy().erase(b.id(), "erasure request granted");
            } catch (PulihException inFlight) {
                assertThat(inFlight.code()).isEqualTo("erasure.payment-in-flight");
                return;
            }
            List<BeneficiaryId> erased = new ArrayList<>(b.mergedFrom());
            erased.add(b.id());
            String readable = desk.cases().list(Optional.empty(), 10_000).stream()
                            .filter(listed -> erased.contains(listed.id()))
                            .toList()
                            .toString()
                    + desk.oversight().auditTrail("beneficiary", b.id().toString())
                    + world.store().beneficiaries().find(b.id()).orElseThrow()
                    + world.store().stays().forBeneficiary(b.id())
                    + world.store().followUps().forBeneficiary(b.id());
            for (String text : identifying) {
                assertThat(readable).as("after erasure of %s", b.id()).doesNotContain(text);
            }
            for (BeneficiaryId id : erased) {
                assertThat(world.store().beneficiaries().find(id).orElseThrow().name())
                        .isEqualTo(Person.ERASED_NAME);
            }
            assertThat(desk.reports().beneficiariesByOrigin(RegionLevel.REGENCY))
                    .isEqualTo(origins);
            assertThat(desk.reports().outcomes()).isEqualTo(outcomes);
        });
    }

    /** The name and the whole identifiers of a record, as text that must not be found. */
    private static List<String> identifiers(Beneficiary b) {
        List<String> all = new ArrayList<>();
        // a name of one to three letters is part of ordinary words ("A" of "AuditEntry"): the name itself is
        // checked as a field above; longer names must be nowhere in the text
        if (b.name().value().length() > 3) {
            all.add(b.name().value());
        }
        b.nik().ifPresent(n -> all.add(n.value()));
        b.familyCard().ifPresent(n -> all.add(n.value()));
        b.phone().ifPresent(p -> all.add(p.e164()));
        return all;
    }
}
