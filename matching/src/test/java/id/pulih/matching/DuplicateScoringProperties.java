package id.pulih.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.DuplicateScore;
import id.pulih.beneficiary.DuplicateScoring;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.MatchProfile;
import id.pulih.beneficiary.NameSimilarity;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The rules of duplicate scoring over many generated pairs of Indonesian names and their variants (typing errors,
 * words joined or split, a {@code binti} tail, case), birth dates, regencies and family cards: the score is symmetric,
 * lies in [0, 1], is 1 for a record and itself and never higher for another record, and raising the threshold never
 * flags more, neither pair by pair nor through the engine.
 */
class DuplicateScoringProperties {
    private static final List<String> WORDS = List.of(
            "Siti",
            "Aminah",
            "Rahmah",
            "Baiq",
            "Nur",
            "Hasanah",
            "Lalu",
            "Ahmad",
            "Hamid",
            "Dewi",
            "Lestari",
            "Sartika",
            "Ni",
            "Made",
            "Ayu",
            "Wayan",
            "Muhammad",
            "Yusuf",
            "Yunus",
            "Fitriani",
            "Kartini",
            "Agus");
    private static final List<RegionCode> REGENCIES =
            List.of(RegionCode.of("52.02"), RegionCode.of("52.01"), RegionCode.of("53.01"));
    private static final List<FamilyCardNumber> CARDS =
            List.of(FamilyCardNumber.of("5202011503100001"), FamilyCardNumber.of("5202011503100002"));
    private static final NameSimilarity JARO_WINKLER = new JaroWinklerNameSimilarity();

    /** A name of one to three words from the list. */
    static Gen<String> names() {
        return lists().of(integers().between(0, WORDS.size() - 1))
                .ofSizeBetween(1, 3)
                .map(picks -> String.join(" ", picks.stream().map(WORDS::get).toList()));
    }

    /** A name and, often, a variant of it as another office might write it. */
    static Gen<String> variantOf(String name) {
        return integers().between(0, 5).zip(integers().between(0, 1_000), (kind, at) -> switch (kind) {
            case 0 -> name;
            case 1 -> name.toUpperCase(java.util.Locale.ROOT);
            case 2 -> name + " binti Lalu";
            case 3 -> name.replaceFirst(" ", "");
            case 4 -> doubled(name, at);
            default -> dropped(name, at);
        });
    }

    private static String doubled(String name, int at) {
        int i = at % name.length();
        return Character.isLetter(name.charAt(i)) ? name.substring(0, i + 1) + name.substring(i) : name;
    }

    private static String dropped(String name, int at) {
        int i = at % name.length();
        String shorter = name.substring(0, i) + name.substring(i + 1);
        return shorter.chars().anyMatch(Character::isLetter) && !shorter.isBlank() ? shorter : name;
    }

    static Gen<MatchProfile> profiles(Gen<String> names) {
        return names.zip(
                integers().between(1988, 1992),
                integers().between(0, REGENCIES.size() - 1),
                integers().between(-1, CARDS.size() - 1),
                booleans().all(),
                (name, year, regency, card, estimated) -> new MatchProfile(
                        BeneficiaryId.next(),
                        PersonName.of(name),
                        estimated ? BirthDate.estimatedYear(year) : BirthDate.exact(LocalDate.of(year, 7, 5)),
                        REGENCIES.get(regency),
                        card < 0 ? Optional.empty() : Optional.of(CARDS.get(card)),
                        false,
                        Instant.parse("2020-03-01T00:00:00Z")));
    }

    /** Two profiles, the second's name often a variant of the first's. */
    static Gen<List<MatchProfile>> pairs() {
        return names().flatMap(name -> profiles(org.quicktheories.generators.Generate.constant(name))
                .zip(profiles(variantOf(name)), List::of));
    }

    private static DuplicateScoring scoring(double threshold) {
        return new DuplicateScoring(JARO_WINKLER, threshold);
    }

    @Test
    void theScoreIsSymmetricAndWithinZeroAndOne() {
        DuplicateScoring scoring = scoring(DuplicateScoring.DEFAULT_THRESHOLD);
        qt().forAll(pairs()).checkAssert(pair -> {
            DuplicateScore ab = scoring.score(pair.get(0), pair.get(1));
            DuplicateScore ba = scoring.score(pair.get(1), pair.get(0));
            assertThat(ab).isEqualTo(ba);
            assertThat(ab.score()).isBetween(0.0, 1.0);
            assertThat(scoring.flags(pair.get(0), pair.get(1)).isPresent())
                    .isEqualTo(scoring.flags(pair.get(1), pair.get(0)).isPresent());
        });
    }

    @Test
    void aRecordScoresHighestAgainstItself() {
        DuplicateScoring scoring = scoring(DuplicateScoring.DEFAULT_THRESHOLD);
        qt().forAll(pairs()).checkAssert(pair -> {
            MatchProfile a = pair.get(0);
            MatchProfile twin = new MatchProfile(
                    BeneficiaryId.next(), a.name(), a.birth(), a.regency(), a.familyCard(), false, a.registeredAt());
            assertThat(scoring.score(a, twin).score()).isEqualTo(1.0);
            assertThat(scoring.score(a, pair.get(1)).score()).isLessThanOrEqualTo(1.0);
            assertThat(scoring.flags(a, twin)).isPresent();
        });
    }

    @Test
    void raisingTheThresholdNeverFlagsMorePairs() {
        qt().forAll(pairs(), doubles().between(0.01, 1.0), doubles().between(0.01, 1.0))
                .checkAssert((pair, x, y) -> {
                    double low = Math.min(x, y);
                    double high = Math.max(x, y);
                    if (scoring(high).flags(pair.get(0), pair.get(1)).isPresent()) {
                        assertThat(scoring(low).flags(pair.get(0), pair.get(1))).isPresent();
                    }
                });
    }

    @Test
    void throughTheEngineAHigherThresholdFlagsASubsetOfThePairs() {
        Actor officer = Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());
        qt().withExamples(Math.max(200, Integer.getInteger("QT_EXAMPLES", 1000) / 5))
                .forAll(
                        lists().of(pairs()).ofSizeBetween(1, 3),
                        doubles().between(0.5, 1.0),
                        doubles().between(0.5, 1.0))
                .checkAssert((pairs, x, y) -> {
                    List<MatchProfile> people = new ArrayList<>();
                    pairs.forEach(people::addAll);
                    Set<List<Integer>> low = flaggedPairs(people, Math.min(x, y), officer);
                    Set<List<Integer>> high = flaggedPairs(people, Math.max(x, y), officer);
                    assertThat(low).containsAll(high);
                });
    }

    /** The pairs flagged (by position in {@code people}) when they are registered in order at a threshold. */
    private static Set<List<Integer>> flaggedPairs(List<MatchProfile> people, double threshold, Actor officer) {
        Pulih pulih = Pulih.builder()
                .nameSimilarity(JARO_WINKLER)
                .duplicateThreshold(threshold)
                .build();
        Map<BeneficiaryId, Integer> position = new HashMap<>();
        Set<List<Integer>> flagged = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            MatchProfile p = people.get(i);
            IntakeFormBuilder form = new IntakeFormBuilder()
                    .name(p.name().value())
                    .sex(Sex.FEMALE)
                    .documentStatus(DocumentStatus.LOST)
                    .originRegion(p.regency().toString())
                    .returnCountry("MY")
                    .returnDate(LocalDate.of(2020, 3, 1))
                    .entryPoint("Tanjung Pinang")
                    .returnMode(ReturnMode.DEPORTED);
            if (p.birth().estimated()) {
                form.estimatedBirthYear(p.birth().date().getYear());
            } else {
                form.birthDate(p.birth().date());
            }
            p.familyCard().ifPresent(card -> form.familyCardNumber(card.value()));
            var r = pulih.as(officer).cases().register(form.build());
            position.put(r.beneficiary().id(), i);
            for (PotentialDuplicate d : r.duplicates()) {
                flagged.add(List.of(position.get(d.registered()), position.get(d.existing())));
            }
        }
        return flagged;
    }
}
