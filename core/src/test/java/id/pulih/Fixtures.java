package id.pulih;

import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.ShelterType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Shared set-up for the service tests: a clock that tests can move, officers, forms. */
final class Fixtures {
    static final LocalDate TODAY = LocalDate.of(2020, 6, 1);

    final TestClock clock = new TestClock(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
    final Pulih pulih;

    Fixtures() {
        this(Pulih.builder());
    }

    /** With builder options of a test's own; the clock is this fixture's. */
    Fixtures(Pulih.Builder options) {
        this.pulih = options.clock(clock).build();
    }

    static final Actor HQ = actor("hq-01", Role.CASE_WORKER, Jurisdiction.national());
    static final Actor HQ_SUPERVISOR = actor("hq-sup", Role.SUPERVISOR, Jurisdiction.national());
    static final Actor AUDITOR = actor("hq-audit", Role.AUDITOR, Jurisdiction.national());
    static final Actor NTB = actor("dinsos-52", Role.CASE_WORKER, Jurisdiction.province(RegionCode.of("52")));
    static final Actor LOMBOK_TENGAH =
            actor("dinsos-5202", Role.CASE_WORKER, Jurisdiction.regency(RegionCode.of("52.02")));
    static final Actor KUPANG = actor("dinsos-5301", Role.CASE_WORKER, Jurisdiction.regency(RegionCode.of("53.01")));

    static Actor actor(String id, Role role, Jurisdiction jurisdiction) {
        return Actor.of(id, PersonName.of("Rina Wulandari"), role, jurisdiction);
    }

    /** A valid intake form of a woman from Praya, Lombok Tengah, born 5 July 1990, without NIK. */
    static IntakeFormBuilder intake() {
        return new IntakeFormBuilder()
                .name("Siti Aminah")
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 7, 5))
                .documentStatus(DocumentStatus.LOST)
                .originRegion("52.02.01")
                .returnCountry("MY")
                .returnDate(LocalDate.of(2020, 3, 1))
                .entryPoint("Tanjung Pinang")
                .returnMode(ReturnMode.DEPORTED);
    }

    static ShelterForm shelterForm(String code, String region, int capacity) {
        return new ShelterForm(code, "Shelter " + code, ShelterType.RPTC, region, capacity);
    }

    /** A clock tests can move forward. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
