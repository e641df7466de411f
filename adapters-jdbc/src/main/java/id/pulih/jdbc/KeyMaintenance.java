package id.pulih.jdbc;

import id.pulih.jdbc.crypto.Envelope;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.RecordType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key work of an encrypted store: the key check at open, crypto-shredding, the re-wrapping of data keys after a
 * rotation, and the in-place sealing of a database written without keys, each in chunks of one transaction.
 */
final class KeyMaintenance {
    private static final Logger LOG = LoggerFactory.getLogger(KeyMaintenance.class);

    /** What a migration reports as it goes; a test seam for crashes inside and between chunks. */
    interface Progress {
        /** A person was sealed, inside the chunk's transaction (not yet committed). */
        default void sealed(UUID person) {}

        /** A chunk was committed; {@code done} persons are sealed by this run so far. */
        void committed(long done);
    }

    private final Jdbc jdbc;
    private final Sealing sealing;

    KeyMaintenance(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.sealing = jdbc.sealing();
    }

    /**
     * Checks the keys against the database at open. With keys: records the key check at the first open, and refuses
     * keys whose master does not open the canary or whose PRF gives another fingerprint. Without: refuses a database
     * that holds a key check.
     */
    static void verify(DataSource dataSource, Sealing sealing) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Optional<String[]> check =
                    Rows.one(c, "SELECT canary, fingerprint FROM store_key_check WHERE id = 1", s -> {}, r ->
                            new String[] {r.getString("canary"), r.getString("fingerprint")});
            if (!sealing.encrypted()) {
                if (check.isPresent()) {
                    throw StoreError.KEY_MISSING.refuse(null, "");
                }
                return;
            }
            Envelope envelope = sealing.envelope();
            if (check.isEmpty()) {
                try {
                    Rows.update(
                            c,
                            "INSERT INTO store_key_check (id, canary, fingerprint, created_at) VALUES (1, ?, ?, ?)",
                            s -> {
                                s.setString(1, envelope.canary());
                                s.setString(2, envelope.fingerprint());
                                Rows.setInstant(s, 3, Instant.now());
                            });
                    LOG.info("recorded the key check of the database: it is encrypted at rest from now on");
                    return;
                } catch (SQLException raced) {
                    // another store recorded it first: check against that one
                    verify(dataSource, sealing);
                    return;
                }
            }
            if (!envelope.opens(check.get()[0])) {
                throw StoreError.KEY_WRONG.refuse(null, " (its master key does not open the key check)");
            }
            if (!envelope.fingerprint().equals(check.get()[1])) {
                throw StoreError.KEY_WRONG.refuse(null, " (its blind-index key is not the database's)");
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /**
     * Destroys a person's data key: the wrapped key is cleared and the time kept, the blind indexes of the person are
     * cleared, and every sealed value of the person is unreadable from then on. A person still plain (not yet
     * migrated) is sealed first, in the same transaction, so that shredding always removes the data.
     *
     * @return false when the person was shredded already
     */
    boolean shred(BeneficiaryId person, Instant at) {
        if (!sealing.encrypted()) {
            throw StoreError.KEY_MISSING.refuse(null, " (crypto-shredding needs the store's keys)");
        }
        UUID id = person.value();
        boolean done = jdbc.inTransaction(() -> jdbc.call(c -> {
            Optional<Boolean> live = Rows.one(
                    c,
                    "SELECT wrapped FROM " + Sealing.KEYS + " WHERE person_id = ? FOR UPDATE",
                    s -> s.setObject(1, id),
                    r -> r.getString(1) != null);
            if (live.isPresent() && !live.get()) {
                return false;
            }
            if (live.isEmpty()) {
                int found = Rows.one(
                                c,
                                "SELECT COUNT(*) FROM beneficiary WHERE id = ?",
                                s -> s.setObject(1, id),
                                r -> r.getInt(1))
                        .orElse(0);
                if (found == 0) {
                    throw new NotFoundException(RecordType.BENEFICIARY, person);
                }
                seal(c, List.of(id), (Progress) count -> {});
            }
            Rows.update(c, "UPDATE " + Sealing.KEYS + " SET wrapped = NULL, shredded_at = ? WHERE person_id = ?", s -> {
                Rows.setInstant(s, 1, at);
                s.setObject(2, id);
            });
            Rows.update(
                    c,
                    "UPDATE beneficiary SET nik_index = NULL, family_card_index = NULL, duplicate_index = NULL"
                            + " WHERE id = ?",
                    s -> s.setObject(1, id));
            return true;
        }));
        sealing.forget(id);
        return done;
    }

    /**
     * Wraps every data key again by the master key's primary, a chunk per transaction, then the key check; the data
     * are not touched. Run after a rotation has added a new primary, before the old master keys are retired.
     *
     * @return how many data keys were re-wrapped
     */
    long rewrap(int chunk, LongConsumer progress) {
        Envelope envelope = sealing.envelope();
        long done = 0;
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        boolean first = true;
        while (true) {
            UUID from = after;
            boolean start = first;
            List<UUID> part = jdbc.inTransaction(() -> jdbc.call(c -> {
                List<String[]> rows = Rows.list(
                        c,
                        "SELECT person_id, wrapped FROM " + Sealing.KEYS + " WHERE wrapped IS NOT NULL"
                                + (start ? "" : " AND person_id > ?") + " ORDER BY person_id FETCH FIRST "
                                + chunk + " ROWS ONLY",
                        s -> {
                            if (!start) {
                                s.setObject(1, from);
                            }
                        },
                        r -> new String[] {Rows.uuid(r, "person_id").toString(), r.getString("wrapped")});
                List<UUID> ids = new ArrayList<>();
                try (PreparedStatement s =
                        c.prepareStatement("UPDATE " + Sealing.KEYS + " SET wrapped = ? WHERE person_id = ?")) {
                    for (String[] row : rows) {
                        UUID person = UUID.fromString(row[0]);
                        s.setString(1, envelope.rewrap(person, row[1]));
                        s.setObject(2, person);
                        s.addBatch();
                        ids.add(person);
                    }
                    s.executeBatch();
                }
                return ids;
            }));
            if (part.isEmpty()) {
                break;
            }
            done += part.size();
            after = part.get(part.size() - 1);
            first = false;
            progress.accept(done);
        }
        jdbc.call(c -> Rows.update(
                c, "UPDATE store_key_check SET canary = ? WHERE id = 1", s -> s.setString(1, envelope.canary())));
        return done;
    }

    /** How many persons are still plain: written without keys, not yet sealed. */
    long plainCount() {
        return jdbc.call(c -> Rows.one(
                        c,
                        "SELECT COUNT(*) FROM beneficiary b WHERE NOT EXISTS (SELECT 1 FROM " + Sealing.KEYS
                                + " k WHERE k.person_id = b.id)",
                        s -> {},
                        r -> r.getLong(1))
                .orElse(0L));
    }

    /**
     * Seals in place every person written without keys, a chunk of persons per transaction: a person's rows in every
     * table and its key row are written together, so that a crash (between chunks or inside one) leaves every person
     * either wholly plain or wholly sealed, each read correctly; running it again goes on where it stopped.
     *
     * @return how many persons this run sealed
     */
    long encryptInPlace(int chunk, Progress progress) {
        if (!sealing.encrypted()) {
            throw StoreError.KEY_MISSING.refuse(null, " (sealing a database needs keys)");
        }
        long done = 0;
        while (true) {
            List<UUID> part = jdbc.inTransaction(() -> jdbc.call(c -> {
                List<UUID> ids = Rows.list(
                        c,
                        "SELECT b.id FROM beneficiary b WHERE NOT EXISTS (SELECT 1 FROM " + Sealing.KEYS
                                + " k WHERE k.person_id = b.id) ORDER BY b.id FETCH FIRST " + chunk + " ROWS ONLY",
                        s -> {},
                        r -> Rows.uuid(r, "id"));
                seal(c, ids, progress);
                return ids;
            }));
            if (part.isEmpty()) {
                return done;
            }
            done += part.size();
            progress.committed(done);
        }
    }

    /** Seals every row of these plain persons, in the caller's transaction, and writes their key rows. */
    private void seal(Connection c, List<UUID> persons, Progress progress) throws SQLException {
        if (persons.isEmpty()) {
            return;
        }
        Map<UUID, Envelope.DataKey> keys = new HashMap<>();
        for (UUID p : persons) {
            keys.put(p, sealing.newKey(p));
        }
        String marks = String.join(", ", Collections.nCopies(persons.size(), "?"));
        for (SealedColumns.Table table : SealedColumns.TABLES) {
            boolean main = table.name().equals(JdbcBeneficiaries.TABLE);
            List<String> read = new ArrayList<>(table.columns());
            if (main) {
                read.addAll(List.of("nik_index", "family_card_index", "duplicate_index"));
            }
            StringBuilder select = new StringBuilder("SELECT ");
            for (String k : table.key()) {
                select.append("t.").append(k).append(", ");
            }
            select.append(table.person()).append(" AS owner");
            for (String column : read) {
                select.append(", t.").append(column);
            }
            select.append(" FROM ").append(table.name()).append(" t").append(table.joins());
            select.append(" WHERE ")
                    .append(table.person())
                    .append(" IN (")
                    .append(marks)
                    .append(")");
            StringBuilder update = new StringBuilder("UPDATE " + table.name() + " SET ");
            update.append(String.join(" = ?, ", read)).append(" = ? WHERE ");
            update.append(String.join(" = ? AND ", table.key())).append(" = ?");
            try (PreparedStatement q = c.prepareStatement(select.toString());
                    PreparedStatement u = c.prepareStatement(update.toString())) {
                for (int i = 0; i < persons.size(); i++) {
                    q.setObject(i + 1, persons.get(i));
                }
                boolean any = false;
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        Sealing.PersonKey key = Sealing.of(keys.get(Rows.uuid(r, "owner")));
                        List<String> parts = new ArrayList<>();
                        for (String k : table.key()) {
                            parts.add(String.valueOf(r.getObject(k)));
                        }
                        String row = String.join("/", parts);
                        int at = 1;
                        for (String column : table.columns()) {
                            u.setString(at++, key.seal(table.name(), column, row, r.getString(column)));
                        }
                        if (main) {
                            u.setString(at++, sealing.index(key, Sealing.NIK, r.getString("nik_index")));
                            u.setString(
                                    at++, sealing.index(key, Sealing.FAMILY_CARD, r.getString("family_card_index")));
                            u.setString(at++, sealing.index(key, Sealing.DUPLICATE, r.getString("duplicate_index")));
                        }
                        for (String k : table.key()) {
                            u.setObject(at++, r.getObject(k));
                        }
                        u.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    u.executeBatch();
                }
            }
        }
        List<Object[]> keyRows = new ArrayList<>();
        for (UUID p : persons) {
            keyRows.add(Sealing.keyRow(p, keys.get(p)));
            progress.sealed(p);
        }
        Sealing.KEY_ROWS.insert(c, keyRows);
    }
}
