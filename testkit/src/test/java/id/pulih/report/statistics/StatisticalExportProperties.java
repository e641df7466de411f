package id.pulih.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.testkit.PulihGen;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The statistical export over generated populations: people from {@link PulihGen#intakeForms()} drawn towards a few
 * regencies, ages and months (so that some combinations are common, some rare, some only common once coarsened),
 * registered through the engine over a moving clock, then exported with a k from 2 to 15.
 */
class StatisticalExportProperties {
    private static final Instant START = LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final LocalDate RETURNED = LocalDate.of(2019, 7, 1);
    /** Regencies of two provinces, so that coarsening to the province joins some of them. */
    private static final List<String> REGENCIES = List.of("52.01", "52.02", "52.03", "53.01");

    private static final Actor HQ =
            Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());

    /** One person of a population: a form and the days the clock moves before the registration. */
    record Arrival(IntakeForm form, int daysLater) {}

    /** A generated form pulled towards few values of the quasi-identifiers; the profile is kept as generated. */
    private static Gen<Arrival> arrivals() {
        return PulihGen.intakeForms()
                .zip(
                        integers().between(0, 13),
                        integers().between(0, REGENCIES.size() - 1),
                        integers().between(0, 40),
                        (form, age, region, days) -> new Arrival(
                                new IntakeForm(
                                        form.name(),
                                        form.sex(),
                                        LocalDate.of(1975 + age, 1 + age % 12, 1 + age),
                                        null,
                                        null,
                                        null,
                                        form.documentStatus(),
                                        REGENCIES.get(region),
                                        null,
                                        region == 3 && age % 2 == 0 ? "SA" : "MY",
                                        RETURNED,
                                        form.entryPoint(),
                                        form.returnMode(),
                                        form.exploitation(),
                                        form.control(),
                                        form.sector(),
                                        form.recruiter(),
                                        List.of(),
                                        null,
                                        null,
                                        null),
                                days));
    }

    /** What the export gave for one population. */
    record Export(List<Beneficiary> people, List<StatisticalRecord> rows, StatisticsSummary summary, int k) {}

    private static Export export(List<Arrival> arrivals, int k) {
        MovableClock clock = new MovableClock();
        Pulih pulih = Pulih.builder().clock(clock).build();
        for (Arrival a : arrivals) {
            clock.advance(Duration.ofDays(a.daysLater()));
            pulih.as(HQ).cases().register(a.form());
        }
        List<Beneficiary> people = new ArrayList<>();
        Optional<BeneficiaryId> after = Optional.empty();
        for (List<Beneficiary> page; !(page = pulih.as(HQ).cases().list(after, 500)).isEmpty(); ) {
            people.addAll(page);
            after = Optional.of(page.get(page.size() - 1).id());
        }
        List<StatisticalRecord> rows = new ArrayList<>();
        StatisticsSummary summary = pulih.as(HQ).reports().statistics(k, rows::add);
        return new Export(people, rows, summary, k);
    }

    private static Gen<Export> exports() {
        return lists().of(arrivals())
                .ofSizeBetween(1, 120)
                .zip(integers().between(2, 15), StatisticalExportProperties::export);
    }

    @Test
    void everyPublishedCombinationIsSharedByAtLeastK() {
        qt().withExamples(40).forAll(exports()).checkAssert(e -> {
            Map<QuasiIdentifiers, Long> classes = e.rows().stream()
                    .collect(Collectors.groupingBy(StatisticalRecord::identifiers, Collectors.counting()));
            assertThat(classes.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo((long) e.k()));
            assertThat(e.summary().combinations()).isEqualTo(classes.size());
        });
    }

    @Test
    void keptGeneralisedAndSuppressedAddUpToThePeopleRead() {
        long[] seen = new long[4];
        // a fixed seed, so that which outcomes the populations reach does not depend on luck (see below)
        qt().withFixedSeed(20191031L).withExamples(40).forAll(exports()).checkAssert(e -> {
            StatisticsSummary s = e.summary();
            seen[0] += s.kept();
            seen[1] += s.byStep().get(Generalisation.YEAR) + s.byStep().get(Generalisation.AGE_DECADE);
            seen[2] += s.byStep().get(Generalisation.PROVINCE);
            seen[3] += s.suppressed();
            assertThat(s.records()).isEqualTo(e.people().size());
            assertThat(s.kept() + s.generalised() + s.suppressed()).isEqualTo(s.records());
            assertThat((long) e.rows().size()).isEqualTo(s.kept() + s.generalised());
            long keptRows = e.rows().stream()
                    .filter(r -> r.identifiers().month().isPresent())
                    .count();
            assertThat(keptRows).isEqualTo(s.kept());
        });
        // the populations reach every outcome, or the property would hold for want of trying
        assertThat(seen)
                .as("kept, coarsened in age or month, coarsened to the province, suppressed")
                .doesNotContain(0L);
    }

    /**
     * Each published row is its person's own combination or a coarsening of it, with the person's profile: for every
     * distinct row, at least as many people could have given it as there are copies of it.
     */
    @Test
    void noRowIsMoreSpecificThanThePeopleItCameFrom() {
        qt().withExamples(40).forAll(exports()).checkAssert(e -> {
            ZoneId zone = ZoneOffset.UTC;
            Map<StatisticalRecord, Long> copies =
                    e.rows().stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            Map<StatisticalRecord, Long> sources = new HashMap<>();
            for (StatisticalRecord row : copies.keySet()) {
                long could = e.people().stream()
                        .filter(b -> row.identifiers().generalises(StatisticalRecord.finest(b, zone)))
                        .filter(b -> StatisticalRecord.of(b, row.identifiers()).equals(row))
                        .count();
                sources.put(row, could);
            }
            copies.forEach((row, n) -> assertThat(sources.get(row))
                    .as("people who could give %s", row.identifiers())
                    .isGreaterThanOrEqualTo(n));
        });
    }

    /** A clock the population's registrations move forward. */
    private static final class MovableClock extends Clock {
        private Instant now = START;

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
