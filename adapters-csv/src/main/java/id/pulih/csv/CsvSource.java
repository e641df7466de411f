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
            BufferedInputStream buffered = new BufferedInputStream(counter, READ_BUFFER);
            buffered.mark(HEAD_BYTES);
            InputStreamReader decoding = new InputStreamReader(
                    buffered,
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            // the head is read to sniff the format, then pushed back: no second buffer between decoder and parser
            PushbackReader text = new PushbackReader(new DosEndOfFile(decoding), SNIFF);
            char[] head = new char[SNIFF];
            int n = 0;
            int r;
            try {
                while (n < SNIFF && (r = text.read(head, n, SNIFF - n)) > 0) {
                    n += r;
                }
            } catch (CharacterCodingException e) {
                // the bad bytes lie after the text decoded so far: name their line, not the first
                throw encoding(charset, lineOfBadBytes(buffered, charset), e);
            }
            int start = n > 0 && head[0] == '\uFEFF' ? 1 : 0;
            text.unread(head, start, n - start);
            if (blank(head, start, n)) {
                throw CsvError.EMPTY.refuse("is empty: expected a header row and data rows");
            }
            // the header must be text (a spreadsheet saved as .xlsx, an image): the rows after it answer for
            // themselves, a row with binary data refusing only itself (csv.binary)
            for (int i = start; i < n && head[i] != '\n' && head[i] != '\r'; i++) {
                char c = head[i];
                if ((c < 0x20 && c != '\t' && c != 0x1A) || (c >= 0x7F && c <= 0x9F)) {
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

    /** The bytes the head may span, kept so that a decoding failure in it can be placed on its line. */
    private static final int HEAD_BYTES = 1 << 16;

    /**
     * The line of the first bytes that are not valid in the charset, within the head: read again from the mark with
     * those bytes replaced; line 1 when the head cannot be read again.
     */
    private static long lineOfBadBytes(BufferedInputStream head, Charset charset) {
        try {
            head.reset();
            byte[] bytes = head.readNBytes(HEAD_BYTES);
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("\uFFFD")
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            int bad = text.indexOf('\uFFFD');
            return 1 + lineBreaks(text.toCharArray(), bad < 0 ? 0 : bad);
        } catch (IOException e) {
            return 1;
        }
    }

    private static long lineBreaks(char[] text, int to) {
        long breaks = 0;
        for (int i = 0; i < to; i++) {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == to || text[i + 1] != '\n'))) {
                breaks++;
            }
        }
        return breaks;
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

    /**
     * Drops the Ctrl-Z (0x1A) marks that end a file saved by DOS-era tools, so that they make no row of their own and
     * no cell ends with one; a Ctrl-Z followed by more text is passed on (and refuses its row as binary data). Reads in
     * blocks: only a run of Ctrl-Z at the end of a block is held back until the next block tells whether text follows.
     */
    static final class DosEndOfFile extends java.io.Reader {
        private static final char EOF_MARK = 0x1A;
        private final java.io.Reader in;
        private final char[] buffer = new char[8192];
        private int position;
        private int end;
        private boolean exhausted;
        /** Ctrl-Z marks read but not yet passed on: dropped at the end of the text, passed on before more text. */
        private long held;

        DosEndOfFile(java.io.Reader in) {
            this.in = in;
        }

        private void fill() throws IOException {
            if (position == end && !exhausted) {
                int n = in.read(buffer, 0, buffer.length);
                if (n < 0) {
                    exhausted = true;
                } else {
                    position = 0;
                    end = n;
                }
            }
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (true) {
                fill();
                if (position == end) {
                    held = 0;
                    return -1;
                }
                if (held > 0) {
                    int marks = (int) Math.min(held, length);
                    java.util.Arrays.fill(target, offset, offset + marks, EOF_MARK);
                    held -= marks;
                    return marks;
                }
                int text = end;
                while (text > position && buffer[text - 1] == EOF_MARK) {
                    text--;
                }
                if (text == position) {
                    held += end - position;
                    position = end;
                    continue;
                }
                int n = Math.min(length, text - position);
                System.arraycopy(buffer, position, target, offset, n);
                position += n;
                if (position == text) {
                    held += end - text;
                    position = end;
                }
                return n;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
