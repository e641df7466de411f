package id.pulih;

import static id.pulih.testkit.PulihGen.intakeForms;
import static id.pulih.testkit.PulihGen.invalidIntakeForms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.shared.InvalidFormException;
import id.pulih.shared.RegionCode;
import id.pulih.testkit.CaseWorld;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IntakeFormProperties {
    /** A whole NIK or family card number: sixteen digits in a row. */
    private static final Pattern WHOLE_IDENTIFIER = Pattern.compile("\\d{16}");

    @Test
    void everyValidFormRegisters() {
        qt().forAll(intakeForms()).checkAssert(form -> {
            CaseWorld world = CaseWorld.create();

            Beneficiary b = world.pulih()
                    .as(CaseWorld.operator())
                    .cases()
                    .register(form)
                    .beneficiary();

            assertThat(b.status()).isEqualTo(CaseStatus.REGISTERED);
            assertThat(b.origin()).isEqualTo(RegionCode.of(form.originRegion()));
            assertThat(b.nik().map(n -> n.value())).isEqualTo(java.util.Optional.ofNullable(form.nik()));
            assertThat(world.store().beneficiaries().count()).isEqualTo(1);
        });
    }

    @Test
    void everyInvalidFormIsRefusedWithExactlyItsCodesAndNeverShowsAWholeIdentifier() {
        Set<String> codesSeen = ConcurrentHashMap.newKeySet();
        qt().forAll(invalidIntakeForms()).checkAssert(invalid -> {
            CaseWorld world = CaseWorld.create();

            assertThatThrownBy(
                            () -> world.pulih().as(CaseWorld.operator()).cases().register(invalid.form()))
                    .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                        assertThat(Set.copyOf(e.codes())).isEqualTo(invalid.expectedCodes());
                        assertThat(WHOLE_IDENTIFIER.matcher(e.getMessage()).find())
                                .as("a whole identifier in: %s", e.getMessage())
                                .isFalse();
                    });
            assertThat(world.store().beneficiaries().count()).isZero();
            assertThat(world.store().auditTrail().count()).isZero();
            codesSeen.addAll(invalid.expectedCodes());
        });
        assertThat(codesSeen)
                .contains(
                        "name.notnull",
                        "nik.sex-mismatch",
                        "nik.birthdate-mismatch",
                        "birth.required",
                        "birth.conflict",
                        "origin.level",
                        "region.unknown",
                        "country.iso",
                        "date.future");
    }
}
