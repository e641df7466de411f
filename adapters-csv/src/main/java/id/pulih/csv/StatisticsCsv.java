package id.pulih.csv;

import id.pulih.Reports;
import id.pulih.report.statistics.HtcdsField;
import id.pulih.report.statistics.StatisticalRecord;
import id.pulih.report.statistics.StatisticsSummary;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the k-anonymous statistical export ({@link Reports#statistics}) as CSV: a header of HTCDS field names
 * ({@link HtcdsField}), then one line per published person, multi-select fields (types of exploitation, methods of
 * control) as their codes joined by {@code |}, nothing for a value not specified. Cells a spreadsheet would run as a
 * formula are neutralised, as in every CSV Pulih writes. Rows are written as the export makes them: nothing is held.
 *
 * <pre>{@code
 * try (Writer out = PrivateFiles.newWriter(Path.of("statistik-2024.csv"))) {
 *     StatisticsSummary done = StatisticsCsv.write(pulih.as(officer).reports(), 11, out, ',');
 *     log.info("{} published, {} suppressed", done.kept() + done.generalised(), done.suppressed());
 * }
 * // prs_Gender,ageBroad,prs_Citizenship,yearOfRegistration,monthOfRegistration,CountryOfExploitation,...
 * // Feminine,25--29,IDN,2020,6,MYS,52.02,ForcedLabour,DebtBondage|WithholdsDocuments,T_ActivitiesOfHouseholds...
 * }</pre>
 *
 * <p>The codes are those of the Human Trafficking Case Data Standard (HTCDS) by IOM, licensed under CC BY 4.0: a
 * published file should say so.
 */
public final class StatisticsCsv {
    /** Joins the codes of a multi-select field in one cell. */
    public static final String MULTI_SELECT_SEPARATOR = "|";

    private StatisticsCsv() {}

    /**
     * Runs the export and writes it to a writer, which stays open.
     *
     * @param reports the reports of the acting officer (the export covers that officer's jurisdiction)
     * @param k the k, 2 or more (11 as CTDC publishes)
     * @param out the writer
     * @param separator {@code ;}, {@code ,} or tab
     * @return what the export read, kept, generalised and suppressed
     * @throws id.pulih.shared.InvalidValueException coded {@code statistics.k} for a k out of range
     */
    public static StatisticsSummary write(Reports reports, int k, Writer out, char separator) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        CsvOut csv = new CsvOut(out, CsvOut.separator(separator));
        List<String> header = new ArrayList<>();
        for (HtcdsField field : HtcdsField.values()) {
            header.add(field.fieldName());
        }
        csv.row(header);
        StatisticsSummary summary = reports.statistics(k, row -> csv.row(cells(row)));
        csv.flush();
        return summary;
    }

    /**
     * One published row as CSV cells, in the order of {@link HtcdsField}.
     *
     * @param row the row
     * @return the cells
     */
    static List<String> cells(StatisticalRecord row) {
        List<String> cells = new ArrayList<>();
        for (HtcdsField field : HtcdsField.values()) {
            cells.add(text(row.value(field)));
        }
        return cells;
    }

    private static String text(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(StatisticsCsv::text).orElse("");
        }
        if (value instanceof List<?> codes) {
            return String.join(
                    MULTI_SELECT_SEPARATOR, codes.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
