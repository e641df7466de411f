package id.pulih.store.memory;

import id.pulih.audit.AccessLog;
import id.pulih.audit.AccessLogEntry;
import id.pulih.shared.BeneficiaryId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AccessLog} in memory: the access log, append-only.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryAccessLog implements AccessLog {
    private final InMemoryStore store;
    private final List<AccessLogEntry> entries = new ArrayList<>();

    MemoryAccessLog(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(AccessLogEntry entry) {
        store.inTransaction(() -> store.append(entries, entry));
    }

    @Override
    public Optional<AccessLogEntry> find(UUID id) {
        return store.locked(
                () -> entries.stream().filter(e -> e.id().equals(id)).findFirst());
    }

    @Override
    public List<AccessLogEntry> forBeneficiary(BeneficiaryId beneficiary) {
        return store.locked(() -> entries.stream()
                .filter(e -> e.beneficiary().equals(beneficiary))
                .sorted(Comparator.comparing(AccessLogEntry::at))
                .toList());
    }

    @Override
    public List<AccessLogEntry> byActor(String actorId) {
        return store.locked(() -> entries.stream()
                .filter(e -> e.actorId().equals(actorId))
                .sorted(Comparator.comparing(AccessLogEntry::at))
                .toList());
    }
}
