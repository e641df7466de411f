package id.pulih.shared;

import static id.pulih.testkit.PulihGen.regionCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class RegionCodeProperties {
    private final Regions regions = Regions.official();

    @Test
    void roundTripsThroughToStringAndCompact() {
        qt().forAll(regionCodes()).checkAssert(code -> {
            assertThat(RegionCode.of(code.toString())).isEqualTo(code);
            assertThat(RegionCode.of(code.compact())).isEqualTo(code);
            assertThat(code.compact()).hasSize(code.level().digits());
        });
    }

    @Test
    void parentContainsChildButNotTheOtherWayRound() {
        qt().forAll(regionCodes()).checkAssert(code -> {
            assertThat(code.contains(code)).isTrue();
            code.parent()
                    .ifPresentOrElse(
                            parent -> {
                                assertThat(parent.contains(code)).isTrue();
                                assertThat(code.contains(parent)).isFalse();
                                assertThat(parent.level().ordinal())
                                        .isEqualTo(code.level().ordinal() - 1);
                                assertThat(parent).isLessThan(code);
                            },
                            () -> assertThat(code.level()).isEqualTo(RegionLevel.PROVINCE));
        });
    }

    @Test
    void everyOfficialCodesParentExistsAndListsItAsChild() {
        qt().forAll(regionCodes()).checkAssert(code -> {
            assertThat(regions.exists(code)).isTrue();
            code.parent().ifPresent(parent -> {
                assertThat(regions.exists(parent)).isTrue();
                assertThat(regions.children(parent)).extracting(Region::code).contains(code);
            });
        });
    }

    @Test
    void everyLevelOfGeneratedCodesIsTheLevelAskedFor() {
        for (RegionLevel level : RegionLevel.values()) {
            qt().forAll(regionCodes(level))
                    .checkAssert(code -> assertThat(code.level()).isEqualTo(level));
        }
    }
}
