package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.shared.Sex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A row locked by another transaction for longer than the database waits is a typed, retryable {@code store.busy}
 * (issue 13), not {@code store.failure}: nothing of the call is written, and once the lock is released the same call
 * goes through. Two real connections, on H2 and on PostgreSQL.
 */
class LockTimeoutIT {
    private static final Actor HQ =
            Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-01T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void onH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=200");
        h2.setUser("pulih");
        aLockedCaseIsBusyAndTheSameCallSucceedsOnceItIsReleased(h2);
    }

    @Test
    void onPostgres() throws SQLException {
        DataSource pg = Databases.freshPostgres();
        try (Connection c = pg.getConnection();
                Statement s = c.createStatement();
                ResultSet name = s.executeQuery("SELECT current_database()")) {
            name.next();
            s.execute("ALTER DATABASE " + name.getString(1) + " SET lock_timeout = '200ms'");
        }
        aLockedCaseIsBusyAndTheSameCallSucceedsOnceItIsReleased(pg);
    }

    private static void aLockedCaseIsBusyAndTheSameCallSucceedsOnceItIsReleased(DataSource ds) throws SQLException {
        JdbcStore store = JdbcStore.open(ds);
        Desk hq = Pulih.builder().store(store).clock(CLOCK).build().as(HQ);
        BeneficiaryId id = hq.cases()
                .register(new IntakeFormBuilder()
                        .name("Siti Aminah")
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(1990, 7, 5))
                        .documentStatus(DocumentStatus.LOST)
                        .originRegion("52.02.01")
                        .returnCountry("MY")
                        .returnDate(LocalDate.of(2020, 3, 1))
                        .returnMode(ReturnMode.DEPORTED)
                        .build())
                .beneficiary()
                .id();
        long audit = store.auditTrail().count();
        ConsentForm consent = ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, LocalDate.of(2020, 5, 1));

        try (Connection other = ds.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock =
                    other.prepareStatement("SELECT id FROM beneficiary WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, id.value());
                lock.executeQuery().close();
            }

            assertThatThrownBy(() -> hq.cases().recordConsent(id, consent))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.code()).isEqualTo("store.busy");
                        assertThat(e.retryable()).isTrue();
                    });
            assertThat(store.auditTrail().count()).isEqualTo(audit);
            other.rollback();
        }

        assertThat(hq.cases().recordConsent(id, consent).consents()).hasSize(1);
        assertThat(store.auditTrail().count()).isEqualTo(audit + 1);
    }
}
