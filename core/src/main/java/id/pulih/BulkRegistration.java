package id.pulih;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.shared.Nik;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One bulk registration in progress, handed to the body of {@link Cases#registerAll}: the look-ups an importer needs
 * to skip what is already registered, and {@link #register} for each chunk of new records. Everything runs in the
 * command's single transaction, so the look-ups also see the chunks registered before. Valid only while the body runs.
 *
 * <p>Records are handed over in chunks so that memory stays flat however long the file: the registration keeps no
 * record after its chunk, only their identifiers when domain events are listened to (16 bytes each).
 */
public interface BulkRegistration {
    /**
     * The instant of the command: every record registered must have been registered at it, by the actor of the
     * {@link Desk}, in its jurisdiction ({@link Beneficiary#register}).
     *
     * @return the instant, in microseconds
     */
    Instant at();

    /**
     * The date of {@link #at()} in the clock's zone: dates after it are in the future.
     *
     * @return today
     */
    LocalDate today();

    /**
     * How many beneficiaries are stored (merged ones included), chunks already registered by this command included.
     *
     * @return the count
     */
    long stored();

    /**
     * Which of these NIKs are registered.
     *
     * @param niks the NIKs; not null
     * @return those registered
     */
    Set<Nik> registeredNiks(Collection<Nik> niks);

    /**
     * Which of these NIKs are registered in a case this actor does not cover (by jurisdiction, referral or grant),
     * each with the reference of its refusal ({@code case.elsewhere}): such a row is neither a duplicate (the actor
     * cannot see the case) nor registrable (one case per NIK). Each NIK found so is a {@code DENIED} entry of the
     * access log, written within this command, whose id is the reference a national officer can resolve
     * ({@link Oversight#resolveReference}); each counts once in {@link #registeredElsewhere()}. No case id is given.
     * Ask only about NIKs {@link #registeredNiks registered}: the others are never elsewhere.
     *
     * @param niks the NIKs; not null
     * @return those registered elsewhere, each with its reference, in the order asked
     */
    Map<Nik, String> elsewhere(Collection<Nik> niks);

    /**
     * The stored beneficiaries with each of these duplicate keys.
     *
     * @param keys the keys; not null
     * @return the beneficiaries by key; a key without any is absent
     */
    Map<DuplicateKey, List<Beneficiary>> findByDuplicateKeys(Collection<DuplicateKey> keys);

    /**
     * Hands every stored beneficiary's NIK (if any) and duplicate key to {@code each}, without loading whole records.
     *
     * @param each receives each identity; not null
     */
    void forEachIdentity(BiConsumer<Optional<Nik>, DuplicateKey> each);

    /**
     * Registers a chunk of new records and flags, by the same rule as {@link Cases#register}
     * ({@link id.pulih.beneficiary.DuplicateFlagging}), each one against the records with its duplicate key that the
     * caller found (stored, or earlier in the batch). The caller has made sure no NIK is registered twice.
     *
     * @param chunk the new records, each registered at {@link #at()} by this actor in its jurisdiction, version 0
     * @param similar for each record of {@code chunk}, in the same order, the records it may duplicate
     * @return how many potential duplicates were flagged
     * @throws IllegalArgumentException when a record is not a new registration of this command, or the lists differ
     *     in size
     * @throws id.pulih.shared.ConflictException {@code beneficiary.nik-registered}, naming no record, when a NIK is
     *     registered already (by another session since the caller looked); the whole command then rolls back
     */
    long register(List<Beneficiary> chunk, List<? extends Collection<Beneficiary>> similar);

    /**
     * Sets the summary of the batch's audit entry (counts, never identifiers); by default the number of records
     * registered and flagged.
     *
     * @param summary the summary, at most 1,000 characters
     */
    void summary(String summary);

    /**
     * How many records have been registered so far.
     *
     * @return the count
     */
    long registered();

    /**
     * How many NIKs {@link #elsewhere} found registered in cases this actor does not cover, so far.
     *
     * @return the count
     */
    long registeredElsewhere();

    /**
     * How many potential duplicates have been flagged so far.
     *
     * @return the count
     */
    long flagged();
}
