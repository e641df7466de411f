package id.pulih.jdbc;

import id.pulih.grant.Award;
import id.pulih.grant.Awards;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.GrantSchemes;
import id.pulih.grant.OneAward;
import id.pulih.grant.OnePaymentPerAward;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentBatches;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.Payments;
import id.pulih.grant.Proposal;
import id.pulih.grant.ProposalStatus;
import id.pulih.grant.Proposals;
import id.pulih.grant.RejectionReason;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PersonName;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.ProposalId;
import id.pulih.shared.RecordType;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The grant ports over the {@code grant_scheme}, {@code award}, {@code payment}, {@code payment_batch} (with {@code
 * payment_batch_item}) and {@code proposal} tables. Amounts are whole rupiah in BIGINT columns; a bank account is
 * three columns: the bank's transfer code, the number and the holder's name.
 */
final class JdbcGrants {
    private JdbcGrants() {}

    private static Rupiah rupiah(ResultSet r, String column) throws SQLException {
        return Rupiah.of(r.getLong(column));
    }

    /**
     * The account number an award or a payment of a shredded person reads back with: the domain requires an account,
     * the real one is gone, and this one cannot be paid into (no bank issues an account of zeros) while the bank code,
     * the amounts and the statuses in clear still reconcile.
     */
    static final String SHREDDED_ACCOUNT = "0".repeat(BankAccount.MIN_DIGITS);

    /** Binds a bank account to three parameters from {@code i}, the number and the holder sealed. */
    private static void bindAccount(
            PreparedStatement s, int i, BankAccount account, Sealing.PersonKey key, String table, String row)
            throws SQLException {
        s.setString(i, account.bank().code());
        s.setString(i + 1, key.seal(table, "account_number", row, account.number()));
        s.setString(
                i + 2, key.seal(table, "account_holder", row, account.holder().value()));
    }

    /**
     * The account of a row; a shredded person's as its bank, {@link #SHREDDED_ACCOUNT} and {@code
     * Person.ERASED_NAME}.
     */
    private static BankAccount account(ResultSet r, Sealing.PersonKey key, String table) throws SQLException {
        BankCode bank = BankCode.parse(r.getString("bank_code"));
        if (key.shredded()) {
            return new BankAccount(bank, SHREDDED_ACCOUNT, id.pulih.beneficiary.Person.ERASED_NAME);
        }
        String row = Rows.uuid(r, "id").toString();
        return new BankAccount(
                bank,
                key.value(table, "account_number", row, r.getString("account_number")),
                new PersonName(key.value(table, "account_holder", row, r.getString("account_holder"))));
    }

    /** {@link GrantSchemes} over the {@code grant_scheme} table. */
    static final class SchemeRows implements GrantSchemes {
        private static final String SELECT = "SELECT id, version, programme_id, amount_per_person, budget,"
                + " funding_source, committed FROM grant_scheme ";

        private final Jdbc jdbc;

        SchemeRows(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Optional<GrantScheme> find(SchemeId id) {
            return jdbc.call(
                    c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), SchemeRows::map));
        }

        @Override
        public List<GrantScheme> forProgramme(ProgrammeId programme) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE programme_id = ? ORDER BY id",
                    s -> s.setObject(1, programme.value()),
                    SchemeRows::map));
        }

        @Override
        public GrantScheme save(GrantScheme g) {
            return jdbc.call(c -> Rows.save(
                    c,
                    g,
                    RecordType.GRANT_SCHEME,
                    g.id().value(),
                    "INSERT INTO grant_scheme (id, version, programme_id, amount_per_person, budget, funding_source,"
                            + " committed) VALUES (?, 1, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setObject(1, g.id().value());
                        bind(s, 2, g);
                    },
                    "UPDATE grant_scheme SET programme_id = ?, amount_per_person = ?, budget = ?, funding_source = ?,"
                            + " committed = ?, version = ? WHERE id = ? AND version = ?",
                    s -> {
                        bind(s, 1, g);
                        s.setLong(6, g.version() + 1);
                        s.setObject(7, g.id().value());
                        s.setLong(8, g.version());
                    }));
        }

        private static void bind(PreparedStatement s, int i, GrantScheme g) throws SQLException {
            s.setObject(i, g.programme().value());
            s.setLong(i + 1, g.amountPerPerson().amount());
            s.setLong(i + 2, g.budget().amount());
            s.setString(i + 3, g.fundingSource());
            s.setLong(i + 4, g.committed().amount());
        }

        private static GrantScheme map(ResultSet r) throws SQLException {
            return new GrantScheme(
                    new SchemeId(Rows.uuid(r, "id")),
                    new ProgrammeId(Rows.uuid(r, "programme_id")),
                    rupiah(r, "amount_per_person"),
                    rupiah(r, "budget"),
                    r.getString("funding_source"),
                    rupiah(r, "committed"),
                    r.getLong("version"));
        }
    }

    /** {@link Awards} over the {@code award} table. */
    static final class AwardRows implements Awards {
        private static final String SELECT = "SELECT id, version, scheme_id, beneficiary_id, amount, bank_code,"
                + " account_number, account_holder, awarded_on, " + Sealing.KEY_COLUMNS + " FROM award"
                + Sealing.keyJoin("award.beneficiary_id") + " ";

        private final Jdbc jdbc;
        private final Sealing sealing;

        AwardRows(Jdbc jdbc) {
            this.jdbc = jdbc;
            this.sealing = jdbc.sealing();
        }

        @Override
        public Optional<Award> find(AwardId id) {
            return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), this::map));
        }

        @Override
        public Optional<Award> find(SchemeId scheme, BeneficiaryId beneficiary) {
            return jdbc.call(c -> Rows.one(
                    c,
                    SELECT + "WHERE scheme_id = ? AND beneficiary_id = ?",
                    s -> {
                        s.setObject(1, scheme.value());
                        s.setObject(2, beneficiary.value());
                    },
                    this::map));
        }

        @Override
        public List<Award> forScheme(SchemeId scheme) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE scheme_id = ? ORDER BY awarded_on, id",
                    s -> s.setObject(1, scheme.value()),
                    this::map));
        }

        @Override
        public List<Award> forBeneficiary(BeneficiaryId beneficiary) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE beneficiary_id = ? ORDER BY awarded_on, id",
                    s -> s.setObject(1, beneficiary.value()),
                    this::map));
        }

        @Override
        public Award save(Award a) {
            UUID id = a.id().value();
            return jdbc.inTransaction(() -> jdbc.call(c -> {
                OneAward.check(this, a);
                Sealing.PersonKey key = sealing.key(c, a.beneficiary().value());
                return Rows.save(
                        c,
                        a,
                        RecordType.AWARD,
                        id,
                        "INSERT INTO award (id, version, scheme_id, beneficiary_id, amount, bank_code, account_number,"
                                + " account_holder, awarded_on) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, id);
                            bind(s, 2, a, key);
                        },
                        "UPDATE award SET scheme_id = ?, beneficiary_id = ?, amount = ?, bank_code = ?,"
                                + " account_number = ?, account_holder = ?, awarded_on = ?, version = ?"
                                + " WHERE id = ? AND version = ?",
                        s -> {
                            bind(s, 1, a, key);
                            s.setLong(8, a.version() + 1);
                            s.setObject(9, id);
                            s.setLong(10, a.version());
                        });
            }));
        }

        private static void bind(PreparedStatement s, int i, Award a, Sealing.PersonKey key) throws SQLException {
            s.setObject(i, a.scheme().value());
            s.setObject(i + 1, a.beneficiary().value());
            s.setLong(i + 2, a.amount().amount());
            bindAccount(s, i + 3, a.account(), key, "award", a.id().value().toString());
            s.setObject(i + 6, a.awardedOn());
        }

        private Award map(ResultSet r) throws SQLException {
            return new Award(
                    new AwardId(Rows.uuid(r, "id")),
                    new SchemeId(Rows.uuid(r, "scheme_id")),
                    new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                    rupiah(r, "amount"),
                    account(r, sealing.key(r), "award"),
                    Rows.date(r, "awarded_on"),
                    r.getLong("version"));
        }
    }

    /**
     * {@link Payments} over the {@code payment} table, which keeps the account paid into as it was when approved.
     */
    static final class PaymentRows implements Payments {
        private static final String COLUMNS = "p.id, p.version, p.award_id, p.scheme_id, p.beneficiary_id, p.amount,"
                + " p.bank_code, p.account_number, p.account_holder, p.status, p.batch_id, p.bank_reference,"
                + " p.rejection, p.approved_on, p.settled_on, " + Sealing.KEY_COLUMNS;
        private static final String SELECT =
                "SELECT " + COLUMNS + " FROM payment p" + Sealing.keyJoin("p.beneficiary_id") + " ";

        private final Jdbc jdbc;
        private final Sealing sealing;

        PaymentRows(Jdbc jdbc) {
            this.jdbc = jdbc;
            this.sealing = jdbc.sealing();
        }

        @Override
        public Optional<Payment> find(PaymentId id) {
            return jdbc.call(c -> Rows.one(c, SELECT + "WHERE p.id = ?", s -> s.setObject(1, id.value()), this::map));
        }

        @Override
        public List<Payment> forAward(AwardId award) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE p.award_id = ? ORDER BY p.approved_on, p.id",
                    s -> s.setObject(1, award.value()),
                    this::map));
        }

        @Override
        public List<Payment> forScheme(SchemeId scheme) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE p.scheme_id = ? ORDER BY p.approved_on, p.id",
                    s -> s.setObject(1, scheme.value()),
                    this::map));
        }

        /**
         * In the batch's file order. A payment carries its batch id before the batch is saved (and could be missing
         * from the batch's list): those come last, oldest first, rather than not at all.
         */
        @Override
        public List<Payment> forBatch(BatchId batch) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT
                            + "LEFT JOIN payment_batch_item i ON i.batch_id = p.batch_id AND i.payment_id = p.id"
                            + " WHERE p.batch_id = ?"
                            + " ORDER BY CASE WHEN i.seq IS NULL THEN 1 ELSE 0 END, i.seq, p.id",
                    s -> s.setObject(1, batch.value()),
                    this::map));
        }

        @Override
        public Payment save(Payment p) {
            UUID id = p.id().value();
            return jdbc.inTransaction(() -> jdbc.call(c -> {
                OnePaymentPerAward.check(this, p);
                Sealing.PersonKey key = sealing.key(c, p.beneficiary().value());
                return Rows.save(
                        c,
                        p,
                        RecordType.PAYMENT,
                        id,
                        "INSERT INTO payment (id, version, award_id, scheme_id, beneficiary_id, amount, bank_code,"
                                + " account_number, account_holder, status, batch_id, bank_reference, rejection,"
                                + " approved_on, settled_on) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, id);
                            bind(s, 2, p, key);
                        },
                        "UPDATE payment SET award_id = ?, scheme_id = ?, beneficiary_id = ?, amount = ?,"
                                + " bank_code = ?, account_number = ?, account_holder = ?, status = ?, batch_id = ?,"
                                + " bank_reference = ?, rejection = ?, approved_on = ?, settled_on = ?, version = ?"
                                + " WHERE id = ? AND version = ?",
                        s -> {
                            bind(s, 1, p, key);
                            s.setLong(14, p.version() + 1);
                            s.setObject(15, id);
                            s.setLong(16, p.version());
                        });
            }));
        }

        private static void bind(PreparedStatement s, int i, Payment p, Sealing.PersonKey key) throws SQLException {
            s.setObject(i, p.award().value());
            s.setObject(i + 1, p.scheme().value());
            s.setObject(i + 2, p.beneficiary().value());
            s.setLong(i + 3, p.amount().amount());
            bindAccount(s, i + 4, p.account(), key, "payment", p.id().value().toString());
            s.setString(i + 7, p.status().name());
            Rows.setUuid(s, i + 8, p.batchId().map(BatchId::value).orElse(null));
            Rows.setText(s, i + 9, p.bankReference().orElse(null));
            Rows.setText(s, i + 10, p.rejectionReason().map(Enum::name).orElse(null));
            s.setObject(i + 11, p.approvedOn());
            Rows.setDate(s, i + 12, p.settledOn().orElse(null));
        }

        private Payment map(ResultSet r) throws SQLException {
            UUID batch = Rows.uuid(r, "batch_id");
            return new Payment(
                    new PaymentId(Rows.uuid(r, "id")),
                    new AwardId(Rows.uuid(r, "award_id")),
                    new SchemeId(Rows.uuid(r, "scheme_id")),
                    new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                    rupiah(r, "amount"),
                    account(r, sealing.key(r), "payment"),
                    PaymentStatus.valueOf(r.getString("status")),
                    batch == null ? null : new BatchId(batch),
                    r.getString("bank_reference"),
                    Rows.enumValue(r, "rejection", RejectionReason.class),
                    Rows.date(r, "approved_on"),
                    Rows.date(r, "settled_on"),
                    r.getLong("version"));
        }
    }

    /**
     * {@link PaymentBatches} over the {@code payment_batch} table, with the ordered payment ids in {@code
     * payment_batch_item}, deleted and inserted again on each update.
     */
    static final class BatchRows implements PaymentBatches {
        private static final String COLUMNS =
                "id, version, scheme_id, bank_code, created_on, sent_on FROM payment_batch ";

        private final Jdbc jdbc;

        BatchRows(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Optional<PaymentBatch> find(BatchId id) {
            return jdbc.call(c -> load(c, "id = ?", "", s -> s.setObject(1, id.value())).stream()
                    .findFirst());
        }

        @Override
        public List<PaymentBatch> forScheme(SchemeId scheme) {
            return jdbc.call(
                    c -> load(c, "scheme_id = ?", " ORDER BY created_on, id", s -> s.setObject(1, scheme.value())));
        }

        @Override
        public PaymentBatch save(PaymentBatch b) {
            UUID id = b.id().value();
            return jdbc.inTransaction(() -> jdbc.call(c -> {
                PaymentBatch saved = Rows.save(
                        c,
                        b,
                        RecordType.PAYMENT_BATCH,
                        id,
                        "INSERT INTO payment_batch (id, version, scheme_id, bank_code, created_on, sent_on)"
                                + " VALUES (?, 1, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, id);
                            bind(s, 2, b);
                        },
                        "UPDATE payment_batch SET scheme_id = ?, bank_code = ?, created_on = ?, sent_on = ?,"
                                + " version = ? WHERE id = ? AND version = ?",
                        s -> {
                            bind(s, 1, b);
                            s.setLong(5, b.version() + 1);
                            s.setObject(6, id);
                            s.setLong(7, b.version());
                        });
                if (b.version() > 0) {
                    Rows.update(c, "DELETE FROM payment_batch_item WHERE batch_id = ?", s -> s.setObject(1, id));
                }
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO payment_batch_item (batch_id, seq, payment_id) VALUES (?, ?, ?)")) {
                    int seq = 0;
                    for (PaymentId payment : b.payments()) {
                        s.setObject(1, id);
                        s.setInt(2, seq++);
                        s.setObject(3, payment.value());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return saved;
            }));
        }

        private static void bind(PreparedStatement s, int i, PaymentBatch b) throws SQLException {
            s.setObject(i, b.scheme().value());
            s.setString(i + 1, b.bank().code());
            s.setObject(i + 2, b.createdOn());
            Rows.setDate(s, i + 3, b.sent().orElse(null));
        }

        /** Loads the batches matching {@code where} with two statements: the rows, then the items of all of them. */
        private static List<PaymentBatch> load(Connection c, String where, String orderBy, Rows.Binder binder)
                throws SQLException {
            List<BatchRow> rows =
                    Rows.list(c, "SELECT " + COLUMNS + "WHERE " + where + orderBy, binder, BatchRows::read);
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<PaymentId>> items = Rows.grouped(
                    c,
                    "SELECT batch_id, payment_id FROM payment_batch_item"
                            + " WHERE batch_id IN (SELECT id FROM payment_batch WHERE " + where + ")"
                            + " ORDER BY batch_id, seq",
                    binder,
                    "batch_id",
                    r -> new PaymentId(Rows.uuid(r, "payment_id")));
            List<PaymentBatch> batches = new ArrayList<>(rows.size());
            for (BatchRow row : rows) {
                batches.add(row.with(items.getOrDefault(row.id(), List.of())));
            }
            return batches;
        }

        private static BatchRow read(ResultSet r) throws SQLException {
            return new BatchRow(
                    Rows.uuid(r, "id"),
                    Rows.uuid(r, "scheme_id"),
                    BankCode.parse(r.getString("bank_code")),
                    Rows.date(r, "created_on"),
                    Rows.date(r, "sent_on"),
                    r.getLong("version"));
        }

        /** One {@code payment_batch} row, waiting for its payment ids. */
        private record BatchRow(
                UUID id, UUID scheme, BankCode bank, LocalDate createdOn, LocalDate sentOn, long version) {
            PaymentBatch with(List<PaymentId> payments) {
                return new PaymentBatch(
                        new BatchId(id), new SchemeId(scheme), bank, payments, createdOn, sentOn, version);
            }
        }
    }

    /** {@link Proposals} over the {@code proposal} table. */
    static final class ProposalRows implements Proposals {
        private static final String SELECT = "SELECT id, version, award_id, beneficiary_id, submitted_on, summary,"
                + " requested, status, decided_by, decided_on, reason, " + Sealing.KEY_COLUMNS + " FROM proposal"
                + Sealing.keyJoin("proposal.beneficiary_id") + " ";
        private static final String TABLE = "proposal";

        private final Jdbc jdbc;
        private final Sealing sealing;

        ProposalRows(Jdbc jdbc) {
            this.jdbc = jdbc;
            this.sealing = jdbc.sealing();
        }

        @Override
        public Optional<Proposal> find(ProposalId id) {
            return jdbc.call(c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), this::map));
        }

        @Override
        public List<Proposal> forBeneficiary(BeneficiaryId beneficiary) {
            return jdbc.call(c -> Rows.list(
                    c,
                    SELECT + "WHERE beneficiary_id = ? ORDER BY submitted_on, id",
                    s -> s.setObject(1, beneficiary.value()),
                    this::map));
        }

        @Override
        public Proposal save(Proposal p) {
            return jdbc.call(c -> {
                Sealing.PersonKey key = sealing.key(c, p.beneficiary().value());
                return Rows.save(
                        c,
                        p,
                        RecordType.PROPOSAL,
                        p.id().value(),
                        "INSERT INTO proposal (id, version, award_id, beneficiary_id, submitted_on, summary, requested,"
                                + " status, decided_by, decided_on, reason) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, p.id().value());
                            bind(s, 2, p, key);
                        },
                        "UPDATE proposal SET award_id = ?, beneficiary_id = ?, submitted_on = ?, summary = ?,"
                                + " requested = ?, status = ?, decided_by = ?, decided_on = ?, reason = ?, version = ?"
                                + " WHERE id = ? AND version = ?",
                        s -> {
                            bind(s, 1, p, key);
                            s.setLong(10, p.version() + 1);
                            s.setObject(11, p.id().value());
                            s.setLong(12, p.version());
                        });
            });
        }

        private static void bind(PreparedStatement s, int i, Proposal p, Sealing.PersonKey key) throws SQLException {
            String row = p.id().value().toString();
            s.setObject(i, p.award().value());
            s.setObject(i + 1, p.beneficiary().value());
            s.setObject(i + 2, p.submittedOn());
            s.setString(i + 3, key.seal(TABLE, "summary", row, p.summary()));
            s.setLong(i + 4, p.requested().amount());
            s.setString(i + 5, p.status().name());
            Rows.setText(s, i + 6, p.decidedBy().orElse(null));
            Rows.setDate(s, i + 7, p.decidedOn().orElse(null));
            s.setString(i + 8, key.seal(TABLE, "reason", row, p.reason()));
        }

        private Proposal map(ResultSet r) throws SQLException {
            Sealing.PersonKey key = sealing.key(r);
            String row = Rows.uuid(r, "id").toString();
            return new Proposal(
                    new ProposalId(Rows.uuid(r, "id")),
                    new AwardId(Rows.uuid(r, "award_id")),
                    new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                    Rows.date(r, "submitted_on"),
                    key.text(TABLE, "summary", row, r.getString("summary")),
                    rupiah(r, "requested"),
                    ProposalStatus.valueOf(r.getString("status")),
                    r.getString("decided_by"),
                    Rows.date(r, "decided_on"),
                    key.text(TABLE, "reason", row, r.getString("reason")),
                    r.getLong("version"));
        }
    }
}
