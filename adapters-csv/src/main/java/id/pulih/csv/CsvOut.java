package id.pulih.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A FastCSV writer over a caller's writer, which it never closes, with every cell neutralised against formula
 * injection; CRLF, as spreadsheets and banks expect.
 */
final class CsvOut {
    private final CsvWriter csv;

    CsvOut(Writer out, char separator) {
        this.csv = CsvWriter.builder()
                .fieldSeparator(separator)
                .lineDelimiter(LineDelimiter.CRLF)
                .build(new NonClosing(out));
    }

    static char separator(char separator) {
        if (separator != ';' && separator != ',' && separator != '\t') {
            throw new IllegalArgumentException("separator must be ';', ',' or a tab");
        }
        return separator;
    }

    void row(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(Text.neutralise(cell));
        }
        csv.writeRecord(safe);
    }

    void row(String... cells) {
        row(List.of(cells));
    }

    void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets FastCSV flush without closing the caller's writer. */
    private static final class NonClosing extends Writer {
        private final Writer out;

        NonClosing(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(text, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
