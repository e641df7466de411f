package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.BOGOR;
import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.MatchBlock;
import id.pulih.beneficiary.MatchProfile;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of the look-ups behind duplicate scoring and households ({@link Beneficiaries#findMatchCandidates},
 * {@link Beneficiaries#findByFamilyCard}): exactly the active records of a block (same regency and born within a year,
 * or the same family card), each once, oldest first; the index follows every update and every rollback.
 */
public abstract class MatchCandidatesContract extends PortContract {
    private static final FamilyCardNumber CARD = FamilyCardNumber.of("3201011503100001");
    private static final FamilyCardNumber OTHER_CARD = FamilyCardNumber.of("3201011503100002");
    private static final BirthDate BORN = BirthDate.exact(LocalDate.of(1990, 7, 5));

    /** For subclasses. */
    protected MatchCandidatesContract() {}

    private Beneficiaries beneficiaries() {
        return store().beneficiaries();
    }

    private Beneficiary save(String name, BirthDate born, RegionCode origin, FamilyCardNumber card, long second) {
        return beneficiaries().save(register(PersonName.of(name), born, origin, null, card, T0.plusSeconds(second)));
    }

    private static BirthDate year(int year) {
        return BirthDate.exact(LocalDate.of(year, 3, 1));
    }

    private static List<BeneficiaryId> ids(List<MatchProfile> profiles) {
        return profiles.stream().map(MatchProfile::id).toList();
    }

    @Test
    void findsTheRegencyBornWithinAYearOldestFirst() {
        // saved newest first, so a store that returns insertion order fails
        Beneficiary yearAfter = save("Siti Rahmah", year(1991), BOGOR, null, 300);
        Beneficiary finerOrigin = save("Sity Aminnah", year(1990), RegionCode.of("32.01.01"), null, 200);
        Beneficiary yearBefore = save("Siti Aminah binti Lalu", year(1989), BOGOR, null, 100);
        Beneficiary sameYear = save("SITI Âminah", BORN, BOGOR, null, 0);
        save("Siti Aminah", year(1988), BOGOR, null, 0);
        save("Siti Aminah", year(1992), BOGOR, null, 0);
        save("Siti Aminah", BORN, RegionCode.of("32.02"), null, 0);
        Beneficiary otherName = save("Aminah", BORN, BOGOR, null, 150);
        Beneficiary merged = save("Siti Aminah", BORN, BOGOR, null, 50);
        beneficiaries().save(merged.mergeInto(sameYear.id()));

        MatchBlock block = new MatchBlock(BOGOR, 1990, Optional.empty());

        assertThat(ids(beneficiaries().findMatchCandidates(block)))
                .containsExactly(sameYear.id(), yearBefore.id(), otherName.id(), finerOrigin.id(), yearAfter.id());
    }

    @Test
    void profilesCarryWhatScoringReads() {
        Beneficiary b = save("Siti Aminah", BirthDate.estimatedYear(1990), RegionCode.of("32.01.01"), CARD, 0);

        List<MatchProfile> found = beneficiaries().findMatchCandidates(MatchBlock.of(MatchProfile.of(b)));

        assertThat(found).containsExactly(MatchProfile.of(b));
        assertThat(found.get(0).regency()).isEqualTo(BOGOR);
        assertThat(found.get(0).birth().estimated()).isTrue();
        assertThat(found.get(0).familyCard()).contains(CARD);
    }

    @Test
    void theFamilyCardAddsItsHoldersFromAnyRegencyAndYearEachOnce() {
        Beneficiary sibling = save("Lalu Ahmad", year(1975), RegionCode.of("52.02"), CARD, 0);
        Beneficiary both = save("Siti Aminah", BORN, BOGOR, CARD, 10);
        save("Lalu Hamid", year(1975), RegionCode.of("52.02"), OTHER_CARD, 20);

        MatchBlock block = new MatchBlock(BOGOR, 1990, Optional.of(CARD));

        assertThat(ids(beneficiaries().findMatchCandidates(block))).containsExactly(sibling.id(), both.id());
    }

    @Test
    void manyBlocksAtOnceAnswerEachBlockAlone() {
        Beneficiary siti = save("Siti Aminah", year(1989), BOGOR, null, 0);
        Beneficiary dewi = save("Dewi Lestari", year(1991), BOGOR, CARD, 10);
        Beneficiary lalu = save("Lalu Ahmad", year(1975), RegionCode.of("52.02"), CARD, 20);
        MatchBlock s = new MatchBlock(BOGOR, 1990, Optional.empty());
        MatchBlock d = new MatchBlock(BOGOR, 1992, Optional.empty());
        MatchBlock card = new MatchBlock(RegionCode.of("31.75"), 2000, Optional.of(CARD));
        MatchBlock none = new MatchBlock(RegionCode.of("31.75"), 2000, Optional.empty());

        Map<MatchBlock, List<MatchProfile>> found = beneficiaries().findMatchCandidates(List.of(s, d, card, none));

        assertThat(found).containsOnlyKeys(s, d, card);
        assertThat(ids(found.get(s))).containsExactly(siti.id(), dewi.id());
        assertThat(ids(found.get(d))).containsExactly(dewi.id());
        assertThat(ids(found.get(card))).containsExactly(dewi.id(), lalu.id());
        assertThat(beneficiaries().findMatchCandidates(none)).isNotNull().isEmpty();
    }

    @Test
    void theIndexFollowsAnUpdate() {
        Beneficiary moved = save("Siti Aminah", BORN, BOGOR, CARD, 0);
        Beneficiary corrected = Beneficiary.rebuild(
                moved.id(),
                new id.pulih.beneficiary.Person(
                        moved.name(),
                        moved.sex(),
                        year(1970),
                        Optional.empty(),
                        Optional.of(OTHER_CARD),
                        moved.documentStatus(),
                        RegionCode.of("52.02"),
                        Optional.empty()),
                moved.returnInfo(),
                moved.profile(),
                moved.caseHistory(),
                moved.registeredBy(),
                moved.registeredAt(),
                moved.version());
        beneficiaries().save(corrected);

        assertThat(beneficiaries().findMatchCandidates(new MatchBlock(BOGOR, 1990, Optional.of(CARD))))
                .isEmpty();
        assertThat(beneficiaries().findByFamilyCard(CARD)).isEmpty();
        assertThat(ids(beneficiaries()
                        .findMatchCandidates(new MatchBlock(RegionCode.of("52.02"), 1971, Optional.empty()))))
                .containsExactly(moved.id());
        assertThat(beneficiaries().findByFamilyCard(OTHER_CARD))
                .extracting(Beneficiary::id)
                .containsExactly(moved.id());
    }

    @Test
    void aRolledBackSaveLeavesNoTraceInTheIndex() {
        assertThatThrownBy(() -> store().inTransaction(() -> {
                    save("Siti Aminah", BORN, BOGOR, CARD, 0);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(beneficiaries().findMatchCandidates(new MatchBlock(BOGOR, 1990, Optional.of(CARD))))
                .isEmpty();
        assertThat(beneficiaries().findByFamilyCard(CARD)).isEmpty();
    }

    @Test
    void findByFamilyCardListsTheActiveMembersOldestFirst() {
        Beneficiary child = save("Baiq Nurhasanah", year(2010), RegionCode.of("52.02"), CARD, 200);
        Beneficiary mother = save("Siti Aminah", BORN, BOGOR, CARD, 100);
        Beneficiary again = save("Siti Aminah", BORN, BOGOR, CARD, 300);
        beneficiaries().save(again.mergeInto(mother.id()));
        save("Dewi Lestari", BORN, BOGOR, OTHER_CARD, 0);
        save("Dewi Lestari", BORN, BOGOR, null, 0);

        assertThat(beneficiaries().findByFamilyCard(CARD))
                .extracting(Beneficiary::id)
                .containsExactly(mother.id(), child.id());
        assertThat(beneficiaries().findByFamilyCard(FamilyCardNumber.of("3201011503100009")))
                .isNotNull()
                .isEmpty();
    }
}
