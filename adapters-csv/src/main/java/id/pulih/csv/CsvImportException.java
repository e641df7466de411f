package id.pulih.csv;

import id.pulih.shared.PulihException;

/**
 * A whole file could not be imported: it is empty, is not CSV text, has no recognisable header, is not in the
 * expected encoding, or breaks a size limit. Nothing of the file was written. Also the error file of an import that
 * could not be written ({@code csv.error-file}): see {@link ImportReport#checkErrorFile}.
 *
 * <p>Codes: {@code csv.empty}, {@code csv.format} (not CSV text, or malformed CSV such as an unclosed quote),
 * {@code csv.header} (no recognisable header, or a required column is missing or repeated), {@code csv.encoding}
 * (bytes that are not valid in the chosen character set), {@code csv.limit} (a field, row or column count beyond
 * the limits that protect memory), {@code csv.io} (the file could not be read), {@code csv.error-file} (the
 * error file could not be written). Messages never quote cell values.
 *
 * <pre>{@code
 * try {
 *     report = imports.importFile(officer, Path.of("ntb-2020.csv"), ImportOptions.defaults());
 * } catch (CsvImportException e) {
 *     show(e.getMessage());   // "csv.header: no recognisable header: ..."
 * }
 * }</pre>
 */
public final class CsvImportException extends PulihException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; use {@link CsvError#refuse(Object...)}.
     *
     * @param code the entry, thrown as this type
     * @param cause the cause, may be null
     * @param values the template's values, in order
     */
    CsvImportException(CsvError code, Throwable cause, Object... values) {
        super(code, code.arguments(values), null, cause);
    }
}
