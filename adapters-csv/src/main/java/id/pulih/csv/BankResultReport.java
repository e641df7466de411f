package id.pulih.csv;

import id.pulih.grant.ResultOutcome;
import id.pulih.shared.PaymentId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What applying a bank's result file did: per line, the payment and the outcome of
 * {@code Grants.applyBankResult} ({@code APPLIED}, {@code ALREADY_APPLIED} when the same answer came before,
 * {@code CONFLICT} when it contradicts an earlier answer, {@code NOT_SENT}, {@code UNKNOWN_PAYMENT}), and the lines
 * that could not be read.
 *
 * @param read the data lines read
 * @param lines each applied line's outcome, in file order
 * @param errors the lines refused (unreadable reference, status or reason; or a refusal of the service)
 */
public record BankResultReport(long read, List<Line> lines, List<RowError> errors) {
    /**
     * Copies the lists.
     *
     * @param read the lines read
     * @param lines the outcomes
     * @param errors the refusals
     */
    public BankResultReport {
        lines = List.copyOf(lines);
        errors = List.copyOf(errors);
    }

    /**
     * One applied line.
     *
     * @param line the line in the file
     * @param payment the payment
     * @param outcome what applying it did
     */
    public record Line(long line, PaymentId payment, ResultOutcome outcome) {}

    /**
     * How many lines had each outcome.
     *
     * @return counts by outcome, every outcome present
     */
    public Map<ResultOutcome, Long> counts() {
        Map<ResultOutcome, Long> counts = new EnumMap<>(ResultOutcome.class);
        for (ResultOutcome o : ResultOutcome.values()) {
            counts.put(o, 0L);
        }
        lines.forEach(l -> counts.merge(l.outcome(), 1L, Long::sum));
        return counts;
    }
}
