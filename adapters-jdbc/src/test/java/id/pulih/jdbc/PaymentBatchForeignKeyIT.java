package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.guidance.Topic;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.Rupiah;
import id.pulih.shared.Sex;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code payment.batch_id} refers to {@code payment_batch} (migration V7), on H2 and PostgreSQL: the database refuses a
 * payment pointing to a batch that does not exist, and the store's write leaves nothing behind.
 */
class PaymentBatchForeignKeyIT {
    private static final LocalDate DAY = LocalDate.of(2020, 4, 15);
    /** The clock's day: payments are approved and the batch sent on it. */
    private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-01T01:00:00Z"), ZoneOffset.UTC);
    private static final Actor HQ =
            Actor.of("hq-sup", PersonName.of("Rina Wulandari"), Role.SUPERVISOR, Jurisdiction.national());

    @Test
    void theDatabaseRefusesAPaymentPointingToABatchThatDoesNotExist() {
        for (DataSource ds : List.of(Databases.h2(), Databases.freshPostgres())) {
            JdbcStore store = JdbcStore.open(ds);
            World world = new World(store);
            Payment approved = world.approved("Siti Aminah", "012300000001");
            UUID orphan = UUID.randomUUID();

            Throwable bySql = catchThrowable(() ->
                    execute(ds, "UPDATE payment SET batch_id = '" + orphan + "' WHERE id = '" + approved.id() + "'"));
            assertThat(bySql).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(SQLException.class);
            SQLException refused = (SQLException) bySql.getCause();
            assertThat(refused.getSQLState())
                    .as("a foreign key violation (PostgreSQL 23503, H2 23506: parent missing)")
                    .isIn("23503", "23506");
            assertThat(refused.getMessage()).containsIgnoringCase("fk_payment_batch");

            Throwable byStore = catchThrowable(() -> store.payments().save(approved.batch(new BatchId(orphan))));
            assertThat(byStore).as("the store's save is refused too").isNotNull();
            assertThat(store.payments().find(approved.id()).orElseThrow().batchId())
                    .as("nothing written")
                    .isEmpty();
        }
    }

    /** A programme, a scheme on it and the services, over one store. */
    private static final class World {
        final Desk hq;
        final Programme programme;
        final GrantScheme scheme;

        World(JdbcStore store) {
            this.hq = Pulih.builder().store(store).clock(CLOCK).build().as(HQ);
            this.programme = hq.guidance()
                    .create(new ProgrammeForm(
                            "Bimbingan Sosial WNI-M KPO",
                            OrganisationId.of("KEMENSOS-RSTS-KPO"),
                            Set.of(OrganisationId.of("LKS-PANCA-KARSA")),
                            "Aula SMKN 1 Praya",
                            "52.02",
                            DAY,
                            DAY,
                            100,
                            List.of(Topic.ENTREPRENEURSHIP_PRACTICE),
                            Set.of()));
            this.scheme = hq.grants()
                    .createScheme(new SchemeForm(
                            programme.id(),
                            Rupiah.parse("Rp 960.000"),
                            Rupiah.parse("Rp 9.600.000"),
                            "APBN Kemensos 2020"));
        }

        /** A participant through the programme, awarded and approved for payment. */
        Payment approved(String name, String account) {
            BeneficiaryId id = hq.cases()
                    .register(new IntakeFormBuilder()
                            .name(name)
                            .sex(Sex.FEMALE)
                            .birthDate(LocalDate.of(1990, 7, 5))
                            .documentStatus(DocumentStatus.LOST)
                            .originRegion("52.02.01")
                            .returnCountry("MY")
                            .returnDate(LocalDate.of(2020, 2, 1))
                            .returnMode(ReturnMode.DEPORTED)
                            .consents(List.of(ConsentForm.given(
                                    ConsentPurpose.PROGRAMME_PARTICIPATION, LocalDate.of(2020, 2, 1))))
                            .build())
                    .beneficiary()
                    .id();
            hq.guidance().enrol(programme.id(), id, DAY, null);
            hq.guidance().recordAttendance(programme.id(), id, Topic.ENTREPRENEURSHIP_PRACTICE, DAY);
            Award award = hq.grants().award(scheme.id(), id, new AccountForm("BRI", account, name));
            return hq.grants().disburse(award.id());
        }
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
