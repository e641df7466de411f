package id.pulih.jdbc.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Random;
import id.pulih.jdbc.StoreError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Every cryptographic operation of an encrypted JDBC store, done by Tink with the keys of a {@link KeyProvider}.
 *
 * <ul>
 *   <li><b>Data keys</b>: each beneficiary has an AES-256-GCM key of its own (Tink's {@link AesGcmJce}, made from 32
 *       random bytes, no keyset built per person), stored wrapped by the master AEAD with the person's id as
 *       associated data, so that a wrapped key copied to another person does not open.
 *   <li><b>Sealed columns</b>: a column's value is the base64 text of its AES-GCM ciphertext (12-byte nonce, text,
 *       16-byte tag) under the person's data key, with the table, the column and the row's id as associated data: a
 *       value moved to another column or row fails to open instead of reading as that row's. The empty text stays
 *       empty.
 *   <li><b>Blind indexes</b>: the PRF of a kind and a value, truncated to {@value #INDEX_BYTES} bytes and stored as
 *       base64url text: equal values give equal indexes, so a unique constraint and an index look-up work on them.
 *   <li><b>Key check</b>: a canary sealed by the master key and a fingerprint of the PRF, recorded at the first open
 *       with keys, tell a wrong key at the next open.
 * </ul>
 *
 * <pre>{@code
 * Envelope envelope = Envelope.of(KeysetFile.load(path));
 * Envelope.DataKey key = envelope.newDataKey(personId);
 * String stored = Envelope.seal(key.aead(), "beneficiary", "name", personId.toString(), "Siti Aminah");
 * Envelope.open(key.aead(), "beneficiary", "name", personId.toString(), stored);    // "Siti Aminah"
 * }</pre>
 */
public final class Envelope {
    /** How many bytes of the PRF's output a blind index keeps: 128 bits, collisions out of reach. */
    public static final int INDEX_BYTES = 16;

    private static final int DATA_KEY_BYTES = 32;
    private static final int GCM_OVERHEAD = 12 + 16;
    private static final byte[] CANARY = "pulih key check".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CANARY_CONTEXT = "pulih:key-check".getBytes(StandardCharsets.UTF_8);
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder UNBASE64 = Base64.getDecoder();
    private static final Base64.Encoder INDEX = Base64.getUrlEncoder().withoutPadding();

    private final Aead master;
    private final Prf prf;

    private Envelope(Aead master, Prf prf) {
        this.master = master;
        this.prf = prf;
    }

    /**
     * The envelope of a provider's keys.
     *
     * @param keys the keys
     * @return the envelope
     */
    public static Envelope of(KeyProvider keys) {
        Objects.requireNonNull(keys, "keys");
        return new Envelope(Objects.requireNonNull(keys.master(), "master"), Objects.requireNonNull(keys.blindIndex()));
    }

    /**
     * A new data key and its wrapped form, for a beneficiary.
     *
     * @param aead the data key's primitive
     * @param wrapped the key wrapped by the master key, base64, to store
     */
    public record DataKey(Aead aead, String wrapped) {
        /**
         * Checks both parts.
         *
         * @param aead the primitive
         * @param wrapped the wrapped key
         */
        public DataKey {
            Objects.requireNonNull(aead, "aead");
            Objects.requireNonNull(wrapped, "wrapped");
        }

        @Override
        public String toString() {
            return "DataKey[wrapped]";
        }
    }

    /**
     * Generates a data key for a person and wraps it by the master key's primary.
     *
     * @param person the beneficiary's id, bound to the wrapped key
     * @return the key
     */
    public DataKey newDataKey(UUID person) {
        byte[] raw = Random.randBytes(DATA_KEY_BYTES);
        try {
            Aead aead = new AesGcmJce(raw);
            return new DataKey(aead, BASE64.encodeToString(master.encrypt(raw, keyContext(person))));
        } catch (GeneralSecurityException e) {
            throw StoreError.KEY_WRONG.refuse(null, " (the master key could not wrap a data key)");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Unwraps a person's data key.
     *
     * @param person the beneficiary's id
     * @param wrapped the wrapped key as stored
     * @return the key's primitive
     * @throws id.pulih.jdbc.StoreException {@code store.key-wrong} when the master key does not open it
     */
    public Aead unwrap(UUID person, String wrapped) {
        byte[] raw = null;
        try {
            raw = master.decrypt(UNBASE64.decode(wrapped), keyContext(person));
            return new AesGcmJce(raw);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw StoreError.KEY_WRONG.refuse(null, " (the master key does not open the data key of a case)");
        } finally {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
        }
    }

    /**
     * Wraps a person's data key again by the master key's primary, without touching what the key encrypted.
     *
     * @param person the beneficiary's id
     * @param wrapped the key as stored, wrapped by any enabled master key
     * @return the key wrapped by the primary
     * @throws id.pulih.jdbc.StoreException {@code store.key-wrong} when no master key opens it
     */
    public String rewrap(UUID person, String wrapped) {
        byte[] raw = null;
        try {
            byte[] context = keyContext(person);
            raw = master.decrypt(UNBASE64.decode(wrapped), context);
            return BASE64.encodeToString(master.encrypt(raw, context));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw StoreError.KEY_WRONG.refuse(null, " (no master key opens the data key of a case)");
        } finally {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
        }
    }

    /**
     * Seals a column's value.
     *
     * @param key the person's data key
     * @param table the table
     * @param column the column
     * @param row the row's id
     * @param text the value; null stays null, and the empty text stays empty (an absent note or reason: whether
     *     there is one shows in the row's status anyway, and the database's checks on empty reasons keep working)
     * @return the base64 ciphertext, or null, or empty
     */
    public static String seal(Aead key, String table, String column, String row, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        try {
            return BASE64.encodeToString(
                    key.encrypt(text.getBytes(StandardCharsets.UTF_8), columnContext(table, column, row)));
        } catch (GeneralSecurityException e) {
            throw StoreError.CORRUPT.refuse(null, table + "." + column);
        }
    }

    /**
     * Opens a sealed column's value.
     *
     * @param key the person's data key
     * @param table the table
     * @param column the column
     * @param row the row's id
     * @param sealed the stored value; null stays null, empty stays empty
     * @return the value, or null, or empty
     * @throws id.pulih.jdbc.StoreException {@code store.corrupt} when it does not open: altered, or moved from another
     *     column, row or person
     */
    public static String open(Aead key, String table, String column, String row, String sealed) {
        if (sealed == null || sealed.isEmpty()) {
            return sealed;
        }
        try {
            return new String(
                    key.decrypt(UNBASE64.decode(sealed), columnContext(table, column, row)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw StoreError.CORRUPT.refuse(null, table + "." + column);
        }
    }

    /**
     * How long the sealed text of a value of at most this many characters can be: every character may take 3 bytes
     * in UTF-8 (a surrogate pair takes 4 for 2 characters), plus the nonce and tag, in base64.
     *
     * @param maxChars the most characters the value may have
     * @return the most characters its sealed text has
     */
    public static int sealedLength(int maxChars) {
        int bytes = 3 * maxChars + GCM_OVERHEAD;
        return 4 * ((bytes + 2) / 3);
    }

    /**
     * The blind index of a value: the PRF of its kind and the value, truncated, as base64url text.
     *
     * @param kind what the value is ({@code nik}, {@code family-card}, {@code duplicate}), so that equal texts of two
     *     kinds index differently
     * @param value the value
     * @return the index, {@value #INDEX_BYTES} bytes in 22 characters
     */
    public String blindIndex(String kind, String value) {
        byte[] k = kind.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        byte[] input = ByteBuffer.allocate(4 + k.length + v.length)
                .putInt(k.length)
                .put(k)
                .put(v)
                .array();
        try {
            return INDEX.encodeToString(prf.compute(input, INDEX_BYTES));
        } catch (GeneralSecurityException e) {
            throw StoreError.KEY_WRONG.refuse(null, " (the blind-index key could not compute an index)");
        }
    }

    /**
     * A new canary: a known text sealed by the master key, kept by the database to check the key at each open.
     *
     * @return the canary, base64
     */
    public String canary() {
        try {
            return BASE64.encodeToString(master.encrypt(CANARY, CANARY_CONTEXT));
        } catch (GeneralSecurityException e) {
            throw StoreError.KEY_WRONG.refuse(null, " (the master key could not seal the key check)");
        }
    }

    /**
     * Whether the master key opens a canary.
     *
     * @param canary the canary stored
     * @return true when it opens to the known text
     */
    public boolean opens(String canary) {
        try {
            return Arrays.equals(CANARY, master.decrypt(UNBASE64.decode(canary), CANARY_CONTEXT));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The fingerprint of the blind-index key: its index of a fixed text, which tells a wrong PRF key at open.
     *
     * @return the fingerprint
     */
    public String fingerprint() {
        return blindIndex("key-check", "pulih");
    }

    private static byte[] keyContext(UUID person) {
        return ("pulih:data-key:" + person).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] columnContext(String table, String column, String row) {
        return (table + '\u0000' + column + '\u0000' + row).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Envelope[keys withheld]";
    }
}
