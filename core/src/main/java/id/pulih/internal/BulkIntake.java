package id.pulih.internal;

import id.pulih.BulkRegistration;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BeneficiaryRegistered;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.DuplicateFlagging;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.OneCasePerNik;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Uuid7;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.Nik;
import id.pulih.shared.RecordType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The {@link BulkRegistration} of one {@code case.import} command: reads and writes through the engine's store within
 * the command's transaction, flags by {@link DuplicateFlagging} as a single registration does, and keeps the ids of
 * the registered records (two longs each) only when someone listens to events.
 */
final class BulkIntake implements BulkRegistration {
    private final Engine engine;
    private final Engine.Work work;
    private final RegisteredIds ids;
    private long registered;
    private long flagged;
    private long elsewhere;
    private String summary;

    BulkIntake(Engine engine, Engine.Work work) {
        this.engine = engine;
        this.work = work;
        this.ids = work.listened() ? new RegisteredIds() : null;
    }

    @Override
    public Instant at() {
        return work.now;
    }

    @Override
    public LocalDate today() {
        return work.dateOfNow();
    }

    @Override
    public long stored() {
        return engine.store.beneficiaries().count();
    }

    @Override
    public Set<Nik> registeredNiks(Collection<Nik> niks) {
        Checks.required(niks, "niks");
        return engine.store.beneficiaries().registeredNiks(niks);
    }

    @Override
    public Map<Nik, String> elsewhere(Collection<Nik> niks) {
        Checks.required(niks, "niks");
        Map<Nik, String> references = new LinkedHashMap<>();
        for (Nik nik : new LinkedHashSet<>(niks)) {
            Optional<Beneficiary> found = engine.store.beneficiaries().findByNik(nik);
            if (found.isEmpty()) {
                continue;
            }
            Beneficiary b = work.resolve(found.get().id());
            if (work.coverage(b).isEmpty()) {
                references.put(nik, work.referElsewhere(b));
                elsewhere++;
            }
        }
        return references;
    }

    @Override
    public Map<DuplicateKey, List<Beneficiary>> findByDuplicateKeys(Collection<DuplicateKey> keys) {
        Checks.required(keys, "keys");
        return engine.store.beneficiaries().findByDuplicateKeys(keys);
    }

    @Override
    public void forEachIdentity(BiConsumer<Optional<Nik>, DuplicateKey> each) {
        Checks.required(each, "each");
        engine.store.beneficiaries().forEachIdentity(each);
    }

    @Override
    public long register(List<Beneficiary> chunk, List<? extends Collection<Beneficiary>> similar) {
        Checks.required(chunk, "chunk");
        Checks.required(similar, "similar");
        if (chunk.size() != similar.size()) {
            throw new IllegalArgumentException(
                    "a chunk of " + chunk.size() + " records with " + similar.size() + " lists of similar records");
        }
        for (Beneficiary b : chunk) {
            requireNewRegistration(b);
        }
        try {
            engine.store.beneficiaries().insertAll(chunk);
        } catch (ConflictException e) {
            if (e.errorCode() == OneCasePerNik.CODE) {
                // a store names the case in the way, which may lie outside the jurisdiction: say only that one is
                throw OneCasePerNik.violation(null);
            }
            throw e;
        }
        long flags = 0;
        for (int i = 0; i < chunk.size(); i++) {
            Beneficiary b = chunk.get(i);
            for (Beneficiary earlier : similar.get(i)) {
                Optional<PotentialDuplicate> d = DuplicateFlagging.between(b, earlier);
                if (d.isPresent()) {
                    engine.store.potentialDuplicates().save(d.get());
                    flags++;
                }
            }
            if (ids != null) {
                ids.add(b.id());
            }
        }
        registered += chunk.size();
        flagged += flags;
        return flags;
    }

    /** The rules of {@link Beneficiary#register} as the engine applies them: now, by this actor, in its jurisdiction. */
    private void requireNewRegistration(Beneficiary b) {
        Checks.required(b, "record");
        if (b.version() != 0
                || b.status() != CaseStatus.REGISTERED
                || b.history().size() != 1
                || !b.registeredAt().equals(work.now)
                || !b.history().get(0).actorId().equals(work.actorId())
                || !b.registeredBy().equals(work.actor.jurisdiction())
                || b.mergedInto().isPresent()
                || !b.mergedFrom().isEmpty()) {
            throw new IllegalArgumentException("the record " + b.id()
                    + " is not a new registration by " + work.actorId() + " at " + work.now
                    + " in its jurisdiction (register it with Beneficiary.register at BulkRegistration.at())");
        }
    }

    @Override
    public void summary(String text) {
        this.summary = Checks.required(text, "summary");
    }

    @Override
    public long registered() {
        return registered;
    }

    @Override
    public long registeredElsewhere() {
        return elsewhere;
    }

    @Override
    public long flagged() {
        return flagged;
    }

    /** Records the batch's one audit entry and schedules its events; called once the body has returned. */
    void finish() {
        work.audit(
                RecordType.BENEFICIARY_IMPORT,
                Uuid7.next(engine.clock).toString(),
                0,
                0,
                summary != null
                        ? summary
                        : "bulk registration: registered " + registered + ", flagged as potential duplicates "
                                + flagged
                                + (elsewhere == 0 ? "" : ", registered elsewhere " + elsewhere));
        if (ids != null) {
            Instant at = work.now;
            String actor = work.actorId();
            RegisteredIds registeredIds = ids;
            work.emitLater(() -> registeredIds.events(at, actor));
        }
    }

    /** Beneficiary ids as pairs of longs in one growing array. */
    private static final class RegisteredIds {
        private long[] bits = new long[64];
        private int size;

        void add(BeneficiaryId id) {
            if (2 * size + 2 > bits.length) {
                bits = Arrays.copyOf(bits, bits.length * 2);
            }
            bits[2 * size] = id.value().getMostSignificantBits();
            bits[2 * size + 1] = id.value().getLeastSignificantBits();
            size++;
        }

        Iterator<DomainEvent> events(Instant at, String actor) {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public DomainEvent next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    UUID id = new UUID(bits[2 * next], bits[2 * next + 1]);
                    next++;
                    return new BeneficiaryRegistered(new BeneficiaryId(id), at, actor);
                }
            };
        }
    }
}
