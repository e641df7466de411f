package id.pulih;

import id.pulih.access.Actor;
import id.pulih.beneficiary.DuplicateScoring;
import id.pulih.beneficiary.NameSimilarity;
import id.pulih.internal.Engine;
import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Forms;
import id.pulih.shared.DomainEventListener;
import id.pulih.store.Store;
import id.pulih.store.memory.InMemoryStore;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ServiceLoader;

/**
 * The entry point: wires the services over a store, a clock and a validator.
 *
 * <pre>{@code
 * Pulih pulih = Pulih.inMemory();
 * Actor officer = Actor.of("hq-01", PersonName.of("Rina"), Role.CASE_WORKER, Jurisdiction.national());
 * Registration r = pulih.as(officer).cases().register(intakeForm);
 * }</pre>
 *
 * <p>For a database, build it over the JDBC adapter's store: {@code Pulih.builder().store(store).build()}. A
 * {@code Pulih} is thread-safe; create one per store and share it.
 */
public final class Pulih {
    private final Engine engine;

    private Pulih(Engine engine) {
        this.engine = engine;
    }

    /**
     * A Pulih over a new, empty, thread-safe in-memory store, with the system clock (UTC).
     *
     * @return the instance
     */
    public static Pulih inMemory() {
        return builder().build();
    }

    /**
     * A builder, for a real store, a fixed clock or an own validator.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The services as the given officer sees them.
     *
     * @param actor the officer
     * @return the desk
     */
    public Desk as(Actor actor) {
        return engine.desk(Checks.required(actor, "actor"));
    }

    /**
     * Registers a listener for domain events, delivered after each commit.
     *
     * @param listener the listener
     */
    public void subscribe(DomainEventListener listener) {
        engine.subscribe(Checks.required(listener, "listener"));
    }

    /**
     * The store: SPI, for store implementers only (contract suites, tests of a store, migrations). Users and inbound
     * adapters go through {@link #as(Actor)}: a write through the store skips the role and jurisdiction checks, the
     * audit entry and the events of the engine. Bulk imports use {@link Cases#registerAll}.
     *
     * @return the store
     */
    public Store store() {
        return engine.store();
    }

    /**
     * The clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return engine.clock();
    }

    /** Builds a {@link Pulih}. */
    public static final class Builder {
        private Store store;
        private Clock clock = Clock.systemUTC();
        private Validator validator;
        private NameSimilarity nameSimilarity;
        private double duplicateThreshold = DuplicateScoring.DEFAULT_THRESHOLD;
        private java.time.Period referralPeriod = Engine.DEFAULT_REFERRAL_PERIOD;

        private Builder() {}

        /**
         * The score from which two registrations without a NIK to tell them apart are flagged as a potential duplicate
         * (see {@link DuplicateScoring}); by default {@value DuplicateScoring#DEFAULT_THRESHOLD}. A higher threshold
         * never flags more pairs.
         *
         * <pre>{@code
         * Pulih pulih = Pulih.builder().store(store).duplicateThreshold(0.9).build();
         * }</pre>
         *
         * @param value above 0 and at most 1
         * @return this builder
         * @throws id.pulih.shared.InvalidValueException {@code duplicate.threshold} for a value outside (0, 1]
         */
        public Builder duplicateThreshold(double value) {
            this.duplicateThreshold = DuplicateScoring.checkedThreshold(value);
            return this;
        }

        /**
         * How alike two words of names are, for duplicate scoring. By default the first {@link NameSimilarity} that
         * {@link ServiceLoader} finds on the class path (the {@code pulih-matching} module provides Jaro-Winkler),
         * otherwise {@link NameSimilarity#exact()}.
         *
         * @param value the similarity
         * @return this builder
         */
        public Builder nameSimilarity(NameSimilarity value) {
            this.nameSimilarity = Checks.required(value, "nameSimilarity");
            return this;
        }

        /**
         * How long a referral opens a case to its partner after it was sent, unless it ends before (its service
         * delivered or cancelled, the plan or case closed, consent to disclosure withdrawn): by default 180 days.
         * Evaluated against the clock on every read, so a referral stops opening the case on the day its period runs
         * out; the next write of its plan records it as EXPIRED.
         *
         * <pre>{@code
         * Pulih pulih = Pulih.builder().store(store).referralPeriod(Period.ofMonths(3)).build();
         * }</pre>
         *
         * @param value the period, at least a day
         * @return this builder
         * @throws id.pulih.shared.InvalidValueException {@code referral.period} for a period of no day or less
         */
        public Builder referralPeriod(java.time.Period value) {
            this.referralPeriod = Engine.checkedReferralPeriod(value);
            return this;
        }

        /**
         * The store; by default a new {@link InMemoryStore}.
         *
         * @param value the store
         * @return this builder
         */
        public Builder store(Store value) {
            this.store = Checks.required(value, "store");
            return this;
        }

        /**
         * The clock for timestamps and "today"; by default the system clock in UTC. Today is the clock's date in
         * Asia/Jakarta, whatever zone the clock carries ({@link id.pulih.shared.NotAfterToday}): a date of something that
         * happened after it is refused as {@code date.future}.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Checks.required(value, "clock");
            return this;
        }

        /**
         * The Jakarta validator for forms; by default Hibernate Validator using this builder's clock.
         *
         * @param value the validator
         * @return this builder
         */
        public Builder validator(Validator value) {
            this.validator = Checks.required(value, "validator");
            return this;
        }

        /**
         * Builds the instance.
         *
         * @return the instance
         */
        public Pulih build() {
            Store s = store != null ? store : new InMemoryStore();
            Clock c = clock;
            Validator v = validator != null
                    ? validator
                    : Validation.byDefaultProvider()
                            .configure()
                            .clockProvider(() -> c)
                            .buildValidatorFactory()
                            .getValidator();
            NameSimilarity similarity = nameSimilarity != null
                    ? nameSimilarity
                    : ServiceLoader.load(NameSimilarity.class, Pulih.class.getClassLoader())
                            .findFirst()
                            .orElseGet(NameSimilarity::exact);
            return new Pulih(new Engine(
                    s, c, new Forms(v), new DuplicateScoring(similarity, duplicateThreshold), referralPeriod));
        }
    }
}
