package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.grant.Award;
import id.pulih.jdbc.crypto.KeysetFile;
import id.pulih.privacy.Erasure;
import id.pulih.report.ReportScope;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionLevel;
import id.pulih.store.Store;
import id.pulih.testkit.CaseCommand;
import id.pulih.testkit.CaseWorld;
import id.pulih.testkit.PulihGen;
import id.pulih.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest on real databases: generated case histories (registration, stays, returns, grants, plans,
 * follow-ups, corrections, closures, merges) run through the services onto an encrypted store, then every text column
 * of every table is read through JDBC metadata, and the H2 file's bytes: no whole identifier, name or birth date of
 * the inputs is there. Shredding, rotation, in-place sealing with crashes, and the wrong and the missing key.
 */
class EncryptionAtRestIT {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void noIdentifierNameOrBirthDateIsStoredInClearOnH2() throws SQLException {
        Set<String> secrets = new HashSet<>();
        Samples.each(PulihGen.caseCommands(), 15, 12, commands -> {
            DataSource ds = Databases.h2();
            CaseWorld world = run(TestKeys.encrypted(ds), commands);
            secrets.addAll(secrets(world.store()));
            assertNoSecretIn(ds, secrets(world.store()));
        });
        assertThat(secrets).as("secrets the histories hold").hasSizeGreaterThan(20);
    }

    @Test
    void noIdentifierNameOrBirthDateIsStoredInClearOnPostgres() {
        Samples.each(PulihGen.caseCommands(), 15, 4, commands -> {
            DataSource ds = Databases.freshPostgres();
            CaseWorld world = run(TestKeys.encrypted(ds), commands);
            assertNoSecretIn(ds, secrets(world.store()));
        });
    }

    @Test
    void theH2FilesBytesHoldNoIdentifierNameOrBirthDate(@TempDir Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        Set<String> secrets = new HashSet<>();
        Samples.each(PulihGen.caseCommands(), 23, 6, commands -> {
            Path file = folder.resolve("pulih" + files.size());
            files.add(file);
            JdbcStore store = JdbcStore.builder(file).keys(TestKeys.shared()).open();
            CaseWorld world = run(store, commands);
            secrets.addAll(secrets(world.store()));
            shutdown(store.dataSource());
        });
        assertThat(secrets).isNotEmpty();
        for (Path file : files) {
            String text = printable(Files.readAllBytes(file.resolveSibling(file.getFileName() + ".mv.db")));
            for (String secret : secrets) {
                assertThat(text).as("the H2 file's text").doesNotContain(secret);
            }
        }
    }

    @Test
    void shreddingMakesEveryFieldOfThatPersonUnreadableAndLeavesTheOthersAndTheCounts() {
        Samples.each(PulihGen.caseCommands(), 31, 6, commands -> {
            JdbcStore store = TestKeys.encrypted(Databases.h2());
            CaseWorld world = run(store, commands);
            List<BeneficiaryId> ids = world.beneficiaries();
            if (ids.size() < 2) {
                return;
            }
            BeneficiaryId gone = ids.get(0);
            Map<BeneficiaryId, List<Object>> before = snapshot(store, ids);
            ReportScope all = ReportScope.of(Jurisdiction.national());
            Object counts = List.of(
                    store.reports().beneficiariesByOrigin(RegionLevel.REGENCY, all),
                    store.reports().outcomes(all),
                    store.reports().grants(all),
                    store.reports().beneficiariesByReturnYear(all));
            Beneficiary was = store.beneficiaries().find(gone).orElseThrow();

            assertThat(store.shred(gone)).isTrue();
            assertThat(store.shred(gone)).as("a second shred").isFalse();

            Beneficiary left = store.beneficiaries().find(gone).orElseThrow();
            assertThat(left.person())
                    .isEqualTo(
                            Person.erased(was.sex(), was.birth().date().getYear(), was.origin(), was.documentStatus()));
            assertThat(left.profile()).isEqualTo(TraffickingProfile.unknown());
            assertThat(left.history()).allSatisfy(h -> assertThat(h.reason()).isIn("", Erasure.REMOVED));
            assertThat(left.assessments()).allSatisfy(a -> assertThat(a.risks()).isEmpty());
            assertThat(left.corrections())
                    .allSatisfy(c -> assertThat(c.reason()).isIn("", Erasure.REMOVED));
            assertThat(store.stays().forBeneficiary(gone))
                    .allSatisfy(s -> assertThat(s.dischargeNote()).isIn("", Erasure.REMOVED));
            for (Award a : store.awards().forBeneficiary(gone)) {
                assertThat(a.account().number()).isEqualTo(JdbcGrants.SHREDDED_ACCOUNT);
                assertThat(a.account().holder()).isEqualTo(Person.ERASED_NAME);
            }
            was.nik()
                    .ifPresent(nik ->
                            assertThat(store.beneficiaries().findByNik(nik)).isEmpty());
            for (BeneficiaryId other : ids.subList(1, ids.size())) {
                assertThat(snapshot(store, List.of(other)).get(other)).isEqualTo(before.get(other));
            }
            assertThat(List.of(
                            store.reports().beneficiariesByOrigin(RegionLevel.REGENCY, all),
                            store.reports().outcomes(all),
                            store.reports().grants(all),
                            store.reports().beneficiariesByReturnYear(all)))
                    .isEqualTo(counts);
            Set<String> hisSecrets = secrets(was);
            assertNoSecretIn(store.dataSource(), hisSecrets);
            // a reopened store (a new cache) reads the same erased person
            JdbcStore reopened = JdbcStore.builder(store.dataSource())
                    .keys(TestKeys.shared())
                    .open();
            assertThat(reopened.beneficiaries().find(gone).orElseThrow().person())
                    .isEqualTo(left.person());
        });
    }

    @Test
    void rotationRewrapsEveryDataKeyAndRetiresTheOldMasterKeyOnlyAfter(@TempDir Path folder) {
        KeysetFile original = KeysetFile.create(folder.resolve("pulih.keyset"));
        DataSource ds = Databases.h2();
        JdbcStore store = JdbcStore.builder(ds).keys(original).open();
        List<BeneficiaryId> ids = run(store, richest(41)).beneficiaries();
        Map<BeneficiaryId, List<Object>> before = snapshot(store, ids);
        List<String> wrappedBefore = wrappedKeys(ds);

        KeysetFile rotated = KeysetFile.load(folder.resolve("pulih.keyset")).rotate();
        assertThat(rotated.masterKeys()).isEqualTo(2);
        JdbcStore during = JdbcStore.builder(ds).keys(rotated).open();
        assertThat(snapshot(during, ids))
                .as("readable between rotation and re-wrap")
                .isEqualTo(before);
        List<Long> progress = new ArrayList<>();
        long rewrapped = during.rewrapDataKeys(2, progress::add);
        assertThat(rewrapped).isEqualTo(ids.size());
        assertThat(progress).isNotEmpty().last().isEqualTo((long) ids.size());
        assertThat(wrappedKeys(ds)).doesNotContainAnyElementsOf(wrappedBefore);

        KeysetFile retired = KeysetFile.load(folder.resolve("pulih.keyset")).retireOld();
        assertThat(retired.masterKeys()).isEqualTo(1);
        assertThat(snapshot(JdbcStore.builder(ds).keys(retired).open(), ids)).isEqualTo(before);
        assertThatThrownBy(() -> JdbcStore.builder(ds).keys(original).open())
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("store.key-wrong"));
    }

    @Test
    void aPlainDatabaseIsSealedInPlaceReadableThroughoutAndResumedAfterCrashesInsideAndBetweenChunks() {
        DataSource ds = Databases.h2();
        JdbcStore plain = JdbcStore.open(ds);
        CaseWorld world = run(plain, richest(53));
        List<BeneficiaryId> ids = world.beneficiaries();
        Set<String> secrets = secrets(world.store());
        assertThat(ids).hasSizeGreaterThan(2);
        Map<BeneficiaryId, List<Object>> before = snapshot(plain, ids);
        assertThatThrownBy(() -> assertNoSecretIn(ds, secrets))
                .as("the plain database holds the secrets: the check finds them")
                .isInstanceOf(AssertionError.class);
        JdbcStore keyed = TestKeys.encrypted(ds);
        assertThat(keyed.plainPersons()).isEqualTo(ids.size());

        // a crash inside the first chunk (at its second person): nothing of it stays, every person still plain and read
        // as before
        assertThatThrownBy(() -> keyed.keyWork().encryptInPlace(2, new CrashAfter(2, Long.MAX_VALUE)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(keyed.plainPersons()).isEqualTo(ids.size());
        assertThat(snapshot(keyed, ids)).isEqualTo(before);

        // a crash between chunks: the first chunk is sealed, the rest plain, all read as before
        assertThatThrownBy(() -> keyed.keyWork().encryptInPlace(2, new CrashAfter(Long.MAX_VALUE, 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(keyed.plainPersons()).isEqualTo(ids.size() - 2);
        JdbcStore reopened = TestKeys.encrypted(ds);
        assertThat(snapshot(reopened, ids)).isEqualTo(before);
        // in a half-sealed database the look-ups find plain and sealed persons alike
        for (List<Object> records : before.values()) {
            Beneficiary b = (Beneficiary) records.get(0);
            if (b.mergedInto().isEmpty()) {
                assertThat(reopened.beneficiaries().findByDuplicateKey(b.duplicateKey()))
                        .contains(b);
                b.nik()
                        .ifPresent(nik -> assertThat(reopened.beneficiaries().findByNik(nik))
                                .contains(b));
            }
        }

        List<Long> progress = new ArrayList<>();
        assertThat(reopened.encryptInPlace(2, progress::add)).isEqualTo(ids.size() - 2);
        assertThat(reopened.plainPersons()).isZero();
        assertThat(snapshot(TestKeys.encrypted(ds), ids)).isEqualTo(before);
        assertNoSecretIn(ds, secrets);
        assertThatThrownBy(() -> JdbcStore.open(ds))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("store.key-missing"));
    }

    @Test
    void anEncryptedDatabaseOpenedWithoutKeysOrWithOthersIsRefusedWithAClearError() {
        for (DataSource ds : List.of(Databases.h2(), Databases.freshPostgres())) {
            JdbcStore store = TestKeys.encrypted(ds);
            Samples.each(PulihGen.caseCommands(), 61, 1, commands -> run(store, commands));
            assertThatThrownBy(() -> JdbcStore.open(ds)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.code()).isEqualTo("store.key-missing");
                assertThat(e.getMessage())
                        .isEqualTo("the database is encrypted and no key was given; name its keyset with --keyset"
                                + " or PULIH_KEYSET [store.key-missing]");
                assertThat(e.getCause()).isNull();
            });
            assertThatThrownBy(
                            () -> JdbcStore.builder(ds).keys(TestKeys.fresh()).open())
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.code()).isEqualTo("store.key-wrong");
                        assertThat(e.getMessage()).contains("does not open the key check");
                        assertThat(e.getCause()).isNull();
                    });
        }
    }

    @Test
    void aMissingOrForeignKeysetFileIsRefusedWithAClearError(@TempDir Path folder) throws IOException {
        assertThatThrownBy(() -> KeysetFile.load(folder.resolve("none.keyset")))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("store.key-missing"));
        Path foreign = Files.writeString(folder.resolve("foreign.keyset"), "master=not a keyset\nblind-index=no\n");
        assertThatThrownBy(() -> KeysetFile.load(foreign))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("store.key-wrong"));
        KeysetFile created = KeysetFile.create(folder.resolve("own.keyset"));
        assertThat(Files.getPosixFilePermissions(created.path())).isEqualTo(id.pulih.shared.PrivateFiles.FILE);
        assertThatThrownBy(() -> KeysetFile.create(folder.resolve("own.keyset")))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    /** A migration that fails after so many persons sealed inside a chunk, or after so many chunks committed. */
    private record CrashAfter(long persons, long chunks) implements KeyMaintenance.Progress {
        private static final java.util.concurrent.atomic.AtomicLong SEALED =
                new java.util.concurrent.atomic.AtomicLong();

        @Override
        public void sealed(java.util.UUID person) {
            if (SEALED.incrementAndGet() % 1_000_000 >= persons) {
                SEALED.set(0);
                throw new IllegalStateException("crash inside a chunk");
            }
        }

        @Override
        public void committed(long done) {
            SEALED.set(0);
            if (done / 2 >= chunks) {
                throw new IllegalStateException("crash between chunks");
            }
        }
    }

    /** Of 20 generated histories, the one that registers the most persons (each tried on a scratch store). */
    static List<CaseCommand> richest(long seed) {
        List<List<CaseCommand>> all = new ArrayList<>();
        Samples.each(PulihGen.caseCommands(), seed, 20, all::add);
        List<CaseCommand> best = all.get(0);
        int most = -1;
        for (List<CaseCommand> commands : all) {
            int persons = run(JdbcStore.open(Databases.h2()), commands)
                    .beneficiaries()
                    .size();
            if (persons > most) {
                most = persons;
                best = commands;
            }
        }
        return best;
    }

    static CaseWorld run(Store store, List<CaseCommand> commands) {
        CaseWorld world = CaseWorld.create(store);
        commands.forEach(world::apply);
        return world;
    }

    /** Everything the store holds of each person, as read through its ports. */
    static Map<BeneficiaryId, List<Object>> snapshot(Store store, List<BeneficiaryId> ids) {
        Map<BeneficiaryId, List<Object>> all = new LinkedHashMap<>();
        for (BeneficiaryId id : ids) {
            List<Object> records = new ArrayList<>();
            records.add(store.beneficiaries().find(id).orElseThrow());
            records.add(store.stays().forBeneficiary(id));
            records.add(store.repatriations().forBeneficiary(id));
            records.add(store.enrolments().forBeneficiary(id));
            List<Award> awards = store.awards().forBeneficiary(id);
            records.add(awards);
            for (Award a : awards) {
                records.add(store.payments().forAward(a.id()));
            }
            records.add(store.proposals().forBeneficiary(id));
            records.add(store.reintegrationPlans().forBeneficiary(id));
            records.add(store.followUps().forBeneficiary(id));
            records.add(store.closureRequests().forBeneficiary(id));
            records.add(store.accessGrants().forBeneficiary(id));
            records.add(store.potentialDuplicates().involving(id));
            records.add(store.auditTrail().forRecord("beneficiary", id.toString()));
            all.put(id, records);
        }
        return all;
    }

    /** The identifiers, names and birth dates of every person a store holds, as the inputs gave them. */
    static Set<String> secrets(Store store) {
        Set<String> secrets = new HashSet<>();
        for (Beneficiary b : store.beneficiaries().page(Optional.empty(), 10_000)) {
            secrets.addAll(secrets(b));
            for (Award a : store.awards().forBeneficiary(b.id())) {
                secrets.addAll(account(a.account()));
            }
        }
        return secrets;
    }

    static Set<String> secrets(Beneficiary b) {
        Set<String> secrets = new HashSet<>();
        if (b.name().equals(Person.ERASED_NAME)) {
            return secrets;
        }
        b.nik().map(Nik::value).ifPresent(secrets::add);
        b.familyCard().map(FamilyCardNumber::value).ifPresent(secrets::add);
        b.phone().map(PhoneNumber::e164).ifPresent(secrets::add);
        b.person().bankAccount().map(EncryptionAtRestIT::account).ifPresent(secrets::addAll);
        // a short name could appear inside base64 by chance; eight letters cannot (64^-8)
        if (b.name().value().length() >= 8) {
            secrets.add(b.name().value());
        }
        if (!b.birth().estimated()) {
            secrets.add(b.birth().date().toString());
            secrets.add(b.birth().date().format(DAY_FIRST));
        }
        return secrets;
    }

    private static Set<String> account(BankAccount account) {
        Set<String> secrets = new HashSet<>();
        if (account.number().length() >= 10) {
            secrets.add(account.number());
        }
        if (account.holder().value().length() >= 8) {
            secrets.add(account.holder().value());
        }
        return secrets;
    }

    /** Reads every CHAR and VARCHAR column of every table, as JDBC metadata lists them, and looks for the secrets. */
    static void assertNoSecretIn(DataSource ds, Set<String> secrets) {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            Map<String, List<String>> columns = new LinkedHashMap<>();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    boolean history = rs.getString("TABLE_NAME").equalsIgnoreCase(Migrations.HISTORY_TABLE);
                    if (!history && (type == java.sql.Types.VARCHAR || type == java.sql.Types.CHAR)) {
                        columns.computeIfAbsent(rs.getString("TABLE_NAME"), k -> new ArrayList<>())
                                .add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            assertThat(columns.keySet().stream().map(t -> t.toLowerCase(Locale.ROOT)))
                    .contains("beneficiary", "payment", "service_referral");
            int values = 0;
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery(
                                "SELECT " + String.join(", ", table.getValue()) + " FROM " + table.getKey())) {
                    while (rs.next()) {
                        for (String column : table.getValue()) {
                            String value = rs.getString(column);
                            if (value == null) {
                                continue;
                            }
                            values++;
                            for (String secret : secrets) {
                                assertThat(value)
                                        .as(table.getKey() + "." + column)
                                        .doesNotContain(secret);
                            }
                        }
                    }
                }
            }
            assertThat(values).as("text values read").isPositive();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> wrappedKeys(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT wrapped FROM beneficiary_key WHERE wrapped IS NOT NULL")) {
            List<String> wrapped = new ArrayList<>();
            while (rs.next()) {
                wrapped.add(rs.getString(1));
            }
            return wrapped;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shutdown(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The printable runs of four or more characters of a file, as {@code strings} prints them. */
    static String printable(byte[] bytes) {
        StringBuilder all = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (byte b : bytes) {
            if (b >= 0x20 && b < 0x7f) {
                run.append((char) b);
            } else {
                if (run.length() >= 4) {
                    all.append(run).append('\n');
                }
                run.setLength(0);
            }
        }
        all.append(run);
        return all.toString();
    }

    static final Function<byte[], String> UTF8 = b -> new String(b, StandardCharsets.UTF_8);
}
