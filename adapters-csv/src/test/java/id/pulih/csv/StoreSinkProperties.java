package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.Cases;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.StoredIdentities;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.csv.BeneficiaryImport.StoreSink;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.store.Store;
import id.pulih.store.memory.InMemoryStore;
import id.pulih.testkit.PulihGen;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A store's summary of its identities ({@link StoredIdentities}, Bloom filters on a database) changes how many look-ups
 * an import makes, never what the engine decides: duplicates, flags and stored rows are those of an import that looks
 * up every row, whether the summary gives false positives or fills up and is read again.
 */
class StoreSinkProperties {
    private static final Instant AT = Instant.parse("2020-06-01T08:00:00Z");

    /** Which person of the pool a row is, whether its NIK is left out, and whether it was stored before the import. */
    private record Pick(int person, boolean withoutNik, boolean stored) {}

    private static Gen<Pick> picks() {
        return SourceDSL.integers()
                .between(0, 11)
                .zip(
                        SourceDSL.booleans().all(),
                        SourceDSL.integers().between(0, 2),
                        (i, drop, stored) -> new Pick(i, drop, stored == 0));
    }

    @Test
    void filteredImportsDecideAsImportsThatLookUpEveryRow() {
        qt().forAll(
                        SourceDSL.lists().of(PulihGen.intakeForms()).ofSizeBetween(1, 12),
                        SourceDSL.lists().of(picks()).ofSizeBetween(1, 40),
                        SourceDSL.integers().between(1, 7))
                .checkAssert((pool, picks, chunk) -> {
                    List<Beneficiary> stored = new ArrayList<>();
                    List<Beneficiary> rows = new ArrayList<>();
                    Set<Nik> storedNiks = new HashSet<>();
                    for (Pick pick : picks) {
                        IntakeForm form = pool.get(pick.person() % pool.size());
                        Person person = pick.withoutNik() ? withoutNik(form.toPerson()) : form.toPerson();
                        Beneficiary b = register(person, form.toReturnInfo(), form.toProfile());
                        if (!pick.stored()) {
                            rows.add(b);
                        } else if (person.nik().isEmpty()
                                || storedNiks.add(person.nik().get())) {
                            stored.add(b);
                        }
                    }
                    // the store in memory offers no summary: every row is looked up
                    Outcome everyRowLookedUp = run(stored, rows, chunk, null);
                    // a summary with false positives, never full
                    assertThat(run(stored, rows, chunk, Long.MAX_VALUE)).isEqualTo(everyRowLookedUp);
                    // small summaries that fill up and are read again
                    assertThat(run(stored, rows, chunk, 2L)).isEqualTo(everyRowLookedUp);
                });
    }

    @Test
    void aNewFileIntoAnEmptyStoreIsNotLookedUpAndTheSameFileAgainIs() {
        List<Beneficiary> rows = new ArrayList<>();
        Set<Nik> niks = new HashSet<>();
        Set<DuplicateKey> keys = new HashSet<>();
        id.pulih.testkit.Samples.each(PulihGen.intakeForms(), 5, 200, form -> {
            Beneficiary b = register(form.toPerson(), form.toReturnInfo(), form.toProfile());
            if (keys.add(b.duplicateKey())
                    && (b.nik().isEmpty() || niks.add(b.nik().get()))) {
                rows.add(b);
            }
        });
        InMemoryStore real = new InMemoryStore();
        AtomicInteger lookUps = new AtomicInteger();
        Store counted = summarising(real, Long.MAX_VALUE, lookUps, false);

        Cases cases = officerOver(counted);
        cases.registerAll(batch -> {
            StoreSink first = new StoreSink(batch, 50);
            rows.forEach(b -> first.accept(new ParsedBeneficiary(1, b, Optional.empty())));
            first.flush();
            return first;
        });
        int firstLookUps = lookUps.getAndSet(0);

        StoreSink again = cases.registerAll(batch -> {
            StoreSink sink = new StoreSink(batch, 50);
            for (Beneficiary b : rows) {
                // the same person registered again (a new id), as a second import of the same row does
                sink.accept(
                        new ParsedBeneficiary(1, register(personOf(b), b.returnInfo(), b.profile()), Optional.empty()));
            }
            sink.flush();
            return sink;
        });

        assertThat(firstLookUps).isZero();
        assertThat(lookUps.get()).isPositive();
        assertThat(again.duplicates()).isEqualTo(rows.size());
        assertThat(real.beneficiaries().count()).isEqualTo(rows.size());
    }

    /**
     * The cases service of the national officer who registers the rows, over the store, at the instant the rows were
     * registered: the sink runs inside the engine's bulk command as an import does.
     */
    private static Cases officerOver(Store store) {
        Pulih pulih = Pulih.builder()
                .store(store)
                .clock(Clock.fixed(AT, ZoneOffset.UTC))
                .build();
        return pulih.as(Actor.of("hq-01", PersonName.of("Rina"), Role.CASE_WORKER, Jurisdiction.national()))
                .cases();
    }

    /** Registers a person as an import does: a new id each time. */
    private static Beneficiary register(Person person, ReturnInfo back, TraffickingProfile profile) {
        return Beneficiary.register(person, back, profile, List.of(), Jurisdiction.national(), AT, "hq-01");
    }

    private static Person personOf(Beneficiary b) {
        return new Person(
                b.name(), b.sex(), b.birth(), b.nik(), b.familyCard(), b.documentStatus(), b.origin(), b.phone());
    }

    private static Person withoutNik(Person p) {
        return new Person(
                p.name(),
                p.sex(),
                p.birth(),
                Optional.empty(),
                p.familyCard(),
                p.documentStatus(),
                p.origin(),
                p.phone());
    }

    /** What an import decided. */
    private record Outcome(
            long duplicates, long flagged, Set<BeneficiaryId> storedIds, Set<List<BeneficiaryId>> flags) {}

    /**
     * Imports the rows into a store holding {@code stored}, in chunks; with a summary that fills up after
     * {@code fullAfter} records, or none when null.
     */
    private static Outcome run(List<Beneficiary> stored, List<Beneficiary> rows, int chunk, Long fullAfter) {
        InMemoryStore real = new InMemoryStore();
        stored.forEach(real.beneficiaries()::save);
        Store store = fullAfter == null ? real : summarising(real, fullAfter, new AtomicInteger(), true);
        StoreSink sink = officerOver(store).registerAll(batch -> {
            StoreSink s = new StoreSink(batch, chunk);
            for (Beneficiary b : rows) {
                s.accept(new ParsedBeneficiary(1, b, Optional.empty()));
            }
            s.flush();
            return s;
        });
        Set<BeneficiaryId> ids = new HashSet<>();
        real.beneficiaries().page(Optional.empty(), 10_000).forEach(b -> ids.add(b.id()));
        Set<List<BeneficiaryId>> flags = new HashSet<>();
        for (PotentialDuplicate d : real.potentialDuplicates().open()) {
            flags.add(List.of(d.registered(), d.existing()));
        }
        return new Outcome(sink.duplicates(), sink.flagged(), ids, flags);
    }

    /**
     * A store that offers a summary of its identities, as a database does: exact sets, with false positives if asked
     * (every third identity by hash says "perhaps"), full after {@code fullAfter} records; its chunk look-ups are
     * counted.
     */
    private static Store summarising(Store real, long fullAfter, AtomicInteger lookUps, boolean falsePositives) {
        Beneficiaries beneficiaries = (Beneficiaries) Proxy.newProxyInstance(
                Beneficiaries.class.getClassLoader(), new Class<?>[] {Beneficiaries.class}, (proxy, method, args) -> {
                    if (method.getName().equals("readIdentities")) {
                        SetSummary summary = new SetSummary(fullAfter, falsePositives);
                        real.beneficiaries().forEachIdentity(summary::add);
                        return Optional.of(summary);
                    }
                    if (method.getName().equals("findByNiks")
                            || method.getName().equals("findByDuplicateKeys")) {
                        lookUps.incrementAndGet();
                    }
                    try {
                        return method.invoke(real.beneficiaries(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (Store) Proxy.newProxyInstance(
                Store.class.getClassLoader(), new Class<?>[] {Store.class}, (proxy, method, args) -> {
                    try {
                        return method.getName().equals("beneficiaries") ? beneficiaries : method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Exact sets of identities, with a false "perhaps" for every third identity by hash if asked. */
    private static final class SetSummary implements StoredIdentities {
        private final Set<String> niks = new HashSet<>();
        private final Set<DuplicateKey> keys = new HashSet<>();
        private final long capacity;
        private final boolean falsePositives;
        private long held;

        SetSummary(long capacity, boolean falsePositives) {
            this.capacity = capacity;
            this.falsePositives = falsePositives;
        }

        void add(Optional<Nik> nik, DuplicateKey key) {
            nik.ifPresent(n -> niks.add(n.value()));
            keys.add(key);
            held++;
        }

        @Override
        public boolean mayHoldNik(Nik nik) {
            return niks.contains(nik.value())
                    || (falsePositives && Math.floorMod(nik.value().hashCode(), 3) == 0);
        }

        @Override
        public boolean mayHoldKey(DuplicateKey key) {
            return keys.contains(key) || (falsePositives && Math.floorMod(key.hashCode(), 3) == 0);
        }

        @Override
        public void add(Beneficiary b) {
            add(b.nik(), b.duplicateKey());
        }

        @Override
        public boolean full() {
            return held > capacity;
        }

        @Override
        public long held() {
            return held;
        }
    }
}
