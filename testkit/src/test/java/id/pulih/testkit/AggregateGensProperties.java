package id.pulih.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.beneficiary.CaseStatus;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationState;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.Stay;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class AggregateGensProperties {
    @Test
    void everyOptionalPartOfABeneficiaryIsSometimesPresentAndSometimesAbsent() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        qt().forAll(PulihGen.beneficiaries()).checkAssert(b -> {
            assertThat(b.version()).isZero();
            seen.add("nik " + b.nik().isPresent());
            seen.add("familyCard " + b.familyCard().isPresent());
            seen.add("phone " + b.phone().isPresent());
            seen.add("consents " + !b.consents().isEmpty());
            seen.add("assessments " + !b.assessments().isEmpty());
            seen.add("mergedFrom " + !b.mergedFrom().isEmpty());
            seen.add("mergedInto " + b.mergedInto().isPresent());
            seen.add("estimated " + b.birth().estimated());
            seen.add("outcome " + b.outcome().isPresent());
            seen.add("reopened " + b.history().stream().anyMatch(c -> c.from() == CaseStatus.CLOSED));
            seen.add("registeredBy " + b.registeredBy().getClass().getSimpleName());
            seen.add("status " + b.status());
        });
        for (String part : new String[] {
            "nik",
            "familyCard",
            "phone",
            "consents",
            "assessments",
            "mergedFrom",
            "mergedInto",
            "estimated",
            "outcome",
            "reopened"
        }) {
            assertThat(seen).as(part).contains(part + " true", part + " false");
        }
        assertThat(seen)
                .contains(
                        "registeredBy National",
                        "registeredBy Province",
                        "registeredBy Regency",
                        "registeredBy AtShelter",
                        "registeredBy Partner");
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(seen).contains("status " + status);
        }
    }

    @Test
    void aMergedBeneficiaryHoldsNoNikAndAClosedOneHasAnOutcome() {
        qt().forAll(PulihGen.beneficiaries()).checkAssert(b -> {
            if (b.mergedInto().isPresent()) {
                assertThat(b.nik()).isEmpty();
            }
            if (b.status() == CaseStatus.CLOSED) {
                assertThat(b.outcome()).isPresent();
            }
            assertThat(b.history().get(0).to()).isEqualTo(CaseStatus.REGISTERED);
        });
    }

    @Test
    void everyGeneratedInstantIsWholeMicroseconds() {
        qt().forAll(PulihGen.beneficiaries(), PulihGen.auditEntries()).checkAssert((b, entry) -> {
            assertWholeMicros(b.registeredAt());
            b.history().forEach(change -> assertWholeMicros(change.at()));
            assertWholeMicros(entry.at());
        });
    }

    @Test
    void staysComeOpenDischargedAndTransferredWithServicesDuringTheStay() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        qt().forAll(PulihGen.stays()).checkAssert(stay -> {
            seen.add(kind(stay));
            seen.add("services " + !stay.services().isEmpty());
            stay.services().forEach(s -> assertThat(s.date()).isAfterOrEqualTo(stay.admittedOn()));
            assertThat(stay.transferredTo().isPresent())
                    .isEqualTo(stay.dischargeReason().orElse(null) == DischargeReason.TRANSFERRED);
        });
        assertThat(seen).contains("open", "discharged", "transferred", "services true", "services false");
    }

    @Test
    void repatriationsComeInEveryState() {
        Set<RepatriationState> seen = ConcurrentHashMap.newKeySet();
        qt().forAll(PulihGen.repatriations()).checkAssert((Repatriation r) -> {
            seen.add(r.state());
            assertThat(r.handover().isPresent()).isEqualTo(r.state() == RepatriationState.HANDED_OVER);
        });
        assertThat(seen).containsExactlyInAnyOrder(RepatriationState.values());
    }

    @Test
    void shelterOccupancyIsWithinCapacity() {
        qt().forAll(PulihGen.shelters()).checkAssert(shelter -> {
            assertThat(shelter.occupied()).isBetween(0, shelter.capacity());
            assertThat(shelter.name()).isNotBlank();
        });
    }

    private static String kind(Stay stay) {
        if (stay.isOpen()) {
            return "open";
        }
        return stay.transferredTo().isPresent() ? "transferred" : "discharged";
    }

    private static void assertWholeMicros(Instant instant) {
        assertThat(instant.getNano() % 1_000)
                .as("nanoseconds beyond the microsecond")
                .isZero();
    }
}
