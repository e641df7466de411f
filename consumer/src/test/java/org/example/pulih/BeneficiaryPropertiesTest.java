package org.example.pulih;

import static id.pulih.testkit.PulihGen.intakeForms;
import static id.pulih.testkit.PulihGen.invalidNiks;
import static id.pulih.testkit.PulihGen.nikSpecs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Property tests written with {@code pulih-testkit} as the README shows: the generators of {@code PulihGen} called
 * inside plain JUnit 5 tests, QuickTheories running 1,000 examples and shrinking a failure.
 *
 * <p>Named {@code ...PropertiesTest}, not {@code ...Properties}: Surefire's default includes are {@code Test*},
 * {@code *Test}, {@code *Tests} and {@code *TestCase}, so a class named {@code BeneficiaryProperties} would silently
 * not run in this build.
 */
class BeneficiaryPropertiesTest {
    private static final Actor CASE_WORKER =
            Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());

    @Test
    void everyValidIntakeFormRegistersAndReadsBackAsGiven() {
        qt().forAll(intakeForms()).checkAssert(form -> {
            Desk desk = Pulih.inMemory().as(CASE_WORKER);

            BeneficiaryId id = desk.cases().register(form).beneficiary().id();
            Beneficiary read = desk.cases().get(id);

            assertThat(read.status()).isEqualTo(CaseStatus.REGISTERED);
            assertThat(read.name()).isEqualTo(PersonName.of(form.name()));
            assertThat(read.sex()).isEqualTo(form.sex());
            assertThat(read.nik().map(Nik::value)).isEqualTo(Optional.ofNullable(form.nik()));
            assertThat(read.origin()).isEqualTo(RegionCode.of(form.originRegion()));
        });
    }

    @Test
    void aNikTellsTheSexAndBirthDateItWasIssuedFor() {
        qt().forAll(nikSpecs()).checkAssert(spec -> {
            Nik nik = spec.toNik();
            assertThat(nik.sex()).isEqualTo(spec.sex());
            assertThat(nik.birthDate(spec.birthDate().plusYears(50))).isEqualTo(spec.birthDate());
        });
    }

    @Test
    void everyInvalidNikIsRefusedWithItsCode() {
        qt().forAll(invalidNiks())
                .checkAssert(sample -> assertThatThrownBy(() -> Nik.of(sample.raw()))
                        .isInstanceOfSatisfying(
                                InvalidValueException.class,
                                e -> assertThat(e.code()).isEqualTo(sample.expectedCode())));
    }
}
