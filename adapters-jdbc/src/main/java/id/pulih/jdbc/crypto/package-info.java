/**
 * The keys of encryption at rest in the JDBC store (envelope encryption with Google Tink).
 *
 * <p>A {@link id.pulih.jdbc.crypto.KeyProvider} gives the store two keys: the master AEAD, which wraps and unwraps the
 * data key of each beneficiary, and the blind-index PRF, a separate key that turns a NIK, a family card number or a
 * duplicate key into a fixed-length look-up value. {@link id.pulih.jdbc.crypto.KeysetFile} keeps both as Tink keysets
 * in one owner-only file (create, load, rotate, retire); an integrator with a KMS or an HSM implements {@code
 * KeyProvider} instead. {@link id.pulih.jdbc.crypto.Envelope} does every cryptographic operation of the store with
 * those keys: per-person data keys (AES-256-GCM), the ciphertext of a column bound to its table, column and row, the
 * blind indexes, and the key check a database keeps to refuse a wrong key. No cryptography is written here: Tink does
 * all of it.
 */
package id.pulih.jdbc.crypto;
