package id.pulih.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import id.pulih.BulkBankResults;
import id.pulih.Pulih;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantError;
import id.pulih.grant.RejectionReason;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.NotAfterToday;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PulihException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a bank's result file for a payment batch: one line per payment with {@code reference} (the payment id
 * from the {@link PaymentBatchFile}), {@code status} ({@code PAID}, {@code BERHASIL}, {@code SUKSES} or
 * {@code REJECTED}, {@code GAGAL}, {@code DITOLAK}) and, for a rejection, {@code reason} (a
 * {@link RejectionReason} such as {@code ACCOUNT_NOT_FOUND}, or {@code rekening tidak ditemukan}, {@code nama
 * tidak sesuai}, {@code rekening ditutup}); optionally {@code bank_reference} (else the reference) and {@code date}
 * (else today).
 *
 * <p>The importer only reads and maps lines: the whole file is one {@code Grants.applyBankResults} command (one
 * transaction, its role check, one audit entry with counts), each line applied by the rules of {@code
 * Grants.applyBankResult}. A line refused (a control byte such as NUL in any cell is {@code csv.binary}) changes
 * nothing and costs no other line; a failure of the file half-way
 * leaves nothing written. Since each answer is idempotent, applying a file again is safe: lines already applied come
 * back {@code ALREADY_APPLIED}.
 *
 * <pre>{@code
 * BankResultReport report = BankResultImport.of(pulih).apply(officer, Path.of("bri-hasil.csv"), ImportOptions.defaults());
 * report.counts().get(ResultOutcome.APPLIED);
 * }</pre>
 */
public final class BankResultImport {
    private static final Map<String, List<String>> ALIASES = Map.of(
            "reference", List.of("referensi", "ref", "payment_id", "no referensi"),
            "status", List.of("hasil", "status transfer"),
            "reason", List.of("alasan", "keterangan", "alasan penolakan"),
            "bank_reference", List.of("referensi bank", "no referensi bank"),
            "date", List.of("tanggal", "tanggal transfer"));
    private static final Map<String, Boolean> STATUSES = statuses();
    private static final Map<String, RejectionReason> REASONS = reasons();

    private final Pulih pulih;

    private BankResultImport(Pulih pulih) {
        this.pulih = pulih;
    }

    /**
     * An importer of bank results over a Pulih.
     *
     * @param pulih the Pulih; not null
     * @return the importer
     */
    public static BankResultImport of(Pulih pulih) {
        return new BankResultImport(Objects.requireNonNull(pulih, "pulih"));
    }

    /**
     * Applies a result file.
     *
     * @param actor the officer
     * @param file the file
     * @param options the charset (other options unused)
     * @return the report
     * @throws CsvImportException when the file as a whole cannot be read
     * @throws AccessDeniedException for an actor who may not change records
     */
    public BankResultReport apply(Actor actor, Path file, ImportOptions options) {
        Objects.requireNonNull(file, "file");
        try {
            return apply(actor, Files.newInputStream(file), options);
        } catch (IOException e) {
            throw CsvError.IO.refuse(e, "file", "opened");
        }
    }

    /**
     * Applies a result stream, which is read to its end and closed.
     *
     * @param actor the officer
     * @param in the bytes
     * @param options the charset
     * @return the report
     * @throws CsvImportException when the file as a whole cannot be read
     * @throws AccessDeniedException for an actor who may not change records
     */
    public BankResultReport apply(Actor actor, InputStream in, ImportOptions options) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        LocalDate today = NotAfterToday.today(pulih.clock());
        return pulih.as(actor).grants().applyBankResults(file -> read(file, in, options, today));
    }

    private static BankResultReport read(BulkBankResults file, InputStream in, ImportOptions options, LocalDate today) {
        long read = 0;
        List<BankResultReport.Line> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CsvSource source = CsvSource.open(in, options.charset())) {
            CsvRecord first = source.next(options.charset());
            if (first == null) {
                throw CsvError.EMPTY.refuse("has no rows");
            }
            Columns columns = new Columns(CsvSource.cells(first), ALIASES, List.of("reference", "status"));
            CsvRecord record;
            while ((record = source.next(options.charset())) != null) {
                read++;
                long line = record.getStartingLineNumber();
                List<String> cells = CsvSource.cells(record);
                Optional<RowError> binary = columns.binary(line, cells);
                if (binary.isPresent()) {
                    errors.add(binary.get());
                    continue;
                }
                try {
                    BankResult result = result(columns, cells, today);
                    lines.add(new BankResultReport.Line(line, result.payment(), file.apply(result)));
                } catch (InvalidValueException e) {
                    errors.add(new RowError(line, columnOf(columns, e.field()), e.field(), e.code(), e.detail()));
                } catch (PulihException e) {
                    errors.add(new RowError(line, "", "row", e.code(), e.getMessage()));
                }
            }
        }
        return new BankResultReport(read, lines, errors);
    }

    private static String columnOf(Columns columns, String field) {
        return columns.has(field) ? columns.header(field) : field;
    }

    private static BankResult result(Columns columns, List<String> cells, LocalDate today) {
        String reference = columns.value(cells, "reference");
        PaymentId payment;
        try {
            payment = PaymentId.parse(reference);
        } catch (InvalidValueException e) {
            throw e.withField("reference");
        }
        Boolean paid = STATUSES.get(Text.fold(columns.value(cells, "status")));
        if (paid == null) {
            throw GrantError.BANK_RESULT_STATUS.invalid();
        }
        String bankReference = columns.value(cells, "bank_reference");
        if (bankReference.isEmpty()) {
            bankReference = reference;
        }
        LocalDate date = today;
        String dateText = columns.value(cells, "date");
        if (!dateText.isEmpty()) {
            try {
                date = Text.date(dateText);
            } catch (Text.DateFormatException e) {
                throw e.error().invalidAt("date");
            }
        }
        if (paid) {
            return BankResult.paid(payment, bankReference, date);
        }
        String reasonText = columns.value(cells, "reason");
        RejectionReason reason = REASONS.get(Text.fold(reasonText));
        if (reason == null) {
            throw GrantError.BANK_RESULT_REASON.invalidAt(
                    "reason", "a rejection needs a reason such as ACCOUNT_NOT_FOUND, NAME_MISMATCH");
        }
        return BankResult.rejected(payment, bankReference, reason, date);
    }

    private static Map<String, Boolean> statuses() {
        Map<String, Boolean> map = new HashMap<>();
        for (String s : List.of("paid", "success", "sukses", "berhasil", "ok", "settled")) {
            map.put(Text.fold(s), true);
        }
        for (String s : List.of("rejected", "failed", "gagal", "ditolak", "reject", "retur")) {
            map.put(Text.fold(s), false);
        }
        return Map.copyOf(map);
    }

    private static Map<String, RejectionReason> reasons() {
        Map<String, RejectionReason> map = new HashMap<>();
        for (RejectionReason r : RejectionReason.values()) {
            map.put(Text.fold(r.name()), r);
        }
        map.put(Text.fold("rekening tidak ditemukan"), RejectionReason.ACCOUNT_NOT_FOUND);
        map.put(Text.fold("rekening tidak dikenal"), RejectionReason.ACCOUNT_NOT_FOUND);
        map.put(Text.fold("nama tidak sesuai"), RejectionReason.NAME_MISMATCH);
        map.put(Text.fold("nama berbeda"), RejectionReason.NAME_MISMATCH);
        map.put(Text.fold("rekening ditutup"), RejectionReason.ACCOUNT_CLOSED);
        map.put(Text.fold("rekening tutup"), RejectionReason.ACCOUNT_CLOSED);
        return Map.copyOf(map);
    }
}
