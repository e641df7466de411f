package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.csv.BeneficiaryImport;
import id.pulih.csv.ImportOptions;
import id.pulih.csv.ImportReport;
import id.pulih.csv.RowError;
import id.pulih.examples.demo.DemoResult;
import id.pulih.examples.demo.SeedDemo;
import id.pulih.grant.Award;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.PulihException;
import id.pulih.store.memory.InMemoryStore;
import id.pulih.testkit.PulihGen;
import id.pulih.testkit.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The demo and a CSV import of generated people, with every log line captured at DEBUG: no whole NIK, No. KK, phone
 * number, bank account number or full name of the inputs appears in a log line, an exception's message (logged or
 * thrown) or the {@code toString()} of what the calls return.
 */
class LogLeakTest {
    private static final Actor HQ =
            Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;
    private Level before;

    /** Everything that must not appear, and where each text was seen. */
    private final Set<String> secrets = new LinkedHashSet<>();

    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void capture() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        before = root.getLevel();
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        root.setLevel(before);
    }

    @Test
    void exactlyOneSlf4jProviderIsOnTheClassPath() throws IOException {
        List<URL> providers = Collections.list(
                getClass().getClassLoader().getResources("META-INF/services/org.slf4j.spi.SLF4JServiceProvider"));
        assertThat(providers).singleElement().asString().contains("logback-classic");
    }

    @Test
    void theDemoLogsNoWholeIdentifierOrName() {
        InMemoryStore store = new InMemoryStore();
        ByteArrayOutputStream account = new ByteArrayOutputStream();

        DemoResult result = SeedDemo.run(store, new PrintStream(account, true, StandardCharsets.UTF_8));

        seen.add(result.toString());
        Optional<BeneficiaryId> after = Optional.empty();
        for (List<Beneficiary> page; !(page = store.beneficiaries().page(after, 1_000)).isEmpty(); ) {
            for (Beneficiary b : page) {
                secretsOf(b);
                seen.add(b.toString());
                seen.add(b.person().toString());
                for (Award award : store.awards().forBeneficiary(b.id())) {
                    secrets.add(award.account().number());
                    seen.add(award.toString());
                }
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
        assertThat(secrets).hasSizeGreaterThan(5_000);
        assertNoLeak();
    }

    @Test
    void aCsvImportOfGeneratedPeopleLogsNoWholeIdentifierOrName() throws IOException {
        List<IntakeForm> forms = new ArrayList<>();
        Samples.each(PulihGen.intakeForms(), 15L, 300, forms::add);
        List<String> accounts = new ArrayList<>();
        Samples.each(PulihGen.bankAccountNumbers(), 16L, 300, accounts::add);
        StringBuilder csv = new StringBuilder(
                "NIK;No KK;Nama;Jenis Kelamin;Tanggal Lahir;Perkiraan Tahun Lahir;Kode Wilayah;No HP;Negara;"
                        + "Tanggal Kembali;Kode Bank;No Rekening\r\n");
        for (int i = 0; i < forms.size(); i++) {
            IntakeForm f = forms.get(i);
            // every seventh row names the other sex than its NIK: refused, with a message about the NIK
            boolean wrongSex = i % 7 == 3 && f.nik() != null;
            String sex = (f.sex() == id.pulih.shared.Sex.FEMALE) != wrongSex ? "P" : "L";
            csv.append(text(f.nik()))
                    .append(';')
                    .append(text(f.familyCardNumber()))
                    .append(';')
                    .append(f.name())
                    .append(';')
                    .append(sex)
                    .append(';')
                    .append(f.birthDate() == null ? "" : DAY.format(f.birthDate()))
                    .append(';')
                    .append(f.estimatedBirthYear() == null ? "" : f.estimatedBirthYear())
                    .append(';')
                    .append(f.originRegion())
                    .append(';')
                    .append(text(f.phone()))
                    .append(';')
                    .append(f.returnCountry())
                    .append(';')
                    .append(DAY.format(f.returnDate()))
                    .append(';')
                    .append("BRI;")
                    .append(accounts.get(i))
                    .append("\r\n");
            secretsOf(f);
            secrets.add(accounts.get(i));
        }
        // a second copy of a few rows: each a duplicate of a person the import has just registered
        for (String line : csv.toString().lines().skip(1).limit(20).toList()) {
            csv.append(line).append("\r\n");
        }
        Path file = dir.resolve("orang.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Pulih pulih = Pulih.builder()
                .clock(Clock.fixed(LocalDate.of(2020, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .build();

        ImportReport report = BeneficiaryImport.of(pulih).importFile(HQ, file, ImportOptions.defaults());

        assertThat(report.imported()).isPositive();
        assertThat(report.rejected() + report.duplicates()).isPositive();
        seen.add(report.toString());
        seen.add(report.summary());
        for (RowError error : report.errors()) {
            seen.add(error.toString());
            seen.add(error.message());
        }
        // the same people registered one by one again: every refusal's message
        for (IntakeForm f : forms.subList(0, 40)) {
            try {
                seen.add(pulih.as(HQ).cases().register(f).toString());
            } catch (PulihException refused) {
                seen.add(refused.getMessage());
                seen.add(refused.toString());
            }
        }
        for (List<Beneficiary> page = pulih.as(HQ).cases().list(Optional.empty(), 1_000); !page.isEmpty(); ) {
            page.forEach(b -> seen.add(b.toString()));
            page = pulih.as(HQ)
                    .cases()
                    .list(Optional.of(page.get(page.size() - 1).id()), 1_000);
        }
        assertNoLeak();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void secretsOf(IntakeForm f) {
        addIfPresent(f.nik());
        addIfPresent(f.familyCardNumber());
        if (f.phone() != null) {
            PhoneNumber phone = PhoneNumber.of(f.phone());
            secrets.add(phone.e164());
            secrets.add(phone.national());
            secrets.add(f.phone());
        }
        name(f.name());
    }

    private void secretsOf(Beneficiary b) {
        b.nik().ifPresent(n -> secrets.add(n.value()));
        b.familyCard().ifPresent(k -> secrets.add(k.value()));
        b.phone().ifPresent(p -> {
            secrets.add(p.e164());
            secrets.add(p.national());
        });
        b.person().bankAccount().ifPresent(a -> secrets.add(a.number()));
        name(b.name().value());
    }

    /**
     * A full name as a whole: a single short name ("Ani") could be any word of a message, so names of one word are
     * looked for only from 8 letters on.
     */
    private void name(String name) {
        String whole = name.strip();
        if (whole.contains(" ") || whole.length() >= 8) {
            secrets.add(whole);
        }
    }

    private void addIfPresent(String value) {
        if (value != null && !value.isBlank()) {
            secrets.add(value.replaceAll("[ .]", ""));
            secrets.add(value);
        }
    }

    private void assertNoLeak() {
        List<String> lines = new ArrayList<>(seen);
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertThat(captured.list)
                .as("the run logs something, or there is nothing to check")
                .isNotEmpty();
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            for (String secret : secrets) {
                if (line.contains(secret)) {
                    leaks.add("'" + mask(secret) + "' in: " + line.replace(secret, "<" + mask(secret) + ">"));
                }
            }
        }
        assertThat(leaks)
                .as("whole identifiers or names in logs, messages or toString()")
                .isEmpty();
    }

    /** How a leak is reported: enough to find it, not the identifier again. */
    private static String mask(String secret) {
        return secret.length() <= 4 ? "****" : secret.substring(0, 2) + "…" + secret.substring(secret.length() - 2);
    }
}
