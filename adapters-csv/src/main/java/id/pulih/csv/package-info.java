/**
 * CSV import and export for provincial spreadsheets and banks, built on FastCSV.
 *
 * <ul>
 *   <li>{@link id.pulih.csv.BeneficiaryImport}: a provincial list of returned victims into the store, streaming,
 *       every bad row reported by line and column in an {@link id.pulih.csv.ImportReport}, idempotent;
 *   <li>{@link id.pulih.csv.BeneficiaryExport}: beneficiaries to CSV, masked unless identified data is asked for
 *       and the officer may see each case;
 *   <li>{@link id.pulih.csv.PaymentBatchFile} and {@link id.pulih.csv.BankResultImport}: the file a bank takes for
 *       a payment batch, and the bank's answer applied payment by payment;
 *   <li>{@link id.pulih.csv.AttendanceImport}: attendance lists of a guidance programme;
 *   <li>{@link id.pulih.csv.ReportExport}: every report row type to CSV.
 * </ul>
 *
 * <p>Every file written here neutralises cells a spreadsheet would run as a formula: a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe {@code '}, which
 * spreadsheets show as text. The importers remove that apostrophe again, so an export can be imported back.
 *
 * <p>Failures of a whole file (empty, not text, no recognisable header, a wrong encoding, a field or row beyond
 * the limits) are a {@link id.pulih.csv.CsvImportException} with a stable code; nothing is written then.
 */
package id.pulih.csv;
