package id.pulih.jdbc;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.crypto.tink.Aead;
import id.pulih.jdbc.crypto.Envelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * How the store writes and reads the sealed columns of a person: in plain mode (no keys) values are stored as they
 * are; with keys each person's values are sealed by its own data key ({@link Envelope}), whose wrapped form is in
 * {@code beneficiary_key}. A person without a key row is plain even with keys (a database written before encryption,
 * not yet migrated: {@code pulih keys encrypt}); a person whose key row is cleared is shredded, and reads back erased.
 *
 * <p>Unwrapped data keys are kept in a bounded cache, so that reading a case unwraps its key once, not once per field;
 * shredded persons are cached too. Plain persons are never cached: a migration may seal them at any time.
 */
final class Sealing {
    /** The table of wrapped data keys. */
    static final String KEYS = "beneficiary_key";

    private final Envelope envelope;
    private final Cache<UUID, PersonKey> cache;

    private Sealing(Envelope envelope, long cacheSize) {
        this.envelope = envelope;
        this.cache = envelope == null
                ? null
                : CacheBuilder.newBuilder().maximumSize(cacheSize).build();
    }

    /** The sealing of a store without keys: every value as it is. */
    static Sealing plain() {
        return new Sealing(null, 0);
    }

    /** The sealing of a store with keys, caching at most this many persons' data keys. */
    static Sealing with(Envelope envelope, long cacheSize) {
        return new Sealing(Objects.requireNonNull(envelope, "envelope"), cacheSize);
    }

    boolean encrypted() {
        return envelope != null;
    }

    Envelope envelope() {
        if (envelope == null) {
            throw new IllegalStateException("the store was opened without keys");
        }
        return envelope;
    }

    /** What the store does with one person's sealed columns. */
    sealed interface PersonKey permits Plain, Live, Shredded {
        /** The value to store for a column of a row of this person; null stays null. */
        String seal(String table, String column, String row, String text);

        /**
         * A stored free text as read: the text, or {@link id.pulih.privacy.Erasure#REMOVED} once the person's key is
         * shredded (an empty text stays empty), as every store reads an erased text.
         */
        String text(String table, String column, String row, String stored);

        /** A stored list of codes as read: the codes, or empty once the person's key is shredded. */
        default String codes(String table, String column, String row, String stored) {
            return shredded() ? (stored == null ? null : "") : text(table, column, row, stored);
        }

        /** A stored identifier as read: the value, or null (absent) once the person's key is shredded. */
        String value(String table, String column, String row, String stored);

        /** Whether the person's key is destroyed: its sealed values are gone for good. */
        boolean shredded();

        /** Whether the person's values are ciphertext in the database. */
        boolean sealed();
    }

    /** A person whose values are stored as they are. */
    static final PersonKey PLAIN = new Plain();

    /** A person whose data key is destroyed. */
    static final PersonKey SHREDDED = new Shredded();

    private static final class Plain implements PersonKey {
        @Override
        public String seal(String table, String column, String row, String text) {
            return text;
        }

        @Override
        public String text(String table, String column, String row, String stored) {
            return stored;
        }

        @Override
        public String value(String table, String column, String row, String stored) {
            return stored;
        }

        @Override
        public boolean shredded() {
            return false;
        }

        @Override
        public boolean sealed() {
            return false;
        }
    }

    /** A person with a data key. */
    record Live(Aead aead) implements PersonKey {
        @Override
        public String seal(String table, String column, String row, String text) {
            return Envelope.seal(aead, table, column, row, text);
        }

        @Override
        public String text(String table, String column, String row, String stored) {
            return Envelope.open(aead, table, column, row, stored);
        }

        @Override
        public String value(String table, String column, String row, String stored) {
            return Envelope.open(aead, table, column, row, stored);
        }

        @Override
        public boolean shredded() {
            return false;
        }

        @Override
        public boolean sealed() {
            return true;
        }

        @Override
        public String toString() {
            return "Live[key withheld]";
        }
    }

    /**
     * Marks a text written in clear for a person already shredded; no ciphertext (Base64) begins with it.
     */
    static final char CLEAR_AFTER_ERASURE = '!';

    /**
     * A shredded person: a text sealed for it reads as {@link id.pulih.privacy.Erasure#REMOVED} (an empty one stays
     * empty, as {@link id.pulih.privacy.Erasure#removed(String)} rules on every store), identifiers as absent. What is written for it
     * afterwards (nothing can be sealed any more) is kept in clear, marked: it is what the trail keeps of the erasure
     * itself (its audit entry, by whom and why), since the case is processed no more.
     */
    private static final class Shredded implements PersonKey {
        @Override
        public String seal(String table, String column, String row, String text) {
            return text == null ? null : CLEAR_AFTER_ERASURE + text;
        }

        @Override
        public String text(String table, String column, String row, String stored) {
            if (stored == null) {
                return null;
            }
            if (stored.isEmpty()) {
                return stored;
            }
            // what was sealed reads as every store reads an erased text: a text a record requires stays present
            return stored.charAt(0) == CLEAR_AFTER_ERASURE ? stored.substring(1) : id.pulih.privacy.Erasure.REMOVED;
        }

        @Override
        public String value(String table, String column, String row, String stored) {
            return null;
        }

        @Override
        public boolean shredded() {
            return true;
        }

        @Override
        public boolean sealed() {
            return true;
        }
    }

    /** The key of one person, from the cache or its key row. */
    PersonKey key(Connection c, UUID person) throws SQLException {
        if (envelope == null || person == null) {
            return PLAIN;
        }
        PersonKey cached = cache.getIfPresent(person);
        if (cached != null) {
            return cached;
        }
        return keys(c, List.of(person)).get(person);
    }

    /** The columns a query selects, with {@link #keyJoin}, to read each row's key without another query. */
    static final String KEY_COLUMNS = "dk.person_id AS dk_person, dk.wrapped AS dk_wrapped";

    /** The join that reads the key row of the person a row belongs to, aliased {@code dk}. */
    static String keyJoin(String personColumn) {
        return " LEFT JOIN " + KEYS + " dk ON dk.person_id = " + personColumn;
    }

    /**
     * The key of the person of the current row of a query that selected {@link #KEY_COLUMNS}: plain without a key
     * row, shredded when the row is cleared (whatever the cache holds: another store may have shredded it), else the
     * cached or unwrapped key.
     */
    PersonKey key(ResultSet r) throws SQLException {
        if (envelope == null) {
            return PLAIN;
        }
        UUID person = Rows.uuid(r, "dk_person");
        if (person == null) {
            return PLAIN;
        }
        String wrapped = r.getString("dk_wrapped");
        if (wrapped == null) {
            cache.put(person, SHREDDED);
            return SHREDDED;
        }
        PersonKey cached = cache.getIfPresent(person);
        if (cached instanceof Live) {
            return cached;
        }
        PersonKey key = new Live(envelope.unwrap(person, wrapped));
        cache.put(person, key);
        return key;
    }

    /** The keys of many persons: the cached ones, and the others read in one query per thousand. */
    Map<UUID, PersonKey> keys(Connection c, Collection<UUID> persons) throws SQLException {
        Map<UUID, PersonKey> found = new HashMap<>();
        if (envelope == null) {
            for (UUID p : persons) {
                found.put(p, PLAIN);
            }
            return found;
        }
        List<UUID> missing = new ArrayList<>();
        for (UUID p : new LinkedHashSet<>(persons)) {
            PersonKey cached = cache.getIfPresent(p);
            if (cached != null) {
                found.put(p, cached);
            } else {
                missing.add(p);
            }
        }
        for (int from = 0; from < missing.size(); from += 1_000) {
            List<UUID> part = missing.subList(from, Math.min(missing.size(), from + 1_000));
            try (PreparedStatement s = c.prepareStatement("SELECT person_id, wrapped FROM " + KEYS
                    + " WHERE person_id IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    s.setObject(i + 1, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        UUID person = Rows.uuid(r, "person_id");
                        String wrapped = r.getString("wrapped");
                        PersonKey key = wrapped == null ? SHREDDED : new Live(envelope.unwrap(person, wrapped));
                        cache.put(person, key);
                        found.put(person, key);
                    }
                }
            }
            for (UUID p : part) {
                found.putIfAbsent(p, PLAIN);
            }
        }
        return found;
    }

    /**
     * A new data key for a new person, with keys; {@code null} without. It is cached only once its row is written
     * ({@link #remember}), so that a create that fails (a retried create of a stored id) never replaces the key of
     * the person stored.
     */
    Envelope.DataKey newKey(UUID person) {
        return envelope == null ? null : envelope.newDataKey(person);
    }

    /** The key a new person's values are sealed with. */
    static PersonKey of(Envelope.DataKey key) {
        return key == null ? PLAIN : new Live(key.aead());
    }

    /** Caches a person's key once its row is written. */
    void remember(UUID person, Envelope.DataKey key) {
        if (key != null) {
            cache.put(person, new Live(key.aead()));
        }
    }

    /** Forgets a person's cached key (it was shredded, or re-read after a change elsewhere). */
    void forget(UUID person) {
        if (cache != null) {
            cache.invalidate(person);
        }
    }

    /** Forgets every cached key. */
    void forgetAll() {
        if (cache != null) {
            cache.invalidateAll();
        }
    }

    /** The row of a new person's key, in {@link #KEY_ROWS} order. */
    static Object[] keyRow(UUID person, Envelope.DataKey key) {
        return new Object[] {person, key.wrapped()};
    }

    /** The columns of a key row written with a new person. */
    static final Tuples KEY_ROWS = new Tuples(KEYS, List.of("person_id", "wrapped"));

    // blind indexes: with keys, the PRF of the value; without, the value itself (plain, as before encryption)

    /** The kinds of blind index, each its own PRF domain. */
    static final String NIK = "nik";

    static final String FAMILY_CARD = "family-card";
    static final String DUPLICATE = "duplicate";

    /** The index stored for a value of a kind (a sealed person), or the value itself (a plain one). */
    String index(PersonKey key, String kind, String value) {
        if (value == null || key.shredded()) {
            return null;
        }
        return key.sealed() ? envelope.blindIndex(kind, value) : value;
    }

    /**
     * The stored forms a look-up of a value must match: its blind index with keys, and the value itself, which a
     * person not yet migrated still holds (the two never collide: an index is 22 base64url characters, unlike any
     * NIK, family card number or duplicate key).
     */
    List<String> lookups(String kind, String value) {
        return envelope == null ? List.of(value) : List.of(envelope.blindIndex(kind, value), value);
    }
}
