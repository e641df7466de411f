package id.pulih;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationState;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.NotAfterToday;
import id.pulih.shelter.Shelter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The rule "no state change dated in the future" over many clocks and dates: any date after today (the clock's
 * date in Asia/Jakarta, whatever zone the clock carries) is refused as {@code date.future}, any date up to today is
 * accepted.
 */
class FutureDateProperties {
    /** 2019-01-01T00:00Z to 2030-12-31T23:59Z, in seconds. */
    private static final long FIRST = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();

    private static final long LAST = Instant.parse("2030-12-31T23:59:59Z").getEpochSecond();

    private static final ZoneId[] ZONES = {
        ZoneOffset.UTC, ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("America/Los_Angeles")
    };

    @Test
    void theRuleRefusesEveryDateAfterTodayAndAcceptsEveryDateUpToIt() {
        qt().forAll(
                        longs().between(FIRST, LAST),
                        integers().between(-4000, 4000),
                        integers().between(0, 3))
                .checkAssert((second, offset, zone) -> {
                    Clock clock = Clock.fixed(Instant.ofEpochSecond(second), ZONES[zone]);
                    LocalDate today = NotAfterToday.today(clock);
                    assertThat(today).isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta")));
                    LocalDate date = today.plusDays(offset);
                    Throwable thrown = catchThrowable(() -> NotAfterToday.check("departedOn", date, today));
                    if (offset > 0) {
                        assertThat(thrown).isInstanceOf(InvalidValueException.class);
                        InvalidValueException e = (InvalidValueException) thrown;
                        assertThat(e.code()).isEqualTo("date.future");
                        assertThat(e.field()).isEqualTo("departedOn");
                        assertThat(e.getMessage()).contains("departedOn", date.toString(), today.toString());
                    } else {
                        assertThat(thrown).isNull();
                    }
                });
    }

    @Test
    void aDepartureIsRefusedExactlyWhenItIsAfterTodayInJakarta() {
        qt().withExamples(150)
                .forAll(
                        longs().between(FIRST, LAST),
                        integers().between(-30, 30),
                        integers().between(0, 3))
                .checkAssert((second, offset, zone) -> {
                    Clock clock = Clock.fixed(Instant.ofEpochSecond(second), ZONES[zone]);
                    Pulih pulih = Pulih.builder().clock(clock).build();
                    Desk hq = pulih.as(Fixtures.HQ);
                    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
                    Repatriation planned = planned(hq, today);
                    long audited = pulih.store().auditTrail().count();
                    LocalDate on = today.plusDays(offset);

                    Throwable thrown = catchThrowable(() -> hq.returns().depart(planned.id(), on));

                    if (offset > 0) {
                        assertThat(thrown)
                                .isInstanceOfSatisfying(
                                        InvalidValueException.class,
                                        e -> assertThat(e.code()).isEqualTo("date.future"));
                        assertThat(hq.returns().get(planned.id())).isEqualTo(planned);
                        assertThat(pulih.store().auditTrail().count()).isEqualTo(audited);
                    } else {
                        assertThat(thrown).isNull();
                        assertThat(hq.returns().get(planned.id()).state()).isEqualTo(RepatriationState.IN_TRANSIT);
                        assertThat(pulih.store().auditTrail().count()).isEqualTo(audited + 1);
                    }
                });
    }

    /** A return planned for a case admitted 40 days before today (the intake dates well before that). */
    private static Repatriation planned(Desk hq, LocalDate today) {
        Shelter shelter = hq.shelters().open(Fixtures.shelterForm("RPTC-TPI", "21.72", 10));
        BeneficiaryId id = hq.cases()
                .register(Fixtures.intake()
                        .returnDate(today.minusDays(60))
                        .birthDate(LocalDate.of(1990, 7, 5))
                        .build())
                .beneficiary()
                .id();
        hq.shelters().admit(id, shelter.id(), today.minusDays(40));
        return hq.returns()
                .plan(new ReturnPlanForm(
                        id,
                        null,
                        null,
                        TransportMode.SHIP,
                        "escort-01",
                        "Dinas Sosial Kabupaten Lombok Tengah",
                        today.minusDays(35)));
    }
}
