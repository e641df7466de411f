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
import id.pulih.reintegration.FollowUps;
import id.pulih.reintegration.ReintegrationPlans;
import id.pulih.repatriation.Repatriations;
import id.pulih.report.ReportQueries;
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

    private JdbcStore(DataSource dataSource, Migrations.Dialect dialect) {
        this.jdbc = new Jdbc(dataSource, dialect == Migrations.Dialect.POSTGRESQL);
        this.dialect = dialect;
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
        this.privacy = new JdbcPrivacy(jdbc, beneficiaries);
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
        Objects.requireNonNull(dataSource, "dataSource");
        return new JdbcStore(dataSource, Migrations.migrate(dataSource));
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
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        ownerOnlyFolder(absolute);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(withoutTraceFile("jdbc:h2:file:" + absolute + ";DB_CLOSE_DELAY=-1"));
        h2.setUser("pulih");
        h2.setPassword("");
        JdbcStore store = open(h2);
        ownerOnlyFiles(absolute);
        return store;
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
