package id.pulih.csv;

import id.pulih.Pulih;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessError;
import id.pulih.access.Actor;
import id.pulih.grant.Payment;
import id.pulih.shared.BatchId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the file a bank takes for one payment batch: one line per payment with {@code reference} (the payment id,
 * which the bank's result file must quote back), {@code bank_code}, {@code account_number}, {@code account_holder}
 * and {@code amount} (whole rupiah, digits only). One file per batch; a batch holds one bank's payments.
 *
 * <p>The file carries whole account numbers, since the bank needs them: only an officer who may change records and
 * who may open the case of every payment in it may write it (read through
 * {@code pulih.as(actor).grants().batchPayments(batch)}, which puts each case in the access log).
 *
 * <pre>{@code
 * PaymentBatch batch = grants.prepareBatches(scheme.id(), 500).get(0);
 * PaymentBatchFile.of(pulih).write(officer, batch.id(), Path.of("bri-2019-11-04.csv"), ',');
 * grants.sendBatch(batch.id(), LocalDate.of(2019, 11, 4));
 * }</pre>
 */
public final class PaymentBatchFile {
    static final List<String> HEADER = List.of("reference", "bank_code", "account_number", "account_holder", "amount");

    private final Pulih pulih;

    private PaymentBatchFile(Pulih pulih) {
        this.pulih = pulih;
    }

    /**
     * A writer of batch files over a Pulih.
     *
     * @param pulih the Pulih; not null
     * @return the writer
     */
    public static PaymentBatchFile of(Pulih pulih) {
        return new PaymentBatchFile(Objects.requireNonNull(pulih, "pulih"));
    }

    /**
     * Writes a batch to a UTF-8 file (no byte order mark: banks' systems read plain UTF-8).
     *
     * @param actor the officer
     * @param batch the batch
     * @param file the file, replaced if it exists; created readable by its owner only ({@link PrivateFiles})
     * @param separator {@code ,}, {@code ;} or tab, as the bank asks
     * @return the number of payments written
     * @throws NotFoundException {@code payment-batch.not-found}
     * @throws AccessDeniedException for an auditor, a batch outside the officer's jurisdiction, or one holding a payment
     *     of a case the officer may not open
     * @throws UncheckedIOException when the file cannot be written
     */
    public int write(Actor actor, BatchId batch, Path file, char separator) {
        try (Writer out = PrivateFiles.newWriter(file)) {
            return write(actor, batch, out, separator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a batch to a writer, which stays open.
     *
     * @param actor the officer
     * @param batch the batch
     * @param out the writer
     * @param separator {@code ,}, {@code ;} or tab
     * @return the number of payments written
     * @throws NotFoundException {@code payment-batch.not-found}
     * @throws AccessDeniedException for an auditor, a batch outside the officer's jurisdiction, or one holding a payment
     *     of a case the officer may not open
     */
    public int write(Actor actor, BatchId batch, Writer out, char separator) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(out, "out");
        if (!actor.role().canChange()) {
            throw new AccessDeniedException(
                    AccessError.ROLE,
                    actor.id(),
                    "grant.batch-file",
                    batch.toString(),
                    "the role " + actor.role() + " does not send payments");
        }
        List<Payment> payments = pulih.as(actor).grants().batchPayments(batch);
        CsvOut csv = new CsvOut(out, CsvOut.separator(separator));
        csv.row(HEADER);
        int written = 0;
        for (Payment p : payments) {
            csv.row(
                    p.id().toString(),
                    p.account().bank().code(),
                    p.account().number(),
                    p.account().holder().value(),
                    Long.toString(p.amount().amount()));
            written++;
        }
        csv.flush();
        return written;
    }
}
