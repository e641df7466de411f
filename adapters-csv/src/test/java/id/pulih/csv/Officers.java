package id.pulih.csv;

import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Officers and a Pulih at a fixed date, for the tests. */
final class Officers {
    static final Instant NOW = Instant.parse("2020-06-01T08:00:00Z");
    static final Actor HQ =
            Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());
    static final Actor HQ_SUPERVISOR =
            Actor.of("hq-sup", PersonName.of("Dewi Lestari"), Role.SUPERVISOR, Jurisdiction.national());
    static final Actor AUDITOR = Actor.of("hq-audit", PersonName.of("Budi"), Role.AUDITOR, Jurisdiction.national());
    static final Actor KUPANG = Actor.of(
            "dinsos-5301", PersonName.of("Yohana"), Role.CASE_WORKER, Jurisdiction.regency(RegionCode.of("53.01")));

    private Officers() {}

    static Pulih pulih() {
        return Pulih.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }
}
