package id.pulih;

import id.pulih.beneficiary.Beneficiary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One bulk registration in progress, handed to the body of {@link Cases#registerAll}: the body reads its source and
 * hands each chunk of new records to {@link #register}, which decides, record by record, what the engine does with
 * it. Everything runs in the command's single transaction, so a chunk also meets the chunks registered before it.
 * Valid only while the body runs.
 *
 * <p>The body learns nothing of the store beyond the decisions about its own records: whether a record is new, repeats
 * a case the actor covers, or holds a NIK registered in a case the actor does not cover (and then only a reference,
 * never that case's id). The matching against what is stored happens here, in the engine, under the access rules.
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
     * The date of {@link #at()} in Asia/Jakarta ({@link id.pulih.shared.NotAfterToday}): dates after it are in the
     * future.
     *
     * @return today
     */
    LocalDate today();

    /**
     * Registers a chunk of new records, deciding each one in order:
     *
     * <ul>
     *   <li>{@link Outcome#DUPLICATE} when it repeats a case the actor covers (same NIK; without NIK, same
     *       {@linkplain Beneficiary#duplicateKey() duplicate key}) or a record earlier in this command: not written,
     *       so that importing a file twice registers it once;
     *   <li>{@link Outcome#ELSEWHERE} when its NIK is registered in a case the actor does not cover (by jurisdiction,
     *       referral or grant): not written, and refused as {@code case.elsewhere}, a {@code DENIED} entry of the
     *       access log written within this command, whose id is the {@linkplain Decision#reference() reference} a
     *       national officer can resolve ({@link Oversight#resolveReference}); no case id is given;
     *   <li>{@link Outcome#REGISTERED} otherwise: written, and flagged by the rule of {@link Cases#register}
     *       ({@link id.pulih.beneficiary.DuplicateFlagging}) against the stored cases and the records registered
     *       earlier in this command with its duplicate key, whatever their jurisdiction (a flagged pair whose other
     *       side the actor cannot see is for a supervisor who covers both). A record without NIK whose key only
     *       cases the actor does not cover share is registered and flagged so, as {@link Cases#register} does.
     * </ul>
     *
     * <pre>{@code
     * List<BulkRegistration.Decision> decided = batch.register(chunk);
     * for (int i = 0; i < chunk.size(); i++) {
     *     if (decided.get(i).outcome() == BulkRegistration.Outcome.ELSEWHERE) {
     *         report.elsewhere(lines.get(i), decided.get(i).reference().orElseThrow());
     *     }
     * }
     * }</pre>
     *
     * @param chunk the new records, each registered at {@link #at()} by this actor in its jurisdiction, version 0
     * @return the decision for each record of {@code chunk}, in the same order
     * @throws IllegalArgumentException when a record is not a new registration of this command
     * @throws id.pulih.shared.ConflictException {@code beneficiary.nik-registered}, naming no record, when a NIK was
     *     registered by another session since the chunk was matched; the whole command then rolls back
     */
    List<Decision> register(List<Beneficiary> chunk);

    /**
     * Sets the summary of the batch's audit entry (counts, never identifiers); by default the number of records
     * registered, repeated, registered elsewhere and flagged.
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
     * How many records were {@link Outcome#DUPLICATE duplicates} so far.
     *
     * @return the count
     */
    long duplicates();

    /**
     * How many records were {@link Outcome#ELSEWHERE registered elsewhere} so far.
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

    /** What {@link #register} did with a record. */
    enum Outcome {
        /** Written as a new case. */
        REGISTERED,
        /** Not written: it repeats a case the actor covers, or a record earlier in this command. */
        DUPLICATE,
        /** Not written: its NIK is registered in a case the actor does not cover. */
        ELSEWHERE
    }

    /**
     * The decision about one record.
     *
     * @param outcome what was done with it
     * @param reference for {@link Outcome#ELSEWHERE}, the reference of the refusal (the id of its access-log entry);
     *     empty otherwise
     */
    record Decision(Outcome outcome, Optional<String> reference) {
        /** A record written as a new case. */
        public static final Decision REGISTERED = new Decision(Outcome.REGISTERED, Optional.empty());

        /** A record that repeats a case the actor covers. */
        public static final Decision DUPLICATE = new Decision(Outcome.DUPLICATE, Optional.empty());

        /**
         * A decision; a reference goes with {@link Outcome#ELSEWHERE} and only with it.
         *
         * @param outcome what was done; not null
         * @param reference the reference of an {@link Outcome#ELSEWHERE} refusal; not null
         * @throws IllegalArgumentException when the reference is missing or misplaced
         */
        public Decision {
            java.util.Objects.requireNonNull(outcome, "outcome");
            java.util.Objects.requireNonNull(reference, "reference");
            if ((outcome == Outcome.ELSEWHERE) != reference.isPresent()) {
                throw new IllegalArgumentException("a reference goes with ELSEWHERE and only with it");
            }
        }

        /**
         * The decision about a record whose NIK is registered in a case the actor does not cover.
         *
         * @param reference the reference of the refusal; not null
         * @return the decision
         */
        public static Decision elsewhere(String reference) {
            return new Decision(Outcome.ELSEWHERE, Optional.of(reference));
        }
    }
}
