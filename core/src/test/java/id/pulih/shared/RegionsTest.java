package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsTest {
    private final Regions regions = Regions.official();

    @Test
    void namesLombokTengah() {
        assertThat(regions.name(RegionCode.of("52.02"))).contains("Kabupaten Lombok Tengah");
        assertThat(regions.find(RegionCode.of("5202")))
                .contains(new Region(RegionCode.of("52.02"), "Kabupaten Lombok Tengah"));
        assertThat(regions.exists(RegionCode.of("52.02"))).isTrue();
    }

    @Test
    void holdsTheWholeKemendagriList() {
        assertThat(regions.provinces()).hasSize(38);
        assertThat(regions.all(RegionLevel.PROVINCE)).hasSize(38);
        assertThat(regions.all(RegionLevel.REGENCY)).hasSize(514);
        assertThat(regions.all(RegionLevel.DISTRICT)).hasSize(7_285);
        assertThat(regions.all(RegionLevel.VILLAGE)).hasSize(83_762);
    }

    @Test
    void findsTarusVillage() {
        RegionCode tarus = RegionCode.of("53.01.08.1007");
        assertThat(regions.name(tarus)).contains("Tarus");
        assertThat(regions.find(tarus).map(Region::level)).contains(RegionLevel.VILLAGE);
        assertThat(regions.children(RegionCode.of("53.01.08")))
                .extracting(Region::code)
                .contains(tarus);
    }

    @Test
    void readsQuotedNamesWithCommasAndQuotes() {
        assertThat(regions.name(RegionCode.of("12.07.28.1007"))).contains("Lubuk Pakam I,II");
        assertThat(regions.name(RegionCode.of("35.29.22"))).contains("Ra\"as");
        assertThat(regions.name(RegionCode.of("53.07.01.2021"))).contains("Regapu’u");
    }

    @Test
    void unknownCodesAreAbsent() {
        assertThat(regions.find(RegionCode.of("99"))).isEmpty();
        assertThat(regions.name(RegionCode.of("52.99"))).isEmpty();
        assertThat(regions.exists(RegionCode.of("52.02.99.9999"))).isFalse();
        assertThat(regions.children(RegionCode.of("99"))).isEmpty();
    }

    @Test
    void requireRefusesUnknownCodeWithRegionUnknown() {
        assertThat(regions.require(RegionCode.of("52")).name()).isEqualTo("Nusa Tenggara Barat");
        assertThatThrownBy(() -> regions.require(RegionCode.of("52.99")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("region.unknown"))
                .hasMessageContaining("52.99");
    }

    @Test
    void childrenAreTheNextLevelSortedByCode() {
        List<Region> ntb = regions.children(RegionCode.of("52"));
        assertThat(ntb).extracting(Region::code).isSorted().allMatch(code -> code.level() == RegionLevel.REGENCY);
        assertThat(ntb)
                .extracting(Region::name)
                .contains("Kabupaten Lombok Barat", "Kabupaten Lombok Tengah", "Kota Mataram");
        assertThat(ntb).hasSize(10);

        List<Region> lombokTengah = regions.children(RegionCode.of("52.02"));
        assertThat(lombokTengah).first().isEqualTo(new Region(RegionCode.of("52.02.01"), "Praya"));
        assertThat(lombokTengah).allMatch(district -> RegionCode.of("52.02").contains(district.code()));

        assertThat(regions.children(RegionCode.of("52.02.01")))
                .isNotEmpty()
                .allMatch(village -> village.level() == RegionLevel.VILLAGE);
        assertThat(regions.children(RegionCode.of("53.01.08.1007"))).isEmpty();
    }

    @Test
    void childrenOfLastProvinceAndRegencyStopAtTheEnd() {
        Region lastDistrict = regions.all(RegionLevel.DISTRICT).get(7_284);
        assertThat(regions.children(lastDistrict.code())).isNotEmpty();
        Region lastProvince = regions.provinces().get(37);
        assertThat(regions.children(lastProvince.code())).isNotEmpty();
    }

    @Test
    void searchFindsLombokByLevelThenCode() {
        List<Region> found = regions.search("lombok");
        assertThat(found)
                .extracting(Region::code)
                .startsWith(
                        RegionCode.of("52.01"), RegionCode.of("52.02"), RegionCode.of("52.03"), RegionCode.of("52.08"));
        assertThat(found).extracting(Region::level).isSorted();
        assertThat(found)
                .allMatch(region ->
                        region.name().toLowerCase(java.util.Locale.ROOT).contains("lombok"));
    }

    @Test
    void searchIgnoresCaseAccentsAndApostropheKind() {
        assertThat(regions.search("LOMBOK TENGAH")).extracting(Region::code).contains(RegionCode.of("52.02"));
        assertThat(regions.search("tárus")).extracting(Region::code).contains(RegionCode.of("53.01.08.1007"));
        assertThat(regions.search("  Bambu Apus ")).extracting(Region::name).containsOnly("Bambu Apus");
        assertThat(regions.search("regapu'u")).extracting(Region::code).contains(RegionCode.of("53.07.01.2021"));
    }

    @Test
    void searchForBlankTextFindsNothing() {
        assertThat(regions.search(" ")).isEmpty();
    }

    @Test
    void listsAreUnmodifiable() {
        assertThatThrownBy(() -> regions.provinces().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> regions.children(RegionCode.of("52")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyRegionsParentIsInTheListAndListsItAsChild() {
        for (RegionLevel level : RegionLevel.values()) {
            for (Region region : regions.all(level)) {
                region.code().parent().ifPresent(parent -> {
                    assertThat(regions.exists(parent))
                            .as("parent of %s", region.code())
                            .isTrue();
                });
            }
        }
        int listedAsChildren = 0;
        for (RegionLevel level : List.of(RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT)) {
            for (Region region : regions.all(level)) {
                listedAsChildren += regions.children(region.code()).size();
            }
        }
        assertThat(listedAsChildren).isEqualTo(514 + 7_285 + 83_762);
    }

    @Test
    void bundlesTheOdblLicenceAndAttributionBesideTheData() throws IOException {
        try (InputStream licence = Regions.class.getResourceAsStream("regions/LICENSE.md");
                InputStream notice = Regions.class.getResourceAsStream("regions/README.md")) {
            assertThat(licence).isNotNull();
            assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("Open Database License");
            assertThat(notice).isNotNull();
            assertThat(new String(notice.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("Indonesian administrative area data from idn-area-data, ODbL 1.0");
        }
    }

    @Test
    void isOneSharedInstance() {
        assertThat(Regions.official()).isSameAs(regions);
    }
}
