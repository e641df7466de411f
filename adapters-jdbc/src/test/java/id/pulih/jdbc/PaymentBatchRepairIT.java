package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentStatus;
import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.PaymentId;
import id.pulih.shared.SchemeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Migration V7 repairs the payments an earlier version left naming a batch that was never saved, before it adds the
 * foreign key, on H2 and PostgreSQL: the database is written as version 6 of the schema held it, then the store
 * migrates the rest. An approved payment goes back to waiting for a batch; a batch that went to the bank is restored
 * from its payments. Nothing is lost and the migration does not fail.
 */
class PaymentBatchRepairIT {
    private static final LocalDate APPROVED_EARLY = LocalDate.of(2020, 5, 4);
    private static final LocalDate APPROVED_LATE = LocalDate.of(2020, 5, 11);

    @Test
    void ordersOrphanedPaymentsBeforeTheForeignKeyIsAdded() throws SQLException {
        for (DataSource ds : List.of(Databases.h2(), Databases.freshPostgres())) {
            Migrations.migrate(ds, MigrationVersion.fromVersion("6"));
            Version6 old = new Version6(ds);
            UUID scheme = old.scheme();
            UUID waiting = old.payment(scheme, "APPROVED", UUID.randomUUID(), APPROVED_LATE);
            UUID sentBatch = UUID.randomUUID();
            // ids chosen so that their order is known: the restored batch lists its payments in id order
            UUID sent = old.payment(scheme, "SENT", sentBatch, APPROVED_LATE, "00000000-0000-4000-8000-000000000002");
            UUID paid = old.payment(scheme, "PAID", sentBatch, APPROVED_EARLY, "00000000-0000-4000-8000-000000000001");

            JdbcStore store = JdbcStore.open(ds);

            Payment back = store.payments().find(new PaymentId(waiting)).orElseThrow();
            assertThat(back.status()).isEqualTo(PaymentStatus.APPROVED);
            assertThat(back.batchId())
                    .as("an approved payment whose batch was never saved waits for the next batch")
                    .isEmpty();

            PaymentBatch restored =
                    store.paymentBatches().find(new BatchId(sentBatch)).orElseThrow();
            assertThat(restored.payments())
                    .as("the batch that went to the bank, restored from its payments in id order")
                    .containsExactly(new PaymentId(paid), new PaymentId(sent));
            assertThat(restored.scheme()).isEqualTo(new SchemeId(scheme));
            assertThat(restored.bank()).isEqualTo(BankCode.BRI);
            assertThat(restored.createdOn())
                    .as("the latest approval of its payments, the earliest day it can have been sent")
                    .isEqualTo(APPROVED_LATE);
            assertThat(restored.sent()).contains(APPROVED_LATE);
            assertThat(store.payments().find(new PaymentId(sent)).orElseThrow().batchId())
                    .contains(new BatchId(sentBatch));
            assertThat(store.payments().find(new PaymentId(paid)).orElseThrow().status())
                    .isEqualTo(PaymentStatus.PAID);
        }
    }

    /** Rows as version 6 of the schema held them, written by SQL as that version of Pulih wrote them. */
    private static final class Version6 {
        private final DataSource ds;
        private final UUID programme = UUID.randomUUID();
        private int people;

        Version6(DataSource ds) {
            this.ds = ds;
        }

        UUID scheme() throws SQLException {
            insert(
                    "INSERT INTO programme (id, version, title, organiser, partners, venue, region, starts_on,"
                            + " ends_on, capacity, enrolled, topics, required) VALUES (?, 1, ?, ?, '', ?, ?, ?, ?,"
                            + " 400, 0, '', '')",
                    programme,
                    "Bimbingan sosial Lombok Tengah",
                    "kemensos",
                    "Aula SMKN 1 Praya",
                    "52.02",
                    LocalDate.of(2019, 10, 31),
                    LocalDate.of(2019, 10, 31));
            UUID scheme = UUID.randomUUID();
            insert(
                    "INSERT INTO grant_scheme (id, version, programme_id, amount_per_person, budget, funding_source,"
                            + " committed) VALUES (?, 1, ?, 960000, 326400000, 'APBN 2019', 2880000)",
                    scheme,
                    programme);
            return scheme;
        }

        UUID payment(UUID scheme, String status, UUID batch, LocalDate approvedOn) throws SQLException {
            return payment(scheme, status, batch, approvedOn, UUID.randomUUID().toString());
        }

        UUID payment(UUID scheme, String status, UUID batch, LocalDate approvedOn, String id) throws SQLException {
            UUID person = person();
            UUID award = UUID.randomUUID();
            insert(
                    "INSERT INTO award (id, version, scheme_id, beneficiary_id, amount, bank_code, account_number,"
                            + " account_holder, awarded_on) VALUES (?, 1, ?, ?, 960000, '002', ?, 'Siti Aminah', ?)",
                    award,
                    scheme,
                    person,
                    "01230000000" + people,
                    approvedOn);
            UUID payment = UUID.fromString(id);
            boolean settled = status.equals("PAID");
            insert(
                    "INSERT INTO payment (id, version, award_id, scheme_id, beneficiary_id, amount, bank_code,"
                            + " account_number, account_holder, status, batch_id, bank_reference, approved_on,"
                            + " settled_on) VALUES (?, 1, ?, ?, ?, 960000, '002', ?, 'Siti Aminah', ?, ?, ?, ?, ?)",
                    payment,
                    award,
                    scheme,
                    person,
                    "01230000000" + people,
                    status,
                    batch,
                    settled ? "BRI-" + people : null,
                    approvedOn,
                    settled ? approvedOn.plusDays(3) : null);
            return payment;
        }

        private UUID person() throws SQLException {
            UUID id = UUID.randomUUID();
            people++;
            insert(
                    "INSERT INTO beneficiary (id, version, name, name_key, sex, birth_date, birth_estimated,"
                            + " document_status, origin, origin_province, origin_regency, return_country,"
                            + " return_date, entry_point, return_mode, exploitation, control, sector, recruiter,"
                            + " status, registered_by_kind, registered_by_ref, registered_at) VALUES (?, 1,"
                            + " 'Siti Aminah', 'siti aminah', 'P', ?, FALSE, 'HELD', '52.02', '52', '52.02', 'MY',"
                            + " ?, 'Tanjung Pinang', 'DEPORTED', '', '', 'AGRICULTURE', 'FAMILY_MEMBER',"
                            + " 'REGISTERED', 'NATIONAL', NULL, CURRENT_TIMESTAMP)",
                    id,
                    LocalDate.of(1995, 3, people),
                    LocalDate.of(2019, 8, 1));
            return id;
        }

        private void insert(String sql, Object... values) throws SQLException {
            try (Connection c = ds.getConnection();
                    PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                s.executeUpdate();
            }
        }
    }
}
