package id.pulih.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * One CSV file opened for reading with FastCSV: strict decoding in the chosen charset, the byte order mark dropped,
 * the separator ({@code ;}, {@code ,} or tab) detected from the header line, limits on field, row and column sizes,
 * and every failure of the file turned into a {@link CsvImportException}.
 */
final class CsvSource implements Closeable {
    /** Longest field, in characters: far above any real cell, far below what could exhaust memory. */
    static final int MAX_FIELD = 4_096;
    /** Most columns in a row. */
    static final int MAX_FIELDS = 256;
    /** Longest row, in characters. */
    static final int MAX_RECORD = 64 * 1_024;

    private static final int SNIFF = 64 * 1_024;
    /**
     * Bytes read from the file at a time: the decoder asks for 8 KB at a time, and fewer, larger reads measured 2-3%
     * faster on a 122 MB file.
     */
    private static final int READ_BUFFER = 64 * 1_024;

    private final InputStream raw;
    private final CountingInputStream counter;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final char separator;
    private long lastLine;

    private CsvSource(InputStream raw, CountingInputStream counter, Reader text, char separator) {
        this.raw = raw;
        this.counter = counter;
        this.separator = separator;
        this.reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(
                        CsvRecordHandler.builder()
                                .maxFields(MAX_FIELDS)
                                .maxFieldSize(MAX_FIELD)
                                .maxRecordSize(MAX_RECORD)
                                .build(),
                        text);
        this.records = reader.iterator();
    }

    /**
     * Opens a stream. The stream is closed with this source, also when opening fails.
     *
     * @throws CsvImportException {@code csv.empty}, {@code csv.format}, {@code csv.encoding}, {@code csv.io}
     */
    static CsvSource open(InputStream in, Charset charset) {
        CountingInputStream counter = new CountingInputStream(in);
        try {
            InputStreamReader decoding = new InputStreamReader(
                    new BufferedInputStream(counter, READ_BUFFER),
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            // the head is read to sniff the format, then pushed back: no second buffer between decoder and parser
            PushbackReader text = new PushbackReader(decoding, SNIFF);
            char[] head = new char[SNIFF];
            int n = 0;
            int r;
            while (n < SNIFF && (r = text.read(head, n, SNIFF - n)) > 0) {
                n += r;
            }
            int start = n > 0 && head[0] == '\uFEFF' ? 1 : 0;
            text.unread(head, start, n - start);
            if (blank(head, start, n)) {
                throw CsvError.EMPTY.refuse("is empty: expected a header row and data rows");
            }
            for (int i = start; i < n; i++) {
                char c = head[i];
                if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x1A)) {
                    throw CsvError.FORMAT.refuse(
                            "the file is not CSV text (it holds binary data); save the spreadsheet as CSV (UTF-8)");
                }
            }
            return new CsvSource(in, counter, text, separator(head, start, n));
        } catch (CsvImportException e) {
            closeQuietly(in);
            throw e;
        } catch (CharacterCodingException e) {
            closeQuietly(in);
            throw encoding(charset, 1, e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            throw CsvError.IO.refuse(e, "file", "read");
        }
    }

    private static boolean blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text[i]) && text[i] != 0x1A) {
                return false;
            }
        }
        return true;
    }

    /** The separator that occurs most often outside quotes in the first non-blank line; comma if none. */
    private static char separator(char[] text, int from, int to) {
        int i = from;
        while (i < to && (text[i] == '\n' || text[i] == '\r' || text[i] == ' ')) {
            i++;
        }
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (; i < to; i++) {
            char c = text[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas) {
            return '\t';
        }
        return ',';
    }

    char separator() {
        return separator;
    }

    long bytesRead() {
        return counter.count();
    }

    /** The line where the last record returned started. */
    long lastLine() {
        return lastLine;
    }

    /**
     * The next record, or null at the end.
     *
     * @throws CsvImportException {@code csv.limit}, {@code csv.format}, {@code csv.encoding}, {@code csv.io}
     */
    CsvRecord next(Charset charset) {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            lastLine = record.getStartingLineNumber();
            return record;
        } catch (CsvParseException e) {
            if (codingFailure(e)) {
                throw encoding(charset, lastLine + 1, e);
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("max field size")
                    || message.contains("max record size")
                    || message.contains("maximum limit")) {
                throw CsvError.LIMIT.refuse(e, lastLine, MAX_FIELD, MAX_RECORD, MAX_FIELDS);
            }
            throw CsvError.FORMAT.refuse(
                    e, "after line " + lastLine + ": the text is not well-formed CSV (" + message + ")");
        } catch (UncheckedIOException e) {
            if (codingFailure(e)) {
                throw encoding(charset, lastLine + 1, e);
            }
            throw CsvError.IO.refuse(e, "file", "read after line " + lastLine);
        }
    }

    private static boolean codingFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static CsvImportException encoding(Charset charset, long line, Exception e) {
        return CsvError.ENCODING.refuse(e, line, charset.name());
    }

    /** The fields of a record, each with a formula guard removed (copied only when a field has one). */
    static List<String> cells(CsvRecord record) {
        List<String> fields = record.getFields();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (!field.isEmpty() && field.charAt(0) == '\'') {
                String[] cells = fields.toArray(new String[0]);
                for (int j = i; j < cells.length; j++) {
                    cells[j] = Text.cell(cells[j]);
                }
                return List.of(cells);
            }
        }
        return fields;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException | RuntimeException e) {
            closeQuietly(raw);
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // the import already failed or finished; a failing close adds nothing the caller can act on
        }
    }
}
