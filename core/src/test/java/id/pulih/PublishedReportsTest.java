package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.report.publication.PublishedReports;
import id.pulih.report.publication.PublishedTable;
import id.pulih.report.publication.SmallCells;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedReportsTest {
    private final Fixtures f = new Fixtures();
    private int registered;

    private void register(int n, String origin, int returnYear) {
        for (int i = 0; i < n; i++) {
            int at = registered++;
            f.pulih
                    .as(HQ)
                    .cases()
                    .register(intake().name("Siti " + (char) ('A' + at % 26) + (char) ('a' + at / 26))
                            .sex(Sex.FEMALE)
                            .birthDate(LocalDate.of(1980 + at % 20, 1 + at % 12, 1 + at % 28))
                            .originRegion(origin)
                            .returnDate(LocalDate.of(returnYear, 3, 1))
                            .build());
        }
    }

    private static List<Object> row(PublishedTable table, Object first) {
        return table.rows().stream()
                .filter(r -> first.equals(r.get(0)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSmallRegencyIsShownAsBelowTheThresholdAndTheNextSmallestIsWithheldWithIt() {
        register(20, "52.03", 2019);
        register(12, "52.02", 2019);
        register(3, "52.01", 2020);
        PublishedReports published = PublishedReports.of(f.pulih.as(HQ).reports(), SmallCells.DEFAULT_THRESHOLD);

        PublishedTable regencies = published.beneficiariesByOrigin(RegionLevel.REGENCY);

        assertThat(row(regencies, RegionCode.of("52.01")).get(2)).hasToString("<11");
        assertThat(row(regencies, RegionCode.of("52.02")).get(2)).hasToString("x");
        assertThat(row(regencies, RegionCode.of("52.03")).get(2)).isEqualTo(20L);
        assertThat(regencies.withheld()).isEqualTo(2);
        assertThat(published.beneficiariesByOrigin(RegionLevel.PROVINCE).rows())
                .singleElement()
                .satisfies(r -> assertThat(r.get(2)).isEqualTo(35L));
        PublishedTable years = published.beneficiariesByReturnYear();
        assertThat(row(years, 2020).get(1)).hasToString("<11");
        assertThat(row(years, 2019).get(1)).hasToString("x");
    }

    @Test
    void aThresholdOfTwoShowsEveryCountButNone() {
        register(3, "52.01", 2020);
        register(1, "52.02", 2020);
        register(12, "52.03", 2020);

        PublishedTable regencies =
                PublishedReports.of(f.pulih.as(HQ).reports(), 2).beneficiariesByOrigin(RegionLevel.REGENCY);

        assertThat(row(regencies, RegionCode.of("52.02")).get(2)).hasToString("<2");
        assertThat(row(regencies, RegionCode.of("52.01")).get(2)).hasToString("x");
        assertThat(row(regencies, RegionCode.of("52.03")).get(2)).isEqualTo(12L);
    }

    @Test
    void refusesAThresholdThatProtectsNobody() {
        assertThatThrownBy(() -> PublishedReports.of(f.pulih.as(HQ).reports(), 1))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("publication.threshold"));
    }
}
