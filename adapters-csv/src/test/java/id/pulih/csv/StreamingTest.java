package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.store.Store;
import id.pulih.store.memory.InMemoryStore;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A million generated rows go through the whole import (read, validate, duplicate look-ups, chunked inserts) under
 * the module's test heap of 256 MB (surefire argLine): memory stays flat in the file's size. The store here only
 * counts what it is given, since an in-memory store would itself hold the million rows.
 */
class StreamingTest {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingTest.class);
    private static final int ROWS = 1_000_000;

    @Test
    void aMillionRowsStreamThroughInFlatMemory() {
        AtomicLong inserted = new AtomicLong();
        AtomicLong biggestChunk = new AtomicLong();
        Store store = countingStore(inserted, biggestChunk);
        Pulih pulih = Pulih.builder()
                .store(store)
                .clock(Clock.fixed(Officers.NOW, ZoneOffset.UTC))
                .build();
        AtomicLong progressCalls = new AtomicLong();
        long started = System.nanoTime();

        ImportReport report = BeneficiaryImport.of(pulih)
                .importFrom(
                        Officers.HQ,
                        new GeneratedFile(ROWS),
                        ImportOptions.defaults()
                                .withProgress(100_000, (rows, bytes) -> progressCalls.incrementAndGet()));

        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(
                "{} rows in {} ms, max heap {} MB",
                ROWS,
                millis,
                Runtime.getRuntime().maxMemory() >> 20);
        assertThat(report.summary()).isEqualTo("read 1000000, imported 1000000, rejected 0, duplicates 0");
        assertThat(inserted.get()).isEqualTo(ROWS);
        assertThat(biggestChunk.get()).isEqualTo(1_000);
        assertThat(progressCalls.get()).isEqualTo(11);
    }

    @Test
    void aMillionRowsParseWithoutAStore() {
        AtomicLong parsed = new AtomicLong();
        long started = System.nanoTime();

        ImportReport report = BeneficiaryImport.parse(
                new GeneratedFile(ROWS),
                Officers.HQ,
                Officers.NOW,
                ImportOptions.defaults(),
                row -> parsed.incrementAndGet());

        LOG.info("parse only: {} rows in {} ms", ROWS, (System.nanoTime() - started) / 1_000_000);
        assertThat(report.imported()).isEqualTo(ROWS);
        assertThat(parsed.get()).isEqualTo(ROWS);
    }

    private static Store countingStore(AtomicLong inserted, AtomicLong biggestChunk) {
        InMemoryStore real = new InMemoryStore();
        Beneficiaries counting = (Beneficiaries) Proxy.newProxyInstance(
                Beneficiaries.class.getClassLoader(), new Class<?>[] {Beneficiaries.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "insertAll":
                            int size = ((Collection<?>) args[0]).size();
                            inserted.addAndGet(size);
                            biggestChunk.accumulateAndGet(size, Math::max);
                            return (long) size;
                        case "findByNik":
                            return Optional.<Beneficiary>empty();
                        case "findByDuplicateKey":
                            return List.<Beneficiary>of();
                        case "findByNiks":
                            return java.util.Map.of();
                        case "readIdentities":
                            // like the store in memory: no summary, every chunk is looked up
                            return Optional.empty();
                        case "findByDuplicateKeys":
                        case "findMatchCandidates":
                            return java.util.Map.of();
                        case "count":
                            return inserted.get();
                        default:
                            throw new UnsupportedOperationException(m.getName());
                    }
                });
        return (Store) Proxy.newProxyInstance(
                Store.class.getClassLoader(), new Class<?>[] {Store.class}, (p, m, args) -> {
                    if (m.getName().equals("beneficiaries")) {
                        return counting;
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A distinct capitalised name of letters for each number (for generated files of distinct people). */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        int k = n;
        do {
            s.append((char) ('a' + k % 26));
            k /= 26;
        } while (k > 0);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A semicolon file of distinct people without NIK, generated as it is read. */
    private static final class GeneratedFile extends InputStream {
        private final int rows;
        private int row = -1;
        private byte[] current = new byte[0];
        private int position;

        GeneratedFile(int rows) {
            this.rows = rows;
        }

        private boolean refill() {
            if (row >= rows) {
                return false;
            }
            String line = row < 0
                    ? "\uFEFFNama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;No HP;Negara;Tanggal Kembali;Kategori Kemiskinan\r\n"
                    : "Peserta " + letters(row) + ";" + (row % 2 == 0 ? "P" : "L") + ";" + (1 + row % 28) + "/"
                            + (1 + row % 12) + "/" + (1960 + row % 40) + ";52.02.01;0812"
                            + (10_000_000 + row % 90_000_000)
                            + ";MY;01/03/2020;Miskin\r\n";
            current = line.getBytes(StandardCharsets.UTF_8);
            position = 0;
            row++;
            return true;
        }

        @Override
        public int read() {
            if (position >= current.length && !refill()) {
                return -1;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= current.length && !refill()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
