package id.pulih.grant;

import id.pulih.shared.Rupiah;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts and totals of payments by status, for a batch or a scheme. Always the sum over the payments it was computed
 * from: {@code total() = approved + sent + paid + rejected}.
 *
 * @param approvedCount payments approved, not sent
 * @param approvedTotal their total
 * @param sentCount payments sent, not answered
 * @param sentTotal their total
 * @param paidCount payments paid
 * @param paidTotal their total
 * @param rejectedCount payments rejected
 * @param rejectedTotal their total
 */
public record Reconciliation(
        long approvedCount,
        Rupiah approvedTotal,
        long sentCount,
        Rupiah sentTotal,
        long paidCount,
        Rupiah paidTotal,
        long rejectedCount,
        Rupiah rejectedTotal) {

    /**
     * Reconciles a set of payments.
     *
     * @param payments the payments
     * @return the counts and totals
     */
    public static Reconciliation of(Collection<Payment> payments) {
        long[] counts = new long[PaymentStatus.values().length];
        List<List<Rupiah>> amounts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            amounts.add(new ArrayList<>());
        }
        for (Payment p : payments) {
            counts[p.status().ordinal()]++;
            amounts.get(p.status().ordinal()).add(p.amount());
        }
        return new Reconciliation(
                counts[0],
                Rupiah.sum(amounts.get(0)),
                counts[1],
                Rupiah.sum(amounts.get(1)),
                counts[2],
                Rupiah.sum(amounts.get(2)),
                counts[3],
                Rupiah.sum(amounts.get(3)));
    }

    /**
     * How many payments.
     *
     * @return the count over every status
     */
    public long count() {
        return approvedCount + sentCount + paidCount + rejectedCount;
    }

    /**
     * The total over every status.
     *
     * @return the total
     */
    public Rupiah total() {
        return Rupiah.sum(approvedTotal, sentTotal, paidTotal, rejectedTotal);
    }
}
