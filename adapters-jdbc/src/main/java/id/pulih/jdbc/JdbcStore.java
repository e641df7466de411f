package id.pulih.jdbc;

import id.pulih.access.AccessGrants;
import id.pulih.audit.AccessLog;
import id.pulih.audit.AuditTrail;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.PotentialDuplicates;
import id.pulih.grant.Awards;
import id.pulih.grant.GrantSchemes;
import id.pulih.grant.PaymentBatches;
import id.pulih.grant.Payments;
import id.pulih.grant.Proposals;
import id.pulih.guidance.Enrolments;
import id.pulih.guidance.Programmes;
import id.pulih.jdbc.crypto.Envelope;
import id.pulih.jdbc.crypto.KeyProvider;
import id.pulih.reintegration.FollowUps;
import id.pulih.reintegration.ReintegrationPlans;
import id.pulih.repatriation.Repatriations;
import id.pulih.report.ReportQueries;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PrivateFiles;
import id.pulih.shelter.Shelters;
import id.pulih.shelter.Stays;
import id.pulih.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The Pulih {@link Store} over a relational database: H2 (embedded, the default) or PostgreSQL (production).
 *
 * <pre>{@code
 * Store store = JdbcStore.h2(Path.of("pulih-data/pulih"));        // a file database, zero set-up
 * Store store = JdbcStore.open(provincialDataSource);              // PostgreSQL, e.g. a HikariDataSource
 * Store store = JdbcStore.builder(provincialDataSource)             // encrypted at rest (Tink envelope keys)
 *         .keys(KeysetFile.load(Path.of("/etc/pulih/pulih.keyset")))
 *         .open();
 * Pulih pulih = Pulih.builder().store(store).build();
 * }</pre>
 *
 * <p>Opening migrates the schema first (Flyway, history table {@code pulih_schema_history}, never touching the
 * host's own migrations) and refuses a database migrated by a newer Pulih. One service call is one database
 * transaction; every aggregate carries a version column for optimistic locking; unique constraints back the domain's
 * one-per rules; {@code SQLException} never leaves this adapter (it becomes a {@link id.pulih.shared.PulihException}).
 */
public final class JdbcStore implements Store {
    private final Jdbc jdbc;
    private final Migrations.Dialect dialect;
    private final Beneficiaries beneficiaries;
    private final PotentialDuplicates duplicates;
    private final id.pulih.beneficiary.ClosureRequests closureRequests;
    private final Shelters shelters;
    private final Stays stays;
    private final Repatriations repatriations;
    private final Programmes programmes;
    private final Enrolments enrolments;
    private final GrantSchemes grantSchemes;
    private final Awards awards;
    private final Payments payments;
    private final PaymentBatches paymentBatches;
    private final Proposals proposals;
    private final ReintegrationPlans reintegrationPlans;
    private final FollowUps followUps;
    private final ReportQueries reports;
    private final AccessGrants accessGrants;
    private final AuditTrail auditTrail;
    private final AccessLog accessLog;
    private final id.pulih.privacy.PrivacyRecords privacy;
    private final KeyMaintenance keyWork;

    private JdbcStore(DataSource dataSource, Migrations.Dialect dialect, Sealing sealing) {
        this.jdbc = new Jdbc(dataSource, dialect == Migrations.Dialect.POSTGRESQL, sealing);
        this.dialect = dialect;
        this.keyWork = new KeyMaintenance(jdbc);
        this.beneficiaries = new JdbcBeneficiaries(jdbc);
        this.duplicates = new JdbcDuplicates(jdbc);
        this.closureRequests = new JdbcClosureRequests(jdbc);
        this.shelters = new JdbcShelters(jdbc);
        this.stays = new JdbcStays(jdbc);
        this.repatriations = new JdbcRepatriations(jdbc);
        this.programmes = new JdbcGuidance.ProgrammeRows(jdbc);
        this.enrolments = new JdbcGuidance.EnrolmentRows(jdbc);
        this.grantSchemes = new JdbcGrants.SchemeRows(jdbc);
        this.awards = new JdbcGrants.AwardRows(jdbc);
        this.payments = new JdbcGrants.PaymentRows(jdbc);
        this.paymentBatches = new JdbcGrants.BatchRows(jdbc);
        this.proposals = new JdbcGrants.ProposalRows(jdbc);
        this.reintegrationPlans = new JdbcReintegration.PlanRows(jdbc);
        this.followUps = new JdbcReintegration.FollowUpRows(jdbc);
        this.reports = new JdbcReports(jdbc);
        this.accessGrants = new JdbcAccess.Grants(jdbc);
        this.auditTrail = new JdbcAccess.Audit(jdbc);
        this.accessLog = new JdbcAccess.Log(jdbc);
        this.privacy = new JdbcPrivacy(jdbc, beneficiaries, keyWork);
    }

    /**
     * Opens a store over a data source: migrates its schema to the one this library knows, then opens.
     *
     * @param dataSource an H2 or PostgreSQL data source, ideally pooled; the store does not close it
     * @return the store
     * @throws StoreException {@code store.schema-newer} for a database migrated by a newer Pulih, {@code
     *     store.unavailable} when it cannot be reached, {@code store.unsupported} for another database
     */
    public static JdbcStore open(DataSource dataSource) {
        return builder(dataSource).open();
    }

    /**
     * A store over a data source with encryption at rest, or plain: see {@link Builder}.
     *
     * <pre>{@code
     * JdbcStore store = JdbcStore.builder(dataSource).keys(KeysetFile.load(Path.of("/etc/pulih/keyset"))).open();
     * }</pre>
     *
     * @param dataSource an H2 or PostgreSQL data source, ideally pooled; the store does not close it
     * @return the builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    /**
     * A store over an embedded H2 file database (as {@link #h2(Path)}) with encryption at rest, or plain.
     *
     * @param file the database file without extension; its folder is created owner-only
     * @return the builder
     */
    public static Builder builder(Path file) {
        return new Builder(null, Objects.requireNonNull(file, "file"));
    }

    /**
     * How a store is opened: over a data source or an H2 file, with keys (encryption at rest: {@link KeyProvider}) or
     * without (plain, as {@link #open(DataSource)} and {@link #h2(Path)} open it).
     *
     * <p>With keys, each beneficiary gets its own data key wrapped by the master key, identifiers, names, exact birth
     * dates, free text and specific data are stored as AEAD ciphertext, and look-ups go through blind indexes; the
     * first open records a key check in the database. An encrypted database opened without keys fails with {@code
     * store.key-missing}, with other keys with {@code store.key-wrong}; a plain database opened with keys stays
     * readable and seals the persons written from then on ({@link #encryptInPlace} seals the others).
     */
    public static final class Builder {
        private final DataSource dataSource;
        private final Path file;
        private KeyProvider keys;
        private long keyCache = 20_000;

        private Builder(DataSource dataSource, Path file) {
            this.dataSource = dataSource;
            this.file = file;
        }

        /**
         * Encrypts at rest with these keys.
         *
         * @param keys the master and blind-index keys, for example {@link id.pulih.jdbc.crypto.KeysetFile#load}
         * @return this builder
         */
        public Builder keys(KeyProvider keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /**
         * How many persons' unwrapped data keys are kept in memory (20,000 by default): a case read twice unwraps its
         * key once.
         *
         * @param persons at least 1
         * @return this builder
         */
        public Builder keyCache(long persons) {
            if (persons < 1) {
                throw new IllegalArgumentException("persons: at least 1 key is cached, but it was " + persons);
            }
            this.keyCache = persons;
            return this;
        }

        /**
         * Opens the store: migrates the schema, then checks the keys against the database.
         *
         * @return the store
         * @throws StoreException {@code store.key-missing} for an encrypted database opened without keys, {@code
         *     store.key-wrong} for other keys than its own, and the codes of {@link #open(DataSource)}
         */
        public JdbcStore open() {
            Sealing sealing = keys == null ? Sealing.plain() : Sealing.with(Envelope.of(keys), keyCache);
            if (file == null) {
                return JdbcStore.open(dataSource, sealing);
            }
            Path absolute = file.toAbsolutePath();
            ownerOnlyFolder(absolute);
            JdbcStore store = JdbcStore.open(h2File(absolute), sealing);
            ownerOnlyFiles(absolute);
            return store;
        }
    }

    private static JdbcStore open(DataSource dataSource, Sealing sealing) {
        Migrations.Dialect dialect = Migrations.migrate(dataSource);
        KeyMaintenance.verify(dataSource, sealing);
        return new JdbcStore(dataSource, dialect, sealing);
    }

    private static JdbcDataSource h2File(Path absolute) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(withoutTraceFile("jdbc:h2:file:" + absolute + ";DB_CLOSE_DELAY=-1"));
        h2.setUser("pulih");
        h2.setPassword("");
        return h2;
    }

    /**
     * Whether the store encrypts at rest (it was opened with keys).
     *
     * @return true with keys
     */
    public boolean isEncrypted() {
        return jdbc.sealing().encrypted();
    }

    /**
     * Crypto-shredding: destroys a beneficiary's data key, so that every sealed value of the person (identifiers,
     * name, exact birth date, account, free text, specific data, in every table) is unreadable at once, in this
     * database and in its backups, which hold only ciphertext. The wrapped key's row is cleared with the time it
     * happened; the blind indexes of the person are cleared. The person then reads back as {@code Person.erased}
     * (sex, birth year, origin, document status), its profile as {@code TraffickingProfile.unknown()}, its free text
     * empty, the accounts of its awards and payments as their bank with the number {@code 000000} and the holder
     * {@code Person.ERASED_NAME}; what is in clear (statuses, dates of events, amounts, region codes) stays, so
     * reports still count and payments still reconcile. A person written before encryption is sealed first.
     *
     * <p>This is the storage primitive of erasure; it writes no audit entry (the privacy service's erasure, which
     * calls it, does).
     *
     * @param beneficiary the person
     * @return true when the key was destroyed now, false when it was destroyed before
     * @throws StoreException {@code store.key-missing} for a store without keys
     * @throws id.pulih.shared.NotFoundException for an unknown beneficiary
     */
    public boolean shred(BeneficiaryId beneficiary) {
        return keyWork.shred(Objects.requireNonNull(beneficiary, "beneficiary"), java.time.Instant.now());
    }

    /**
     * Wraps every data key again by the master key's primary, a chunk per transaction, without re-encrypting any
     * data; then the key check. Run it after a rotation ({@link id.pulih.jdbc.crypto.KeysetFile#rotate()}), with the
     * rotated keys, and retire the old master keys only once it has returned. It can be run again after a crash.
     *
     * @param chunk how many data keys per transaction, at least 1
     * @param progress told how many keys are re-wrapped after each chunk
     * @return how many data keys were re-wrapped
     * @throws StoreException {@code store.key-missing} for a store without keys
     */
    public long rewrapDataKeys(int chunk, java.util.function.LongConsumer progress) {
        requireKeys();
        return keyWork.rewrap(positive(chunk), Objects.requireNonNull(progress, "progress"));
    }

    /**
     * Seals in place a database written without encryption, a chunk of persons per transaction (their rows in every
     * table, their blind indexes and their new data keys together), so that the database stays readable throughout
     * and the work resumes where it stopped after a crash.
     *
     * @param chunk how many persons per transaction, at least 1
     * @param progress told how many persons this run has sealed after each chunk
     * @return how many persons this run sealed
     * @throws StoreException {@code store.key-missing} for a store without keys
     */
    public long encryptInPlace(int chunk, java.util.function.LongConsumer progress) {
        requireKeys();
        Objects.requireNonNull(progress, "progress");
        return keyWork.encryptInPlace(positive(chunk), progress::accept);
    }

    /**
     * How many persons are stored without encryption (written before the store had keys, not yet sealed).
     *
     * @return the number of plain persons
     */
    public long plainPersons() {
        return keyWork.plainCount();
    }

    /** The key work, for the tests of crashes inside a migration's chunk. */
    KeyMaintenance keyWork() {
        return keyWork;
    }

    private void requireKeys() {
        if (!isEncrypted()) {
            throw StoreError.KEY_MISSING.refuse(null, " (the store was opened without keys)");
        }
    }

    private static int positive(int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk: at least 1, but it was " + chunk);
        }
        return chunk;
    }

    /**
     * An embedded H2 database in a file: the zero-set-up default.
     *
     * <p>The database holds victims' personal data: a folder it creates, and its files ({@code pulih.mv.db},
     * {@code pulih.trace.db}), are readable by their owner only ({@link PrivateFiles}). To encrypt the file itself,
     * open it with {@link #open(DataSource)} and {@code ;CIPHER=AES} in the URL (see the README).
     *
     * @param file the database file without extension, for example {@code pulih-data/pulih}; its folder is created
     * @return the store
     * @throws StoreException {@code store.unavailable} when the folder cannot be created
     */
    public static JdbcStore h2(Path file) {
        return builder(file).open();
    }

    /**
     * Creates the missing folders of an H2 file database owner-only, before H2 would create them readable by all.
     *
     * @param file the database file without extension
     * @throws StoreException {@code store.unavailable} when a folder cannot be created
     */
    public static void ownerOnlyFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try {
            PrivateFiles.createDirectories(folder);
        } catch (IOException e) {
            throw StoreError.UNAVAILABLE.refuse(e, " (creating the folder " + folder + ": " + e.getMessage() + ")");
        }
    }

    /**
     * Makes the files of an H2 file database owner-only ({@code <name>.mv.db}, {@code <name>.trace.db}, ...).
     *
     * @param file the database file without extension
     * @throws StoreException {@code store.unavailable} when their permissions cannot be changed
     */
    public static void ownerOnlyFiles(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            return;
        }
        try {
            PrivateFiles.restrictAll(folder, absolute.getFileName() + ".");
        } catch (IOException e) {
            throw StoreError.UNAVAILABLE.refuse(e, " (restricting " + absolute + ": " + e.getMessage() + ")");
        }
    }

    /**
     * An H2 URL that keeps H2 from writing its trace file ({@code TRACE_LEVEL_FILE=0}), unless the URL sets the level
     * itself. By default H2 writes every failed statement to {@code <db>.trace.db} beside the database, with the
     * values it was given: the personal data of the row, in a file no one watches. Every H2 database Pulih opens goes
     * through here.
     *
     * @param url a {@code jdbc:h2:} URL
     * @return the URL with the trace file off
     */
    public static String withoutTraceFile(String url) {
        Objects.requireNonNull(url, "url");
        return url.toUpperCase(java.util.Locale.ROOT).contains(";TRACE_LEVEL_FILE=")
                ? url
                : url + ";TRACE_LEVEL_FILE=0";
    }

    /**
     * An H2 database in memory, kept until the JVM ends; for tests and demos.
     *
     * @param name the database name; the same name opens the same database
     * @return the store
     */
    public static JdbcStore h2InMemory(String name) {
        String db = Objects.requireNonNull(name, "name").strip();
        if (db.isEmpty()) {
            throw new IllegalArgumentException("name: a database name is required, but it was empty");
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1");
        h2.setUser("pulih");
        h2.setPassword("");
        return open(h2);
    }

    /**
     * The data source the store works on.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return jdbc.dataSource();
    }

    /**
     * Whether the database is PostgreSQL (else H2).
     *
     * @return true on PostgreSQL
     */
    public boolean isPostgres() {
        return dialect == Migrations.Dialect.POSTGRESQL;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbc.inTransaction(work);
    }

    @Override
    public Beneficiaries beneficiaries() {
        return beneficiaries;
    }

    @Override
    public PotentialDuplicates potentialDuplicates() {
        return duplicates;
    }

    @Override
    public id.pulih.beneficiary.ClosureRequests closureRequests() {
        return closureRequests;
    }

    @Override
    public Shelters shelters() {
        return shelters;
    }

    @Override
    public Stays stays() {
        return stays;
    }

    @Override
    public Repatriations repatriations() {
        return repatriations;
    }

    @Override
    public Programmes programmes() {
        return programmes;
    }

    @Override
    public Enrolments enrolments() {
        return enrolments;
    }

    @Override
    public GrantSchemes grantSchemes() {
        return grantSchemes;
    }

    @Override
    public Awards awards() {
        return awards;
    }

    @Override
    public Payments payments() {
        return payments;
    }

    @Override
    public PaymentBatches paymentBatches() {
        return paymentBatches;
    }

    @Override
    public Proposals proposals() {
        return proposals;
    }

    @Override
    public ReintegrationPlans reintegrationPlans() {
        return reintegrationPlans;
    }

    @Override
    public FollowUps followUps() {
        return followUps;
    }

    @Override
    public ReportQueries reports() {
        return reports;
    }

    @Override
    public AccessGrants accessGrants() {
        return accessGrants;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public AccessLog accessLog() {
        return accessLog;
    }

    @Override
    public id.pulih.privacy.PrivacyRecords privacy() {
        return privacy;
    }
}
