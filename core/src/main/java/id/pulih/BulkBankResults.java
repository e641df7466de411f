package id.pulih;

import id.pulih.grant.BankResult;
import id.pulih.grant.ResultOutcome;

/**
 * One bank result file in progress, handed to the body of {@link Grants#applyBankResults}: {@link #apply} for each
 * answer, all in the command's single transaction. Valid only while the body runs.
 *
 * <p>An answer is refused alone: {@link #apply} checks every rule before it writes, so a {@link
 * id.pulih.shared.PulihException} it throws ({@code access.denied} for a payment of a programme outside the
 * jurisdiction) means that answer changed nothing, and the body may carry on with the next one. An answer that
 * cannot apply (an unknown reference, a conflicting answer) is not refused: its outcome says so, as a single call's
 * does.
 */
public interface BulkBankResults {
    /**
     * Applies one answer by the rules of {@link Grants#applyBankResult}.
     *
     * @param result the answer; not null
     * @return what it did
     * @throws id.pulih.shared.PulihException when the answer is refused; nothing of it is written
     */
    ResultOutcome apply(BankResult result);

    /**
     * How many answers came to an outcome so far.
     *
     * @param outcome the outcome; not null
     * @return the count
     */
    long count(ResultOutcome outcome);

    /**
     * How many answers {@link #apply} refused so far.
     *
     * @return the count
     */
    long refused();
}
