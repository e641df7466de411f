package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.audit.AccessLogEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdTest {
    private static final String CARD = "5202011503100001";

    private final Fixtures f = new Fixtures();

    private BeneficiaryId member(String name, String origin, LocalDate born) {
        return f.pulih
                .as(HQ)
                .cases()
                .register(intake().name(name)
                        .originRegion(origin)
                        .birthDate(born)
                        .familyCardNumber(CARD)
                        .build())
                .beneficiary()
                .id();
    }

    @Test
    void listsTheMembersOfAFamilyCardThatTheOfficerCoversAndLogsEachRead() {
        BeneficiaryId mother = member("Siti Aminah", "52.02.01", LocalDate.of(1975, 7, 5));
        f.clock.advance(java.time.Duration.ofMinutes(1));
        BeneficiaryId daughter = member("Baiq Nurhasanah", "52.02.01", LocalDate.of(2001, 1, 9));
        f.clock.advance(java.time.Duration.ofMinutes(1));
        member("Lalu Ahmad", "53.01", LocalDate.of(1972, 2, 1));
        f.pulih.as(HQ).cases().register(intake().name("Dewi Lestari").build());

        List<Beneficiary> seen = f.pulih.as(LOMBOK_TENGAH).cases().household(FamilyCardNumber.of(CARD));

        assertThat(seen).extracting(Beneficiary::id).containsExactly(mother, daughter);
        List<AccessLogEntry> reads = f.pulih.store().accessLog().byActor(LOMBOK_TENGAH.id());
        assertThat(reads).extracting(AccessLogEntry::beneficiary).containsExactlyInAnyOrder(mother, daughter);
        assertThat(reads).allSatisfy(e -> assertThat(e.action()).isEqualTo("case.household"));
        assertThat(f.pulih.as(KUPANG).cases().household(FamilyCardNumber.of(CARD)))
                .hasSize(1);
        assertThat(f.pulih.as(HQ).cases().household(FamilyCardNumber.of("5202011503100002")))
                .isEmpty();
    }

    @Test
    void aMergedRegistrationIsNotListedTwice() {
        BeneficiaryId first = member("Siti Aminah", "52.02.01", LocalDate.of(1975, 7, 5));
        Registration second = f.pulih
                .as(HQ)
                .cases()
                .register(intake().name("Siti Aminah")
                        .birthDate(LocalDate.of(1975, 7, 5))
                        .familyCardNumber(CARD)
                        .build());
        f.pulih.as(HQ_SUPERVISOR).cases().merge(second.duplicates().get(0).id(), first);

        assertThat(f.pulih.as(HQ).cases().household(FamilyCardNumber.of(CARD)))
                .extracting(Beneficiary::id)
                .containsExactly(first);
    }
}
