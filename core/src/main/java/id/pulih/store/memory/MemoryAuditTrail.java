package id.pulih.store.memory;

import id.pulih.audit.AuditEntry;
import id.pulih.audit.AuditTrail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link AuditTrail} in memory: the audit trail, append-only.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryAuditTrail implements AuditTrail {
    private final InMemoryStore store;
    private final List<AuditEntry> entries = new ArrayList<>();

    MemoryAuditTrail(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(AuditEntry entry) {
        store.inTransaction(() -> store.append(entries, entry));
    }

    @Override
    public List<AuditEntry> forRecord(String recordType, String recordId) {
        return store.locked(() -> entries.stream()
                .filter(e -> e.recordType().equals(recordType) && e.recordId().equals(recordId))
                .sorted(Comparator.comparing(AuditEntry::at))
                .toList());
    }

    @Override
    public List<AuditEntry> byActor(String actorId) {
        return store.locked(() -> entries.stream()
                .filter(e -> e.actorId().equals(actorId))
                .sorted(Comparator.comparing(AuditEntry::at))
                .toList());
    }

    @Override
    public long count() {
        return store.locked(() -> (long) entries.size());
    }

    /** Rewrites entries in place, undoably: for erasure only. */
    void rewrite(java.util.function.Predicate<AuditEntry> which, java.util.function.UnaryOperator<AuditEntry> change) {
        store.inTransaction(() -> store.rewrite(entries, which, change));
    }
}
