package id.pulih.internal;

import id.pulih.BulkRegistration;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BeneficiaryRegistered;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.DuplicateFlagging;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.MatchBlock;
import id.pulih.beneficiary.MatchProfile;
import id.pulih.beneficiary.OneCasePerNik;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.StoredIdentities;
import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Uuid7;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link BulkRegistration} of one {@code case.import} command: matches each chunk against the store within the
 * command's transaction and under the access rules, flags by {@link DuplicateFlagging} as a single registration does
 * (each record scored against the candidates of its {@link MatchBlock}, looked up once per chunk),
 * and keeps the ids of the registered records (two longs each) only when someone listens to events.
 *
 * <p>Only the records that may repeat a stored one are looked up: once the command has checked a quarter as many
 * records as were stored (so that reading what is stored costs no more than the look-ups it saves: a small file into a
 * big store is only looked up), it asks the store for a summary of its identities ({@link
 * Beneficiaries#readIdentities}), keeps it up to date with every record it inserts, and reads a twice bigger one when
 * it fills up. The summary stays here: it covers cases of every jurisdiction.
 */
final class BulkIntake implements BulkRegistration {
    private static final Logger LOG = LoggerFactory.getLogger(BulkIntake.class);

    /** The smallest summary asked for (about 5 MB for a database store's Bloom filters). */
    static final long FEWEST_IDENTITIES = 1_000_000;

    /** The largest summary asked for (about 19 MB); beyond, every record is looked up. */
    static final long MOST_IDENTITIES = 4_000_000;

    private final Engine engine;
    private final Engine.Work work;
    private final RegisteredIds ids;
    private long registered;
    private long duplicates;
    private long flagged;
    private long elsewhere;
    private String summary;

    /** How many beneficiaries were stored when the first chunk came; -1 before. */
    private long storedBefore = -1;

    /** How many records have been matched. */
    private long checked;

    /** What the store may hold, once worth reading; null before, and for good once too many or none offered. */
    private StoredIdentities identities;

    private boolean noSummary;

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
    public List<Decision> register(List<Beneficiary> chunk) {
        Checks.required(chunk, "chunk");
        for (Beneficiary b : chunk) {
            requireNewRegistration(b);
        }
        Beneficiaries stored = engine.store.beneficiaries();
        if (storedBefore < 0) {
            storedBefore = stored.count();
        }
        checked += chunk.size();
        StoredIdentities seen = identities(stored);

        // a record repeats an earlier one of the chunk by its NIK, or without NIK by its key
        Decision[] decided = new Decision[chunk.size()];
        Set<String> chunkNiks = new HashSet<>();
        Set<DuplicateKey> chunkKeys = new HashSet<>();
        List<DuplicateKey> keyOf = new ArrayList<>(chunk.size());
        List<Nik> niks = new ArrayList<>();
        Set<DuplicateKey> keys = new HashSet<>();
        for (int i = 0; i < chunk.size(); i++) {
            Beneficiary b = chunk.get(i);
            DuplicateKey key = b.duplicateKey();
            keyOf.add(key);
            boolean repeats = b.nik().isPresent() ? !chunkNiks.add(b.nik().get().value()) : chunkKeys.contains(key);
            chunkKeys.add(key);
            if (repeats) {
                decided[i] = Decision.DUPLICATE;
                continue;
            }
            b.nik().filter(nik -> seen == null || seen.mayHoldNik(nik)).ifPresent(niks::add);
            if (seen == null || seen.mayHoldKey(key)) {
                keys.add(key);
            }
        }
        Map<Nik, Beneficiary> byNik = niks.isEmpty() ? Map.of() : stored.findByNiks(niks);
        Map<DuplicateKey, List<Beneficiary>> byKey = keys.isEmpty() ? Map.of() : stored.findByDuplicateKeys(keys);

        List<Beneficiary> fresh = new ArrayList<>(chunk.size());
        Map<BeneficiaryId, Boolean> covered = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (decided[i] != null) {
                continue;
            }
            Beneficiary b = chunk.get(i);
            DuplicateKey key = keyOf.get(i);
            List<Beneficiary> same = byKey.getOrDefault(key, List.of());
            Beneficiary holder = b.nik().map(byNik::get).orElse(null);
            if (holder != null) {
                Beneficiary existing = work.resolve(holder.id());
                if (covers(existing, covered)) {
                    decided[i] = Decision.DUPLICATE;
                } else {
                    decided[i] = Decision.elsewhere(work.referElsewhere(existing));
                    elsewhere++;
                }
                continue;
            }
            if (b.nik().isEmpty() && same.stream().anyMatch(earlier -> covers(earlier, covered))) {
                decided[i] = Decision.DUPLICATE;
                continue;
            }
            decided[i] = Decision.REGISTERED;
            fresh.add(b);
        }
        insert(stored, fresh);
        if (seen != null) {
            fresh.forEach(seen::add);
        }
        duplicates +=
                Arrays.stream(decided).filter(d -> d == Decision.DUPLICATE).count();
        return List.of(decided);
    }

    /** Whether the actor covers a stored case, asked once per case and chunk. */
    private boolean covers(Beneficiary b, Map<BeneficiaryId, Boolean> covered) {
        return covered.computeIfAbsent(b.id(), id -> work.coverage(b).isPresent());
    }

    /**
     * Writes the new records of a chunk and their flags: each scored against the candidates of its block, the stored
     * ones (earlier chunks included) found in one look-up for the chunk, and the records before it in the chunk.
     */
    private void insert(Beneficiaries stored, List<Beneficiary> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        List<MatchProfile> profiles = new ArrayList<>(fresh.size());
        Set<MatchBlock> blocks = new LinkedHashSet<>();
        for (Beneficiary b : fresh) {
            MatchProfile p = MatchProfile.of(b);
            profiles.add(p);
            blocks.add(MatchBlock.of(p));
        }
        Map<MatchBlock, List<MatchProfile>> candidates = stored.findMatchCandidates(blocks);
        try {
            stored.insertAll(fresh);
        } catch (ConflictException e) {
            if (e.errorCode() == OneCasePerNik.CODE) {
                // a store names the case in the way, which may lie outside the jurisdiction: say only that one is
                throw OneCasePerNik.violation(null);
            }
            throw e;
        }
        long flags = 0;
        Map<RegionCode, List<MatchProfile>> earlierByRegency = new HashMap<>();
        Map<FamilyCardNumber, List<MatchProfile>> earlierByCard = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            MatchProfile p = profiles.get(i);
            MatchBlock block = MatchBlock.of(p);
            Set<BeneficiaryId> seen = new HashSet<>();
            List<MatchProfile> similar = new ArrayList<>(candidates.getOrDefault(block, List.of()));
            similar.addAll(earlierByRegency.getOrDefault(p.regency(), List.of()));
            p.familyCard().ifPresent(card -> similar.addAll(earlierByCard.getOrDefault(card, List.of())));
            for (MatchProfile earlier : similar) {
                if (!seen.add(earlier.id()) || !block.admits(earlier)) {
                    continue;
                }
                Optional<PotentialDuplicate> d = DuplicateFlagging.between(p, earlier, engine.scoring);
                if (d.isPresent()) {
                    engine.store.potentialDuplicates().save(d.get());
                    flags++;
                }
            }
            earlierByRegency
                    .computeIfAbsent(p.regency(), r -> new ArrayList<>())
                    .add(p);
            p.familyCard()
                    .ifPresent(card -> earlierByCard
                            .computeIfAbsent(card, c -> new ArrayList<>())
                            .add(p));
            if (ids != null) {
                ids.add(fresh.get(i).id());
            }
        }
        registered += fresh.size();
        flagged += flags;
    }

    /**
     * The store's summary of what it holds, read once this command has checked a quarter as many records as were
     * stored, and read again, twice as big, when it fills up; null while not worth reading, when it would hold more
     * than {@link #MOST_IDENTITIES}, or when the store offers none.
     */
    private StoredIdentities identities(Beneficiaries stored) {
        if (noSummary || (identities != null && !identities.full())) {
            return identities;
        }
        if (identities == null && checked * 4 < storedBefore) {
            return null;
        }
        long capacity =
                Math.max(FEWEST_IDENTITIES, 2 * (identities == null ? storedBefore + checked : identities.held()));
        identities = capacity > MOST_IDENTITIES
                ? null
                : stored.readIdentities(capacity).orElse(null);
        if (identities == null) {
            noSummary = true;
        } else {
            LOG.debug("bulk registration: {} stored identities summarised for {}", identities.held(), capacity);
        }
        return identities;
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
    public long duplicates() {
        return duplicates;
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
                        : "bulk registration: registered " + registered + ", duplicates " + duplicates
                                + ", flagged as potential duplicates " + flagged
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
