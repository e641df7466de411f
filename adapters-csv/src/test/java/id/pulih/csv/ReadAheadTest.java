package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Rows are read on a second thread and checked on both (see {@link ReadAhead}); these files span many batches, so
 * that order, errors, failures of the file and failures of the caller all cross the threads.
 */
class ReadAheadTest {
    private static final int ROWS = 20 * ReadAhead.BATCH + 17;

    @Test
    void rowsComeBackInFileOrderWithEveryErrorOnItsLine() {
        List<Long> lines = new ArrayList<>();

        ImportReport report = BeneficiaryImport.parse(
                file(ROWS, 7, -1),
                Officers.HQ,
                Officers.NOW,
                ImportOptions.defaults().withMaxErrorsKept(ROWS),
                row -> lines.add(row.line()));

        List<Long> expectedGood = new ArrayList<>();
        List<Long> expectedBad = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            (row % 7 == 3 ? expectedBad : expectedGood).add(row + 2L);
        }
        assertThat(lines).containsExactlyElementsOf(expectedGood);
        assertThat(report.errors()).extracting(RowError::line).containsExactlyElementsOf(expectedBad);
        assertThat(report.errors()).extracting(RowError::code).containsOnly("sex.format");
        assertThat(report.read()).isEqualTo(ROWS);
    }

    @Test
    void aFileThatBreaksHalfWayFailsAsAWholeAndTheReaderStops() {
        List<Long> lines = new ArrayList<>();
        AtomicBoolean closed = new AtomicBoolean();

        assertThatThrownBy(() -> BeneficiaryImport.parse(
                        closing(file(ROWS, 0, ROWS / 2), closed),
                        Officers.HQ,
                        Officers.NOW,
                        ImportOptions.defaults(),
                        row -> lines.add(row.line())))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.code()).isEqualTo("csv.encoding"));

        assertThat(lines).hasSizeLessThan(ROWS / 2).isSorted();
        assertThat(closed).isTrue();
        assertNoReaderLeft();
    }

    @Test
    void whenTheCallerFailsTheReaderStopsAndTheFileIsClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        long[] seen = {0};

        assertThatThrownBy(() -> BeneficiaryImport.parse(
                        closing(file(ROWS, 0, -1), closed),
                        Officers.HQ,
                        Officers.NOW,
                        ImportOptions.defaults(),
                        row -> {
                            if (++seen[0] == 3 * ReadAhead.BATCH + 5) {
                                throw new IllegalStateException("the store went away");
                            }
                        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the store went away");

        assertThat(closed).isTrue();
        assertNoReaderLeft();
    }

    private static void assertNoReaderLeft() {
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("pulih-csv-reader") && t.isAlive());
    }

    /**
     * A semicolon file of {@code rows} people; every row {@code r} with {@code r % badEvery == 3} has an unknown sex,
     * and row {@code brokenAt} (when not negative) holds a byte that is not UTF-8.
     */
    private static InputStream file(int rows, int badEvery, int brokenAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = "Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;Tanggal Kembali\r\n"
                .getBytes(StandardCharsets.UTF_8);
        out.writeBytes(header);
        for (int r = 0; r < rows; r++) {
            String sex = badEvery > 0 && r % badEvery == 3 ? "X" : (r % 2 == 0 ? "P" : "L");
            String line = "Warga " + StreamingTest.letters(r) + ";" + sex + ";" + (1 + r % 28) + "/" + (1 + r % 12)
                    + "/" + (1960 + r % 40) + ";52.02.01;MY;01/03/2020\r\n";
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            if (r == brokenAt) {
                out.write(0xC3);
                out.write(0x28);
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    private static InputStream closing(InputStream in, AtomicBoolean closed) {
        return new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
    }
}
