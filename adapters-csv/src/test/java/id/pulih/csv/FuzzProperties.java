package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.Pulih;
import id.pulih.shared.PulihException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever the bytes, the importer returns a report or throws a typed {@link PulihException}, never anything else,
 * and after an exception nothing of the file is stored.
 */
class FuzzProperties {
    private static final byte[] GOLDEN = golden();

    private static byte[] golden() {
        try {
            return Files.readAllBytes(Paths.get("src/test/resources/golden/ntb-2020.csv"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports into a fresh store and checks the outcome is a report, or a typed exception with nothing stored. */
    private static void importsOrRefusesCleanly(byte[] bytes, Charset charset) {
        outcome(bytes, charset);
    }

    /** As {@link #importsOrRefusesCleanly}, answering "report" or the exception's code. */
    private static String outcome(byte[] bytes, Charset charset) {
        Pulih pulih = Officers.pulih();
        try {
            ImportReport report = BeneficiaryImport.of(pulih)
                    .importFrom(
                            Officers.HQ,
                            new ByteArrayInputStream(bytes),
                            ImportOptions.defaults().withCharset(charset).withChunkSize(2));
            assertThat(report.read()).isEqualTo(report.imported() + report.rejected() + report.duplicates());
            assertThat(pulih.store().beneficiaries().count()).isEqualTo(report.imported());
            assertThat(pulih.store().auditTrail().count()).isEqualTo(1);
            return "report";
        } catch (PulihException refused) {
            assertThat(pulih.store().beneficiaries().count()).isZero();
            assertThat(pulih.store().auditTrail().count()).isZero();
            return refused.code();
        }
    }

    @Test
    void arbitraryBytes() {
        Gen<byte[]> bytes = SourceDSL.lists()
                .of(SourceDSL.integers().between(0, 255))
                .ofSizeBetween(0, 600)
                .map(FuzzProperties::toBytes);
        qt().forAll(bytes).checkAssert(b -> importsOrRefusesCleanly(b, StandardCharsets.UTF_8));
    }

    @Test
    void arbitraryTextInCsvShape() {
        Gen<String> cell = SourceDSL.strings().allPossible().ofLengthBetween(0, 12);
        Gen<String> text = SourceDSL.lists()
                .of(Generate.pick(List.of(
                                ";",
                                ",",
                                "\"",
                                "\r\n",
                                "\n",
                                "NIK",
                                "Nama",
                                "Jenis Kelamin",
                                "Negara",
                                "Kode Wilayah",
                                "Tanggal Lahir",
                                "Tanggal Kembali",
                                "5202014507900001",
                                "01/03/2020"))
                        .mix(cell, 30))
                .ofSizeBetween(0, 80)
                .map(parts -> String.join("", parts));
        qt().forAll(text)
                .checkAssert(t -> importsOrRefusesCleanly(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void truncatedAndCorruptedGoldenFiles() {
        Gen<byte[]> damaged = SourceDSL.integers()
                .between(0, GOLDEN.length)
                .zip(
                        SourceDSL.integers().between(0, GOLDEN.length - 1),
                        SourceDSL.integers().between(0, 255),
                        (cut, at, value) -> {
                            byte[] copy = Arrays.copyOf(GOLDEN, cut);
                            if (at < copy.length) {
                                copy[at] = (byte) value.intValue();
                            }
                            return copy;
                        });
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        qt().forAll(damaged).checkAssert(b -> seen.add(outcome(b, StandardCharsets.UTF_8)));
        // both paths were exercised: reports, and refusals of the whole file for a bad byte
        assertThat(seen).contains("report", "csv.encoding");
    }

    @Test
    void wrongEncodings() {
        String text = new String(GOLDEN, StandardCharsets.UTF_8).replace("Siti", "Séñora Çağlar");
        List<Charset> encodings = List.of(
                StandardCharsets.UTF_16,
                StandardCharsets.UTF_16LE,
                StandardCharsets.ISO_8859_1,
                Charset.forName("windows-1252"),
                StandardCharsets.UTF_8);
        qt().forAll(Generate.pick(encodings), Generate.pick(encodings))
                .checkAssert((written, read) -> importsOrRefusesCleanly(text.getBytes(written), read));
    }

    // Large inputs: 200 examples (not 1,000) because each builds a file of up to a megabyte; the limits they probe
    // (field, row and column counts) are fixed, so more examples of the same sizes add time, not coverage.
    @Test
    void hugeFieldsAndVeryManyColumns() {
        Gen<byte[]> files = SourceDSL.integers()
                .between(1, 1_000_000)
                .zip(SourceDSL.integers().between(1, 5_000), Generate.booleans(), (length, columns, quoted) -> {
                    StringBuilder s = new StringBuilder(
                            "NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;Tanggal Kembali\r\n");
                    s.append(";Siti;P;05/07/1990;52.02.01;MY;01/03/2020\r\n");
                    s.append(quoted ? "\"" : "").append("x".repeat(length)).append(quoted ? "\"" : "");
                    s.append(";".repeat(columns)).append("\r\n");
                    return s.toString().getBytes(StandardCharsets.UTF_8);
                });
        qt().withExamples(200).forAll(files).checkAssert(b -> importsOrRefusesCleanly(b, StandardCharsets.UTF_8));
    }

    /**
     * Cells over their field's declared maximum, anywhere in a file of good rows: each refuses its own row, at its
     * line and column, with the one length code; every other row is kept (issue 13, path 5).
     */
    @Test
    void overLongCellsRefuseOnlyTheirRows() {
        int limit = id.pulih.shared.TextLimit.NAME.max();
        Gen<List<Integer>> lengths = SourceDSL.lists()
                .of(Generate.pick(List.of(0, 0, 0, limit, limit + 1, 4_000)))
                .ofSizeBetween(1, 25);
        qt().withExamples(100).forAll(lengths).checkAssert(cells -> {
            StringBuilder file =
                    new StringBuilder("name,sex,birth_date,region_code,return_country,return_date,entry_point\r\n");
            java.util.Set<Long> overLong = new java.util.TreeSet<>();
            for (int i = 0; i < cells.size(); i++) {
                int length = cells.get(i);
                file.append("Warga ")
                        .append(Names.letters(i))
                        .append(",P,05/07/1990,52.02.01,MY,01/03/2020,")
                        .append("x".repeat(length))
                        .append("\r\n");
                if (length > limit) {
                    overLong.add(i + 2L);
                }
            }
            Pulih pulih = Officers.pulih();
            ImportReport report = BeneficiaryImport.of(pulih)
                    .importFrom(
                            Officers.HQ,
                            new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                            ImportOptions.defaults().withChunkSize(3));
            assertThat(report.imported()).isEqualTo(cells.size() - overLong.size());
            assertThat(pulih.store().beneficiaries().count()).isEqualTo(report.imported());
            assertThat(report.errors()).extracting(RowError::line).containsExactlyElementsOf(overLong);
            assertThat(report.errors()).allSatisfy(e -> {
                assertThat(e.column()).isEqualTo("entry_point");
                assertThat(e.code()).isEqualTo("text.length");
            });
        });
    }

    private static byte[] toBytes(List<Integer> values) {
        byte[] b = new byte[values.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values.get(i).intValue();
        }
        return b;
    }
}
