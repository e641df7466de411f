package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.report.statistics.AgeBand;
import id.pulih.report.statistics.Generalisation;
import id.pulih.report.statistics.HtcdsField;
import id.pulih.report.statistics.KAnonymity;
import id.pulih.report.statistics.QuasiIdentifiers;
import id.pulih.report.statistics.StatisticalRecord;
import id.pulih.report.statistics.StatisticsSummary;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    private static final List<String> FIRST = List.of("Siti", "Nur", "Dewi", "Rina", "Wati", "Yuli", "Ani", "Sri");
    private static final List<String> SECOND = List.of("Aminah", "Hasanah", "Lestari", "Rahayu", "Kurniasih");

    private final Fixtures f = new Fixtures();
    private int registered;

    /** Registers {@code n} people of one kind, each with a name and birth day of their own. */
    private void register(int n, Sex sex, int birthYear, String origin, String country) {
        for (int i = 0; i < n; i++) {
            int at = registered++;
            f.pulih
                    .as(HQ)
                    .cases()
                    .register(intake().name(
                                    FIRST.get(at % FIRST.size()) + " " + SECOND.get(at / FIRST.size() % SECOND.size())
                                            + " " + FIRST.get(at / 40 % FIRST.size()))
                            .sex(sex)
                            .birthDate(LocalDate.of(birthYear, 1 + at % 12, 1 + at % 28))
                            .originRegion(origin)
                            .returnCountry(country)
                            .returnDate(LocalDate.of(2020, 3, 1))
                            .exploitation(Set.of(ExploitationType.FORCED_LABOUR))
                            .control(Set.of(MeansOfControl.DEBT_BONDAGE, MeansOfControl.WITHHOLDS_DOCUMENTS))
                            .sector(LabourSector.DOMESTIC_WORK)
                            .recruiter(RecruiterRelation.RECRUITMENT_AGENT)
                            .build());
        }
    }

    /**
     * 12 women of 25 to 29 from Lombok Tengah (kept), 6 + 6 men of 30 to 34 and 35 to 39 from Kupang (together in 30
     * to 39), 5 + 6 women of 25 to 29 from Lombok Barat and Lombok Timur (together in the province, 20 to 29), 3
     * women back from Saudi Arabia (suppressed).
     */
    private void population() {
        register(12, Sex.FEMALE, 1991, "52.02", "MY");
        register(6, Sex.MALE, 1986, "53.01", "MY");
        register(6, Sex.MALE, 1983, "53.01", "MY");
        register(5, Sex.FEMALE, 1991, "52.01", "MY");
        register(6, Sex.FEMALE, 1991, "52.03", "MY");
        register(3, Sex.FEMALE, 1991, "52.02", "SA");
    }

    private static QuasiIdentifiers published(Sex sex, int from, int to, OptionalInt month, String region) {
        return new QuasiIdentifiers(sex, new AgeBand(from, to), 2020, month, "MYS", RegionCode.of(region));
    }

    @Test
    void generalisesRareCombinationsStepByStepAndSuppressesWhatStaysRare() {
        population();
        List<StatisticalRecord> rows = new ArrayList<>();

        StatisticsSummary summary = f.pulih.as(HQ).reports().statistics(KAnonymity.DEFAULT_K, rows::add);

        assertThat(summary.records()).isEqualTo(38);
        assertThat(summary.kept()).isEqualTo(12);
        assertThat(summary.generalised()).isEqualTo(23);
        assertThat(summary.suppressed()).isEqualTo(3);
        assertThat(summary.byStep())
                .containsEntry(Generalisation.NONE, 12L)
                .containsEntry(Generalisation.YEAR, 0L)
                .containsEntry(Generalisation.AGE_DECADE, 12L)
                .containsEntry(Generalisation.PROVINCE, 11L);
        assertThat(summary.combinations()).isEqualTo(3);
        Map<QuasiIdentifiers, Long> classes =
                rows.stream().collect(Collectors.groupingBy(StatisticalRecord::identifiers, Collectors.counting()));
        assertThat(classes)
                .containsOnly(
                        Map.entry(published(Sex.FEMALE, 25, 29, OptionalInt.of(6), "52.02"), 12L),
                        Map.entry(published(Sex.MALE, 30, 39, OptionalInt.empty(), "53.01"), 12L),
                        Map.entry(published(Sex.FEMALE, 20, 29, OptionalInt.empty(), "52"), 11L));
    }

    @Test
    void publishesHtcdsCodesAndNoIdentifyingDetail() {
        population();
        List<StatisticalRecord> rows = new ArrayList<>();
        f.pulih.as(HQ).reports().statistics(11, rows::add);

        Function<HtcdsField, Object> first = field -> rows.get(0).value(field);
        assertThat(first.apply(HtcdsField.CITIZENSHIP)).isEqualTo("IDN");
        assertThat(first.apply(HtcdsField.COUNTRY_OF_EXPLOITATION)).isEqualTo("MYS");
        assertThat(first.apply(HtcdsField.TYPE_OF_EXPLOITATION)).isEqualTo(List.of("ForcedLabour"));
        assertThat(first.apply(HtcdsField.METHODS_OF_CONTROL)).isEqualTo(List.of("DebtBondage", "WithholdsDocuments"));
        assertThat(first.apply(HtcdsField.FORCED_LABOUR_INDUSTRY)).isEqualTo("T_ActivitiesOfHouseholdsAsEmployers");
        assertThat(first.apply(HtcdsField.RELATIONSHIP_TO_TRAFFICKER)).isEqualTo("Unaquainted");
        assertThat(rows).allSatisfy(r -> assertThat(r.toString()).doesNotContain("Siti", "Aminah"));
    }

    @Test
    void rowsComeGroupedByCombinationNotInTheOrderPeopleWereRegistered() {
        population();
        List<StatisticalRecord> rows = new ArrayList<>();
        f.pulih.as(HQ).reports().statistics(11, rows::add);

        // the registration order interleaves nothing, so only a sorted output keeps each class together
        List<QuasiIdentifiers> order =
                rows.stream().map(StatisticalRecord::identifiers).distinct().toList();
        assertThat(order).hasSize(3);
        for (int i = 1; i < rows.size(); i++) {
            int previous = order.indexOf(rows.get(i - 1).identifiers());
            assertThat(order.indexOf(rows.get(i).identifiers())).isGreaterThanOrEqualTo(previous);
        }
    }

    @Test
    void aRegencyOfficeExportsOnlyItsOwnCases() {
        population();
        List<StatisticalRecord> rows = new ArrayList<>();

        StatisticsSummary summary = f.pulih.as(LOMBOK_TENGAH).reports().statistics(11, rows::add);

        assertThat(summary.records()).isEqualTo(15);
        assertThat(summary.kept()).isEqualTo(12);
        assertThat(summary.suppressed()).isEqualTo(3);
        assertThat(rows).allSatisfy(r -> assertThat(r.identifiers().region()).isEqualTo(RegionCode.of("52.02")));
    }

    @Test
    void aLowerKKeepsMoreDetail() {
        population();

        StatisticsSummary summary = f.pulih.as(HQ).reports().statistics(3, r -> {});

        assertThat(summary.kept()).isEqualTo(38);
        assertThat(summary.suppressed()).isZero();
    }

    @Test
    void refusesAKThatProtectsNobody() {
        assertThatThrownBy(() -> f.pulih.as(HQ).reports().statistics(1, r -> {}))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("statistics.k"));
    }
}
