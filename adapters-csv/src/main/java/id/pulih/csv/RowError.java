package id.pulih.csv;

/**
 * One refused cell (or row) of an imported file. The message never contains a whole identifier.
 *
 * <pre>{@code
 * RowError[line=7, column=NIK, field=nik, code=nik.province, message=province code 99 is not ...]
 * }</pre>
 *
 * @param line the line of the file where the row starts, from 1 (the header is line 1 in most files)
 * @param column the column's header as written in the file, or empty for an error of the whole row
 * @param field the field, by its English name ({@code nik}, {@code birth_date}), or {@code row}
 * @param code the machine code, the same as the value objects' ({@code nik.province}, {@code date.format})
 * @param message what is wrong and what is expected, in English
 */
public record RowError(long line, String column, String field, String code, String message) {
    /** A row refused for binary data ({@code csv.binary}) in the given cell: the one refusal every importer gives. */
    static RowError binary(long line, String column, String field) {
        return new RowError(line, column, field, CsvError.BINARY.code(), CsvError.BINARY.template());
    }
}
