package id.pulih.csv;

import id.pulih.Cases;
import id.pulih.Pulih;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Exports beneficiaries to CSV, in the columns {@link BeneficiaryImport} reads (English headers), so that an
 * identified export imports back to the same people.
 *
 * <p>Every case is opened through the officer's {@code Desk} ({@code pulih.as(actor).cases().get(id)}): a case
 * outside the officer's jurisdiction stops the export with {@link AccessDeniedException}, and every case read is
 * in the access log. {@link Disclosure#MASKED} (the default) writes NIK, family card and phone numbers masked
 * ({@code ************0001}); only {@link Disclosure#identified(String)} writes them whole, for a supervisor, with the
 * purpose kept in the access log of each case. Cells a spreadsheet would run
 * as a formula get a leading {@code '}.
 *
 * <pre>{@code
 * BeneficiaryExport export = BeneficiaryExport.of(pulih);
 * export.write(officer, ids, Path.of("kasus.csv"), Disclosure.MASKED, ';');
 * }</pre>
 */
public final class BeneficiaryExport {
    /**
     * Whether identifiers are written whole: {@link #MASKED}, or {@link #identified(String)} with the purpose the
     * officer states, which the access log keeps with every case written.
     */
    public static final class Disclosure {
        /** NIK, family card and phone numbers masked to their last four digits. */
        public static final Disclosure MASKED = new Disclosure(null);

        private final String purpose;

        private Disclosure(String purpose) {
            this.purpose = purpose;
        }

        /**
         * Identifiers whole, each case read through {@link Cases#disclose}: only for a supervisor of a government unit,
         * within the jurisdiction; the file is a case file to be kept as one.
         *
         * @param purpose why the identifiers are needed; checked by the engine (not blank, at most 1,000 characters)
         * @return the disclosure
         */
        public static Disclosure identified(String purpose) {
            return new Disclosure(Objects.requireNonNull(purpose, "purpose"));
        }

        /**
         * Whether identifiers are written whole.
         *
         * @return true for {@link #identified(String)}
         */
        public boolean identifiesPeople() {
            return purpose != null;
        }

        private Beneficiary read(Cases cases, BeneficiaryId id) {
            return purpose == null ? cases.get(id) : cases.disclose(id, purpose);
        }

        @Override
        public String toString() {
            return purpose == null ? "MASKED" : "IDENTIFIED";
        }
    }

    static final List<String> HEADER = List.of(
            "id",
            "nik",
            "family_card_number",
            "name",
            "sex",
            "birth_date",
            "estimated_birth_year",
            "region_code",
            "phone",
            "document_status",
            "return_country",
            "return_date",
            "entry_point",
            "return_mode",
            "poverty_category",
            "status");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Pulih pulih;

    private BeneficiaryExport(Pulih pulih) {
        this.pulih = pulih;
    }

    /**
     * An exporter over a Pulih.
     *
     * @param pulih the Pulih; not null
     * @return the exporter
     */
    public static BeneficiaryExport of(Pulih pulih) {
        return new BeneficiaryExport(Objects.requireNonNull(pulih, "pulih"));
    }

    /**
     * Writes the cases to a file in UTF-8 with a byte order mark (for Excel).
     *
     * @param actor the officer; must see every case
     * @param ids the cases, in the order to write
     * @param file the file, replaced if it exists; created readable by its owner only ({@link PrivateFiles})
     * @param disclosure masked or identified
     * @param separator {@code ;} (Indonesian Excel), {@code ,} or tab
     * @return the number of cases written
     * @throws AccessDeniedException for a case outside the officer's jurisdiction (the file is then incomplete:
     *     delete it)
     * @throws UncheckedIOException when the file cannot be written
     */
    public long write(Actor actor, Iterable<BeneficiaryId> ids, Path file, Disclosure disclosure, char separator) {
        try (Writer out = PrivateFiles.newWriter(file)) {
            out.write('\uFEFF');
            return write(actor, ids, out, disclosure, separator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the cases to a writer, which stays open.
     *
     * @param actor the officer; must see every case
     * @param ids the cases, in the order to write
     * @param out the writer
     * @param disclosure masked or identified
     * @param separator {@code ;}, {@code ,} or tab
     * @return the number of cases written
     * @throws AccessDeniedException for a case outside the officer's jurisdiction
     */
    public long write(Actor actor, Iterable<BeneficiaryId> ids, Writer out, Disclosure disclosure, char separator) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(disclosure, "disclosure");
        Cases cases = pulih.as(actor).cases();
        CsvOut csv = new CsvOut(out, CsvOut.separator(separator));
        csv.row(HEADER);
        long written = 0;
        for (BeneficiaryId id : ids) {
            csv.row(cells(disclosure.read(cases, id), disclosure.identifiesPeople()));
            written++;
        }
        csv.flush();
        return written;
    }

    /** Writes beneficiaries already opened (for tests and the round trip); no access check here. */
    static void writeOpened(Iterable<Beneficiary> beneficiaries, Writer out, boolean identified, char separator) {
        CsvOut csv = new CsvOut(out, separator);
        csv.row(HEADER);
        for (Beneficiary b : beneficiaries) {
            csv.row(cells(b, identified));
        }
        csv.flush();
    }

    static List<String> cells(Beneficiary b, boolean identified) {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(b.id().toString());
        cells.add(b.nik().map(n -> identified ? n.value() : n.masked()).orElse(""));
        cells.add(b.familyCard().map(k -> identified ? k.value() : k.masked()).orElse(""));
        cells.add(b.name().value());
        cells.add(b.sex().code());
        cells.add(b.birth().estimated() ? "" : ISO.format(b.birth().date()));
        cells.add(b.birth().estimated() ? Integer.toString(b.birth().date().getYear()) : "");
        cells.add(b.origin().value());
        cells.add(b.phone().map(p -> identified ? p.national() : p.masked()).orElse(""));
        cells.add(b.documentStatus().name());
        cells.add(b.returnInfo().country());
        cells.add(ISO.format(b.returnInfo().date()));
        cells.add(b.returnInfo().entryPoint());
        cells.add(b.returnInfo().mode().name());
        cells.add(b.latestAssessment()
                .map(a -> a.poverty().name().toLowerCase(Locale.ROOT))
                .orElse(""));
        cells.add(b.status().name());
        return cells;
    }
}
