package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Pulih;
import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.shared.BankCode;
import id.pulih.shared.Nik;
import id.pulih.shared.PulihException;
import id.pulih.store.Store;
import id.pulih.store.memory.InMemoryStore;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BeneficiaryImportTest {
    private static final Path GOLDEN = Paths.get("src/test/resources/golden/ntb-2020.csv");
    private static final Pattern WHOLE_IDENTIFIER = Pattern.compile("\\d{16}");
    private static final String HEADER = "nik,name,sex,birth_date,region_code,return_country,return_date\n";

    private final Pulih pulih = Officers.pulih();
    private final BeneficiaryImport imports = BeneficiaryImport.of(pulih);

    private ImportReport importText(String text) {
        return importBytes(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private ImportReport importBytes(byte[] bytes, Charset charset) {
        return imports.importFrom(
                Officers.HQ,
                new ByteArrayInputStream(bytes),
                ImportOptions.defaults().withCharset(charset));
    }

    @Test
    void importingTheSameFileTwiceImportsNothingNewAndSaysSo() {
        ImportReport first = imports.importFile(Officers.HQ, GOLDEN, ImportOptions.defaults());
        ImportReport second = imports.importFile(Officers.HQ, GOLDEN, ImportOptions.defaults());

        assertThat(first.imported()).isEqualTo(4);
        assertThat(second.summary()).isEqualTo("read 9, imported 0, rejected 4, duplicates 5");
        assertThat(pulih.store().beneficiaries().count()).isEqualTo(4);
    }

    @Test
    void aNikThatDisagreesWithTheRowIsRefusedWithTheCodesOfIntake() {
        // 5202014507900003: a woman (day 05 + 40) born 5 July 1990
        ImportReport report = importText(HEADER
                + "5202014507900003,Siti Aminah,P,06/07/1990,52.02.01,MY,01/03/2020\n"
                + "5202014507900003,Siti Aminah,L,05/07/1990,52.02.01,MY,01/03/2020\n");

        assertThat(report.imported()).isZero();
        assertThat(report.errors())
                .extracting(RowError::line, RowError::code, RowError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                2L,
                                "nik.birthdate-mismatch",
                                "the NIK encodes another birth date than the one declared in birth_date"),
                        org.assertj.core.groups.Tuple.tuple(
                                3L, "nik.sex-mismatch", "the NIK encodes the other sex than the one declared in sex"));
    }

    @Test
    void keepsQuotedSeparatorsLineBreaksAndFormulasAsText() {
        imports.importFile(Officers.HQ, GOLDEN, ImportOptions.defaults());

        assertThat(pulih.store().beneficiaries().findByNik(Nik.of("5202014507900001")))
                .hasValueSatisfying(b -> {
                    assertThat(b.returnInfo().country()).isEqualTo("MY");
                    assertThat(b.latestAssessment()).isPresent();
                });
        assertThat(pulih.store().beneficiaries().findByNik(Nik.of("5202011208880002")))
                .hasValueSatisfying(b -> assertThat(b.returnInfo().country()).isEqualTo("SA"));
    }

    /** Defect (issue 14): the bank columns were validated, then dropped; the account is now the person's on file. */
    @Test
    void storesTheBankAccountOfARowAsTheAccountOnFile() {
        imports.importFile(Officers.HQ, GOLDEN, ImportOptions.defaults());

        assertThat(pulih.store().beneficiaries().findByNik(Nik.of("5202014507900001")))
                .hasValueSatisfying(b -> assertThat(b.person().bankAccount()).hasValueSatisfying(account -> {
                    assertThat(account.bank()).isEqualTo(BankCode.BRI);
                    assertThat(account.number()).isEqualTo("012301000123501");
                    assertThat(account.holder()).isEqualTo(b.name());
                }));
    }

    @Test
    void appendsExactlyOneAuditEntryWithCountsAndNoIdentifier() {
        imports.importFile(Officers.HQ, GOLDEN, ImportOptions.defaults());

        List<AuditEntry> entries = pulih.store().auditTrail().byActor(Officers.HQ.id());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).summary())
                .isEqualTo(
                        "CSV import: read 9, imported 4, rejected 4, duplicates 1, flagged as potential duplicates 0");
    }

    @Test
    void theReportNeverShowsAWholeIdentifier() {
        ImportReport report = imports.importFile(Officers.HQ, GOLDEN, ImportOptions.defaults());

        assertThat(WHOLE_IDENTIFIER.matcher(report.toString()).find()).isFalse();
        for (RowError e : report.errors()) {
            assertThat(WHOLE_IDENTIFIER.matcher(e.toString()).find())
                    .as(e.toString())
                    .isFalse();
        }
    }

    @Test
    void anAuditorMayNotImport() {
        assertThatThrownBy(() -> imports.importFile(Officers.AUDITOR, GOLDEN, ImportOptions.defaults()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(pulih.store().beneficiaries().count()).isZero();
    }

    @Test
    void readsCommasLineFeedsIsoDatesAndEnglishHeadersWithoutBom() {
        ImportReport report = importText(HEADER
                + "5202014507900001,Siti Aminah,F,1990-07-05,5202,MY,2020-03-01\n"
                + ",Lalu Ahmad,M,12-08-1988,52.02.01,Malaysia,20/01/2020\n");

        assertThat(report.summary()).isEqualTo("read 2, imported 2, rejected 0, duplicates 0");
    }

    @Test
    void findsDuplicatesWithinTheFileWithoutNik() {
        ImportReport report = importText(HEADER
                + ",Siti Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\n"
                + ",SITI  AMINAH,P,05/07/1990,52.02.03,MY,01/03/2020\n");

        assertThat(report.summary()).isEqualTo("read 2, imported 1, rejected 0, duplicates 1");
    }

    @Test
    void flagsARowWithNikThatMatchesAPersonStoredWithoutOne() {
        importText(HEADER + ",Siti Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\n");

        ImportReport report = importText(HEADER + "5202014507900001,Siti Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\n");

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.flagged()).isEqualTo(1);
        assertThat(pulih.store().potentialDuplicates().open()).hasSize(1);
    }

    @Test
    void readsWindows1252OnRequestAndRefusesItAsUtf8() {
        byte[] bytes = (HEADER + ",Séñora Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\n")
                .getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> importBytes(bytes, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.code()).isEqualTo("csv.encoding"));
        assertThat(importBytes(bytes, Charset.forName("windows-1252")).imported())
                .isEqualTo(1);
    }

    @Test
    void anEmptyFileABinaryFileAndAFileWithoutHeaderEachGetOneClearError() {
        assertThat(codeOf("")).isEqualTo("csv.empty");
        assertThat(codeOf("\uFEFF \r\n\r\n")).isEqualTo("csv.empty");
        assertThat(codeOf("\u0089PNG\r\n\u001a\n\u0000\u0000")).isEqualTo("csv.format");
        assertThat(codeOf("a,b,c\n1,2,3\n")).isEqualTo("csv.header");
        assertThat(codeOf("NIK;Nama;Jenis Kelamin\n")).isEqualTo("csv.header");
        assertThat(codeOf(HEADER + ",\"Siti,P,05/07/1990,52.02.01,MY,01/03/2020\n"))
                .isIn("csv.format", "csv.limit");
    }

    @Test
    void namesTheMissingColumns() {
        assertThatThrownBy(() -> importText("NIK;Nama;Jenis Kelamin;Tanggal Lahir\n"))
                .hasMessageContaining("Kode Wilayah (region_code)")
                .hasMessageContaining("Negara (return_country)");
    }

    @Test
    void reportsProgressInRowsAndBytes() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 25; i++) {
            text.append(",Siti ").append((char) ('a' + i)).append(",P,05/07/1990,52.02.01,MY,01/03/2020\n");
        }
        List<long[]> calls = new ArrayList<>();
        imports.importFrom(
                Officers.HQ,
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults().withProgress(10, (rows, bytes) -> calls.add(new long[] {rows, bytes})));

        assertThat(calls).extracting(c -> c[0]).containsExactly(10L, 20L, 25L);
        assertThat(calls.get(2)[1]).isEqualTo(text.length());
    }

    @Test
    void aBadByteAfterChunksWereInsertedLeavesNothingWritten() {
        byte[] good = (HEADER
                        + ",Siti Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\n"
                        + ",Baiq Nurul,P,12/11/1985,52.02.01,MY,01/03/2020\n"
                        + ",Lalu Ahmad,L,12/08/1988,52.02.01,MY,01/03/2020\n"
                        + ",Ketut\u0020")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;

        assertThatThrownBy(() -> imports.importFrom(
                        Officers.HQ,
                        new ByteArrayInputStream(bytes),
                        ImportOptions.defaults().withChunkSize(1)))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.code()).isEqualTo("csv.encoding"));
        assertThat(pulih.store().beneficiaries().count()).isZero();
        assertThat(pulih.store().auditTrail().count()).isZero();
    }

    @Test
    void aStoreFailureHalfWayLeavesNothingWritten() {
        InMemoryStore real = new InMemoryStore();
        AtomicInteger inserts = new AtomicInteger();
        Beneficiaries failing = proxy(Beneficiaries.class, real.beneficiaries(), "insertAll", () -> {
            if (inserts.incrementAndGet() == 2) {
                throw new IllegalStateException("disk full");
            }
        });
        Store store = proxy(Store.class, real, null, () -> {});
        Store wrapped = (Store) Proxy.newProxyInstance(
                Store.class.getClassLoader(),
                new Class<?>[] {Store.class},
                (p, method, args) -> method.getName().equals("beneficiaries") ? failing : invoke(method, store, args));
        Pulih failingPulih = Pulih.builder()
                .store(wrapped)
                .clock(Clock.fixed(Officers.NOW, ZoneOffset.UTC))
                .build();

        assertThatThrownBy(() -> BeneficiaryImport.of(failingPulih)
                        .importFile(
                                Officers.HQ, GOLDEN, ImportOptions.defaults().withChunkSize(2)))
                .hasMessageContaining("disk full");
        assertThat(real.beneficiaries().count()).isZero();
        assertThat(real.auditTrail().count()).isZero();
    }

    private String codeOf(String text) {
        try {
            importText(text);
            return "no error";
        } catch (PulihException e) {
            return e.code();
        }
    }

    private static <T> T proxy(Class<T> type, T target, String method, Runnable before) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getName().equals(method)) {
                before.run();
            }
            return invoke(m, target, args);
        }));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
