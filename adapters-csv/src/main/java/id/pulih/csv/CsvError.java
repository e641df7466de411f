package id.pulih.csv;

import id.pulih.shared.ErrorCode;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;

/**
 * The error codes of the CSV adapter: files that cannot be read as CSV ({@link CsvImportException}) and cells whose
 * date cannot be read. Each entry is a stable code with the one exception type it is thrown as and its default
 * English template; see {@link ErrorCode}.
 */
public enum CsvError implements ErrorCode {
    /** <code>csv.header</code>: the header row lacks a column, or names one twice. */
    HEADER("csv.header", CsvImportException.class, "{problem}"),
    /** <code>csv.io</code>: the file could not be opened or read. */
    IO("csv.io", CsvImportException.class, "the {what} could not be {done}"),
    /** <code>csv.empty</code>: the file has no rows. */
    EMPTY("csv.empty", CsvImportException.class, "the file {problem}"),
    /** <code>csv.format</code>: the file is not well-formed CSV text. */
    FORMAT("csv.format", CsvImportException.class, "{problem}"),
    /** <code>csv.limit</code>: a field, a row or the number of columns is too large. */
    LIMIT(
            "csv.limit",
            CsvImportException.class,
            "after line {line}: a field is longer than {maxField} characters, a row longer than {maxRecord}"
                    + " characters or wider than {maxFields} columns (often a quote that is never closed)"),
    /** <code>csv.encoding</code>: the file holds bytes that are not valid in its character set. */
    ENCODING(
            "csv.encoding",
            CsvImportException.class,
            "near line {line} the file holds bytes that are not valid {charset}; save it as CSV UTF-8, or import it"
                    + " as windows-1252"),
    /**
     * <code>csv.error-file</code>: the file for the refused rows could not be written. Checked before an import
     * writes anything ({@link ImportReport#checkErrorFile}), so that the import can fail with nothing written.
     */
    ERROR_FILE(
            "csv.error-file",
            CsvImportException.class,
            "the error file {file} could not be written ({reason}); choose another place for it"),
    /**
     * <code>csv.binary</code>: a cell holds a control character such as NUL (binary data, not text); only its row is
     * refused.
     */
    BINARY(
            "csv.binary",
            InvalidValueException.class,
            "the cell holds a control character (binary data such as NUL), not text; the row was not imported"),
    /** <code>date.format</code>: a date cell is not written in a known pattern. */
    DATE_FORMAT("date.format", InvalidValueException.class, "expected dd/MM/yyyy, dd-MM-yyyy or yyyy-MM-dd"),
    /** <code>date.invalid</code>: a date cell names a day that does not exist. */
    DATE_INVALID("date.invalid", InvalidValueException.class, "no such day in the calendar");

    private final String code;
    private final Class<? extends PulihException> type;
    private final String template;

    CsvError(String code, Class<? extends PulihException> type, String template) {
        this.code = code;
        this.type = type;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Class<? extends PulihException> type() {
        return type;
    }

    @Override
    public String field() {
        return "";
    }

    @Override
    public String template() {
        return template;
    }

    /**
     * The refusal of a file.
     *
     * @param values the template's values, in order
     * @return the exception, to throw
     */
    CsvImportException refuse(Object... values) {
        return new CsvImportException(this, null, values);
    }

    /**
     * The refusal of a file, with its cause.
     *
     * @param cause the cause
     * @param values the template's values, in order
     * @return the exception, to throw
     */
    CsvImportException refuse(Throwable cause, Object... values) {
        return new CsvImportException(this, cause, values);
    }
}
