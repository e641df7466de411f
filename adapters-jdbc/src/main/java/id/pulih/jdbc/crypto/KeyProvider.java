package id.pulih.jdbc.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.prf.Prf;

/**
 * The two keys of an encrypted JDBC store: the master AEAD that wraps every beneficiary's data key, and the
 * blind-index PRF (a separate key) behind look-ups and uniqueness of NIKs, family card numbers and duplicate keys.
 *
 * <p>{@link KeysetFile} keeps both in a Tink keyset file; an integrator plugs a KMS or an HSM by implementing this
 * interface, for example with a Tink KMS client's AEAD ({@code KmsClient.getAead(keyUri)}) as the master key:
 *
 * <pre>{@code
 * KeyProvider kms = new KeyProvider() {
 *     public Aead master() { return kmsClient.getAead("gcp-kms://projects/.../cryptoKeys/pulih"); }
 *     public Prf blindIndex() { return blindIndexKeyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class)...; }
 * };
 * JdbcStore store = JdbcStore.builder(dataSource).keys(kms).open();
 * }</pre>
 *
 * <p>The master AEAD must decrypt what any of its enabled keys encrypted (a Tink keyset primitive does), so that a
 * rotation can add a new primary key and re-wrap the data keys while the old ones still open. The PRF must never
 * change for a database: the blind indexes stored are its outputs.
 */
public interface KeyProvider {
    /**
     * The master key: encrypts with its primary key, decrypts with any of its enabled keys.
     *
     * @return the AEAD that wraps and unwraps data keys
     */
    Aead master();

    /**
     * The blind-index key.
     *
     * @return the PRF whose truncated output is stored as a look-up value
     */
    Prf blindIndex();
}
