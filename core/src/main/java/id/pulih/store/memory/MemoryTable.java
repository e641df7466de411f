package id.pulih.store.memory;

import id.pulih.shared.ConflictException;
import id.pulih.shared.RecordType;
import id.pulih.shared.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One in-memory table of versioned records, keyed by id, in insertion order; the one place where the in-memory
 * store applies optimistic locking. Not thread-safe on its own: {@link InMemoryStore} calls it under its lock and
 * records an undo step for each change.
 */
final class MemoryTable<K, V extends Versioned<V>> {
    private final RecordType recordType;
    private final Function<V, K> key;
    private final Map<K, V> rows = new LinkedHashMap<>();
    private final InMemoryStore store;

    MemoryTable(InMemoryStore store, RecordType recordType, Function<V, K> key) {
        this.store = store;
        this.recordType = recordType;
        this.key = key;
    }

    Optional<V> find(K id) {
        return Optional.ofNullable(rows.get(id));
    }

    List<V> where(Predicate<V> filter) {
        List<V> found = new ArrayList<>();
        for (V row : rows.values()) {
            if (filter.test(row)) {
                found.add(row);
            }
        }
        return found;
    }

    long count() {
        return rows.size();
    }

    V save(V record) {
        K id = key.apply(record);
        V stored = rows.get(id);
        long storedVersion = stored == null ? 0 : stored.version();
        if (stored == null && record.version() != 0) {
            throw ConflictException.stale(recordType, id, record.version(), -1);
        }
        if (storedVersion != record.version()) {
            throw ConflictException.stale(recordType, id, record.version(), storedVersion);
        }
        V saved = record.withVersion(record.version() + 1);
        rows.put(id, saved);
        store.onUndo(() -> {
            if (stored == null) {
                rows.remove(id);
            } else {
                rows.put(id, stored);
            }
        });
        return saved;
    }

    /** Removes a row, undoably; returns whether there was one. */
    boolean remove(K id) {
        V stored = rows.remove(id);
        if (stored != null) {
            store.onUndo(() -> rows.put(id, stored));
        }
        return stored != null;
    }

    /** Replaces rows in place without a new version (erasure rewrites what a record holds, not its state). */
    void rewrite(Predicate<V> which, java.util.function.UnaryOperator<V> change) {
        for (Map.Entry<K, V> row : rows.entrySet()) {
            if (which.test(row.getValue())) {
                V before = row.getValue();
                K id = row.getKey();
                row.setValue(change.apply(before));
                store.onUndo(() -> rows.put(id, before));
            }
        }
    }
}
