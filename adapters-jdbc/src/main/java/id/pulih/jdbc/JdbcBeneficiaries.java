package id.pulih.jdbc;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.Consent;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.MatchBlock;
import id.pulih.beneficiary.MatchProfile;
import id.pulih.beneficiary.OneCasePerNik;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.StatusChange;
import id.pulih.jdbc.BeneficiaryRowMapper.BeneficiaryRow;
import id.pulih.jdbc.crypto.Envelope;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link Beneficiaries} over the {@code beneficiary} table and its child tables. */
final class JdbcBeneficiaries implements Beneficiaries {
    static final String TABLE = "beneficiary";
    static final String COLUMNS = "id, version, name, sex, birth_date, birth_year, birth_estimated, nik, family_card,"
            + " document_status, origin, origin_province, origin_regency, phone, return_country, return_date,"
            + " entry_point, return_mode, exploitation, control, sector, recruiter, status, outcome,"
            + " registered_by_kind, registered_by_ref, merged_into, registered_at, bank_code, account_number,"
            + " account_holder, nik_index, family_card_index, duplicate_index";
    private static final String UPDATE = "UPDATE beneficiary SET version = ?, name = ?, sex = ?,"
            + " birth_date = ?, birth_year = ?, birth_estimated = ?, nik = ?, family_card = ?, document_status = ?,"
            + " origin = ?, origin_province = ?, origin_regency = ?, phone = ?, return_country = ?, return_date = ?,"
            + " entry_point = ?, return_mode = ?, exploitation = ?, control = ?, sector = ?, recruiter = ?,"
            + " status = ?, outcome = ?, registered_by_kind = ?, registered_by_ref = ?, merged_into = ?,"
            + " registered_at = ?, bank_code = ?, account_number = ?, account_holder = ?, nik_index = ?,"
            + " family_card_index = ?, duplicate_index = ? WHERE id = ? AND version = ?";
    /** What a load selects: the columns and the person's key row. */
    private static final String SELECT = "SELECT " + COLUMNS + ", " + Sealing.KEY_COLUMNS + " FROM beneficiary"
            + Sealing.keyJoin("beneficiary.id") + " ";

    /** The registered NIKs among an array of their blind indexes, on PostgreSQL: an index probe each (see BulkIT). */
    static final String NIKS_ON_POSTGRES = "WHERE nik_index = ANY (?::text[])";
    /** The active beneficiaries for an array of duplicate-key indexes, on PostgreSQL: an index probe per key. */
    static final String KEYS_ON_POSTGRES = "SELECT beneficiary.* FROM unnest(?::text[]) AS k(ix)"
            + " CROSS JOIN LATERAL (SELECT " + COLUMNS + ", " + Sealing.KEY_COLUMNS + " FROM beneficiary"
            + Sealing.keyJoin("beneficiary.id") + " WHERE duplicate_index = k.ix AND merged_into IS NULL OFFSET 0)"
            + " AS beneficiary ORDER BY registered_at, id";

    private static final ConsentMapper CONSENT = new ConsentMapper();

    private final Jdbc jdbc;
    private final Sealing sealing;
    private final BeneficiaryRowMapper row;

    JdbcBeneficiaries(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.sealing = jdbc.sealing();
        this.row = new BeneficiaryRowMapper();
    }

    @Override
    public Optional<Beneficiary> find(BeneficiaryId id) {
        return jdbc.call(c -> load(c, "WHERE id = ?", s -> s.setObject(1, id.value())).stream()
                .findFirst());
    }

    @Override
    public Optional<Beneficiary> findByNik(Nik nik) {
        List<String> forms = sealing.lookups(Sealing.NIK, nik.value());
        return jdbc.call(c -> load(c, "WHERE nik_index IN (" + marks(forms.size(), "?") + ")", texts(forms)).stream()
                .findFirst());
    }

    /** Binds texts to the parameters, in order. */
    private static Rows.Binder texts(List<String> values) {
        return s -> {
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
        };
    }

    @Override
    public List<Beneficiary> findByDuplicateKey(DuplicateKey key) {
        List<String> forms = sealing.lookups(Sealing.DUPLICATE, key.text());
        return jdbc.call(c -> load(
                c,
                "WHERE duplicate_index IN (" + marks(forms.size(), "?") + ") AND merged_into IS NULL"
                        + " ORDER BY registered_at, id",
                texts(forms)));
    }

    @Override
    public java.util.Map<Nik, Beneficiary> findByNiks(java.util.Collection<Nik> niks) {
        List<String> all = niks.stream()
                .map(Nik::value)
                .distinct()
                .flatMap(nik -> sealing.lookups(Sealing.NIK, nik).stream())
                .toList();
        java.util.Map<Nik, Beneficiary> found = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 1_000));
            // one array parameter on PostgreSQL: planning an IN list of a thousand parameters costs more than the
            // probes
            List<Beneficiary> matches = jdbc.call(c -> jdbc.isPostgres()
                    ? load(c, NIKS_ON_POSTGRES, s -> s.setArray(1, c.createArrayOf("text", part.toArray())))
                    : load(c, "WHERE nik_index IN (" + marks(part.size(), "?") + ")", texts(part)));
            for (Beneficiary b : matches) {
                b.nik().ifPresent(nik -> found.put(nik, b));
            }
        }
        return found;
    }

    /**
     * Bloom filters of the stored blind indexes (NIK and duplicate key), read from one streamed query of those two
     * columns: nothing is decrypted, however many rows are stored.
     */
    @Override
    public Optional<id.pulih.beneficiary.StoredIdentities> readIdentities(long capacity) {
        BloomIdentities identities = new BloomIdentities(
                capacity,
                nik -> sealing.lookups(Sealing.NIK, nik.value()),
                key -> sealing.lookups(Sealing.DUPLICATE, key.text()));
        jdbc.inTransaction(() -> jdbc.call(c -> {
            try (java.sql.PreparedStatement s =
                    c.prepareStatement("SELECT nik_index, duplicate_index FROM beneficiary")) {
                s.setFetchSize(10_000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        identities.addStored(r.getString("nik_index"), r.getString("duplicate_index"));
                    }
                }
            }
            return null;
        }));
        return Optional.of(identities);
    }

    /**
     * Reads the identity columns in one query, fetched in parts (a cursor on PostgreSQL, inside a transaction),
     * opening each person's sealed values; a shredded person has no identity left and is skipped.
     */
    @Override
    public void forEachIdentity(java.util.function.BiConsumer<Optional<Nik>, DuplicateKey> each) {
        Objects.requireNonNull(each, "each");
        jdbc.inTransaction(() -> jdbc.call(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT id, nik, name, birth_date, origin, "
                    + Sealing.KEY_COLUMNS + " FROM beneficiary" + Sealing.keyJoin("beneficiary.id"))) {
                s.setFetchSize(10_000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Sealing.PersonKey key = sealing.key(r);
                        if (key.shredded()) {
                            continue;
                        }
                        String id = Rows.uuid(r, "id").toString();
                        String nik = key.value(TABLE, "nik", id, r.getString("nik"));
                        each.accept(
                                nik == null ? Optional.empty() : Optional.of(Nik.of(nik)),
                                DuplicateKey.of(
                                        PersonName.of(key.value(TABLE, "name", id, r.getString("name"))),
                                        LocalDate.parse(key.value(TABLE, "birth_date", id, r.getString("birth_date"))),
                                        RegionCode.of(r.getString("origin"))));
                    }
                }
            }
            return null;
        }));
    }

    @Override
    public java.util.Map<DuplicateKey, List<Beneficiary>> findByDuplicateKeys(java.util.Collection<DuplicateKey> keys) {
        List<DuplicateKey> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
        java.util.Map<DuplicateKey, List<Beneficiary>> found = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            List<DuplicateKey> part = all.subList(from, Math.min(all.size(), from + 1_000));
            List<Beneficiary> matches = jdbc.call(c -> jdbc.isPostgres() ? byKeysOnPostgres(c, part) : byKeys(c, part));
            for (Beneficiary b : matches) {
                found.computeIfAbsent(b.duplicateKey(), k -> new ArrayList<>()).add(b);
            }
        }
        return found;
    }

    /**
     * One index probe per key, whatever the planner thinks of the table: in the transaction of an import its
     * statistics are stale, and a hash join scans the whole table once per chunk. {@code OFFSET 0} keeps the lateral
     * sub-query from being flattened into such a join.
     */
    private List<Beneficiary> byKeysOnPostgres(Connection c, List<DuplicateKey> keys) throws SQLException {
        List<String> forms = new ArrayList<>();
        for (DuplicateKey key : keys) {
            forms.addAll(sealing.lookups(Sealing.DUPLICATE, key.text()));
        }
        return query(c, KEYS_ON_POSTGRES, s -> s.setArray(1, c.createArrayOf("text", forms.toArray())));
    }

    private List<Beneficiary> byKeys(Connection c, List<DuplicateKey> keys) throws SQLException {
        List<String> forms = new ArrayList<>();
        for (DuplicateKey key : keys) {
            forms.addAll(sealing.lookups(Sealing.DUPLICATE, key.text()));
        }
        return load(
                c,
                "WHERE duplicate_index IN (" + marks(forms.size(), "?") + ") AND merged_into IS NULL"
                        + " ORDER BY registered_at, id",
                texts(forms));
    }

    /** What duplicate scoring reads of a registration, without its child rows. */
    private static final String PROFILE = "SELECT id, name, birth_date, birth_year, birth_estimated, origin_regency,"
            + " family_card, nik, registered_at, " + Sealing.KEY_COLUMNS + " FROM beneficiary"
            + Sealing.keyJoin("beneficiary.id") + " ";

    /**
     * The candidates of a block by its regency and birth years (the block's year and one either side), from
     * {@code ix_beneficiary_block}: both in clear, so only the candidates of one block are decrypted.
     */
    static final String BLOCK_CANDIDATES =
            PROFILE + "WHERE origin_regency = ? AND birth_year BETWEEN ? AND ? AND merged_into IS NULL";

    /** The candidates of a block by its family card's blind index, from {@code ix_beneficiary_family_card}. */
    static final String CARD_CANDIDATES = PROFILE + "WHERE family_card_index IN (?, ?) AND merged_into IS NULL";

    /**
     * One index probe of {@code ix_beneficiary_block} per distinct regency and year, and one of
     * {@code ix_beneficiary_family_card} per distinct family card, each asked once per call however many blocks share
     * it; a bulk registration asks once per chunk.
     */
    @Override
    public java.util.Map<MatchBlock, List<MatchProfile>> findMatchCandidates(java.util.Collection<MatchBlock> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        return jdbc.call(c -> {
            java.util.Map<String, List<MatchProfile>> ranges = new java.util.HashMap<>();
            java.util.Map<FamilyCardNumber, List<MatchProfile>> cards = new java.util.HashMap<>();
            java.util.Map<MatchBlock, List<MatchProfile>> found = new java.util.LinkedHashMap<>();
            for (MatchBlock block : new java.util.LinkedHashSet<>(blocks)) {
                String range = block.regency() + "|" + block.birthYear();
                List<MatchProfile> byRange = ranges.get(range);
                if (byRange == null) {
                    byRange = Rows.list(
                            c,
                            BLOCK_CANDIDATES,
                            s -> {
                                s.setString(1, block.regency().toString());
                                s.setInt(2, block.birthYear() - 1);
                                s.setInt(3, block.birthYear() + 1);
                            },
                            this::profile);
                    ranges.put(range, byRange);
                }
                List<MatchProfile> byCard = List.of();
                if (block.familyCard().isPresent()) {
                    FamilyCardNumber card = block.familyCard().get();
                    byCard = cards.get(card);
                    if (byCard == null) {
                        List<String> forms = sealing.lookups(Sealing.FAMILY_CARD, card.value());
                        byCard = Rows.list(
                                c,
                                CARD_CANDIDATES,
                                s -> {
                                    s.setString(1, forms.get(0));
                                    s.setString(2, forms.get(forms.size() - 1));
                                },
                                this::profile);
                        cards.put(card, byCard);
                    }
                }
                java.util.Map<BeneficiaryId, MatchProfile> both = new java.util.LinkedHashMap<>();
                for (MatchProfile p : byRange) {
                    both.putIfAbsent(p.id(), p);
                }
                for (MatchProfile p : byCard) {
                    both.putIfAbsent(p.id(), p);
                }
                if (!both.isEmpty()) {
                    List<MatchProfile> candidates = new ArrayList<>(both.values());
                    candidates.sort(java.util.Comparator.comparing(MatchProfile::registeredAt)
                            .thenComparing(p -> p.id().value()));
                    found.put(block, List.copyOf(candidates));
                }
            }
            return found;
        });
    }

    /** A candidate's profile, its name, birth date and family card opened; a shredded person's as erased. */
    private MatchProfile profile(ResultSet r) throws SQLException {
        Sealing.PersonKey key = sealing.key(r);
        UUID uuid = Rows.uuid(r, "id");
        String id = uuid.toString();
        int year = r.getInt("birth_year");
        if (key.shredded()) {
            return new MatchProfile(
                    new BeneficiaryId(uuid),
                    Person.ERASED_NAME,
                    BirthDate.estimatedYear(year),
                    RegionCode.of(r.getString("origin_regency")),
                    Optional.empty(),
                    false,
                    Rows.instant(r, "registered_at"));
        }
        String card = key.value(TABLE, "family_card", id, r.getString("family_card"));
        LocalDate born = LocalDate.parse(key.value(TABLE, "birth_date", id, r.getString("birth_date")));
        return new MatchProfile(
                new BeneficiaryId(uuid),
                PersonName.of(key.value(TABLE, "name", id, r.getString("name"))),
                r.getBoolean("birth_estimated") ? BirthDate.estimatedYear(born.getYear()) : BirthDate.exact(born),
                RegionCode.of(r.getString("origin_regency")),
                card == null ? Optional.empty() : Optional.of(FamilyCardNumber.of(card)),
                r.getString("nik") != null,
                Rows.instant(r, "registered_at"));
    }

    @Override
    public List<Beneficiary> findByFamilyCard(FamilyCardNumber familyCard) {
        Objects.requireNonNull(familyCard, "familyCard");
        List<String> forms = sealing.lookups(Sealing.FAMILY_CARD, familyCard.value());
        return jdbc.call(c -> load(
                c,
                "WHERE family_card_index IN (" + marks(forms.size(), "?") + ") AND merged_into IS NULL"
                        + " ORDER BY registered_at, id",
                texts(forms)));
    }

    private static String marks(int count, String mark) {
        return String.join(", ", Collections.nCopies(count, mark));
    }

    @Override
    public List<Beneficiary> page(Optional<BeneficiaryId> after, int limit) {
        return jdbc.call(c -> after.isPresent()
                ? load(c, "WHERE id > ? ORDER BY id LIMIT ?", s -> {
                    s.setObject(1, after.get().value());
                    s.setInt(2, limit);
                })
                : load(c, "ORDER BY id LIMIT ?", s -> s.setInt(1, limit)));
    }

    @Override
    public long count() {
        return jdbc.call(c -> Rows.one(c, "SELECT COUNT(*) FROM beneficiary", s -> {}, r -> r.getLong(1))
                .orElse(0L));
    }

    @Override
    public Beneficiary save(Beneficiary b) {
        return jdbc.inTransaction(() -> jdbc.call(c -> {
            OneCasePerNik.check(this, b);
            boolean created = b.version() == 0;
            Envelope.DataKey fresh = created ? sealing.newKey(b.id().value()) : null;
            Sealing.PersonKey key = created ? Sealing.of(fresh) : sealing.key(c, b.id().value());
            Beneficiary saved = Rows.save(
                    c,
                    b,
                    RecordType.BENEFICIARY,
                    b.id().value(),
                    MAIN.insertSql(),
                    s -> MAIN.bind(s, row(b, 1, key)),
                    UPDATE,
                    s -> {
                        Object[] values = row(b, b.version() + 1, key);
                        Object[] shifted = new Object[values.length + 1];
                        System.arraycopy(values, 1, shifted, 0, values.length - 1);
                        shifted[values.length - 1] = b.id().value();
                        shifted[values.length] = b.version();
                        MAIN.bind(s, shifted);
                    });
            if (fresh != null) {
                Sealing.KEY_ROWS.insert(c, List.<Object[]>of(Sealing.keyRow(b.id().value(), fresh)));
            }
            writeChildren(c, b, !created, key);
            sealing.remember(b.id().value(), fresh);
            return saved;
        }));
    }

    static final Tuples MAIN = new Tuples(TABLE, List.of(COLUMNS.split(",\\s*")));
    static final Tuples CONSENTS = new Tuples(
            "beneficiary_consent",
            List.of("beneficiary_id", "seq", "purpose", "given", "given_on", "expires_on", "recorded_by"));
    static final Tuples ASSESSMENTS = new Tuples(
            AssessmentMapper.TABLE,
            List.of(
                    "beneficiary_id",
                    "seq",
                    "assessed_on",
                    "poverty",
                    "vulnerabilities",
                    "risks",
                    "needs",
                    "assessed_by"));
    static final Tuples HISTORY = new Tuples(
            StatusChangeMapper.TABLE,
            List.of("beneficiary_id", "seq", "from_status", "to_status", "changed_at", "actor_id", "reason"));
    static final Tuples MERGED = new Tuples("beneficiary_merged", List.of("beneficiary_id", "merged_id"));
    static final Tuples CORRECTIONS = new Tuples(
            CorrectionMapper.TABLE,
            List.of(
                    "beneficiary_id",
                    "seq",
                    "pos",
                    "corrected_at",
                    "actor_id",
                    "reason",
                    "field",
                    "before_value",
                    "after_value"));

    /**
     * The values of the beneficiary row, in {@link #COLUMNS} order, at the version it will be stored at: the
     * identifiers, name, exact birth date, bank account and trafficking profile sealed by the person's key, the blind
     * indexes beside them.
     */
    Object[] row(Beneficiary b, long version, Sealing.PersonKey key) {
        String id = b.id().value().toString();
        java.util.function.BinaryOperator<String> seal = (column, text) -> key.seal(TABLE, column, id, text);
        String nik = b.nik().map(Nik::value).orElse(null);
        String card = b.familyCard().map(FamilyCardNumber::value).orElse(null);
        return new Object[] {
            b.id().value(),
            version,
            seal.apply("name", b.name().value()),
            b.sex().code(),
            seal.apply("birth_date", b.birth().date().toString()),
            b.birth().date().getYear(),
            b.birth().estimated(),
            seal.apply("nik", nik),
            seal.apply("family_card", card),
            b.documentStatus().name(),
            b.origin().toString(),
            b.origin().province().toString(),
            b.originRegency().toString(),
            seal.apply("phone", b.phone().map(PhoneNumber::e164).orElse(null)),
            b.returnInfo().country(),
            b.returnInfo().date(),
            b.returnInfo().entryPoint(),
            b.returnInfo().mode().name(),
            seal.apply("exploitation", Rows.names(b.profile().exploitation())),
            seal.apply("control", Rows.names(b.profile().control())),
            seal.apply("sector", b.profile().sector().name()),
            seal.apply("recruiter", b.profile().recruiter().name()),
            b.status().name(),
            b.outcome().map(Enum::name).orElse(null),
            kind(b.registeredBy()),
            reference(b.registeredBy()),
            b.mergedInto().map(BeneficiaryId::value).orElse(null),
            b.registeredAt(),
            b.person().bankAccount().map(a -> a.bank().code()).orElse(null),
            seal.apply(
                    "account_number",
                    b.person().bankAccount().map(BankAccount::number).orElse(null)),
            seal.apply(
                    "account_holder",
                    b.person().bankAccount().map(a -> a.holder().value()).orElse(null)),
            sealing.index(key, Sealing.NIK, nik),
            sealing.index(key, Sealing.FAMILY_CARD, card),
            sealing.index(key, Sealing.DUPLICATE, b.duplicateKey().text())
        };
    }

    /**
     * The rows of the child tables, in the order MAIN's children are listed: consents, assessments, history, merged,
     * corrections; their free text and specific data sealed by the person's key.
     */
    static List<List<Object[]>> children(Beneficiary b, Sealing.PersonKey key) {
        UUID id = b.id().value();
        List<Object[]> consents = new ArrayList<>();
        int seq = 0;
        for (Consent c : b.consents()) {
            consents.add(
                    new Object[] {id, seq++, c.purpose().name(), c.given(), c.date(), c.expiresOn(), c.recordedBy()});
        }
        List<Object[]> assessments = new ArrayList<>();
        seq = 0;
        for (Assessment a : b.assessments()) {
            String row = id + "/" + seq;
            assessments.add(new Object[] {
                id,
                seq++,
                a.date(),
                a.poverty().name(),
                key.seal(AssessmentMapper.TABLE, "vulnerabilities", row, Rows.names(a.vulnerabilities())),
                key.seal(AssessmentMapper.TABLE, "risks", row, Rows.names(a.risks())),
                key.seal(AssessmentMapper.TABLE, "needs", row, Rows.names(a.needs())),
                a.assessedBy()
            });
        }
        List<Object[]> history = new ArrayList<>();
        seq = 0;
        for (StatusChange h : b.history()) {
            String row = id + "/" + seq;
            history.add(new Object[] {
                id,
                seq++,
                h.from() == null ? null : h.from().name(),
                h.to().name(),
                h.at(),
                h.actorId(),
                key.seal(StatusChangeMapper.TABLE, "reason", row, h.reason())
            });
        }
        List<Object[]> merged = new ArrayList<>();
        for (BeneficiaryId m : b.mergedFrom()) {
            merged.add(new Object[] {id, m.value()});
        }
        return List.of(consents, assessments, history, merged, CorrectionMapper.rows(id, b.corrections(), key));
    }

    private static final List<Tuples> CHILD_TABLES = List.of(CONSENTS, ASSESSMENTS, HISTORY, MERGED, CORRECTIONS);

    private static void writeChildren(Connection c, Beneficiary b, boolean replace, Sealing.PersonKey key)
            throws SQLException {
        UUID id = b.id().value();
        if (replace) {
            for (String table : List.of(
                    "beneficiary_consent",
                    "beneficiary_assessment",
                    "beneficiary_status_change",
                    "beneficiary_merged",
                    "beneficiary_correction")) {
                Rows.update(c, "DELETE FROM " + table + " WHERE beneficiary_id = ?", s -> s.setObject(1, id));
            }
        }
        List<List<Object[]>> children = children(b, key);
        for (int t = 0; t < CHILD_TABLES.size(); t++) {
            CHILD_TABLES.get(t).insert(c, children.get(t));
        }
    }

    /** The rows one new beneficiary adds: its own, its key's (with keys), and its children's. */
    private record Prepared(Object[] main, Object[] key, List<List<Object[]>> children) {}

    /** Below this many records a batch is sealed on the calling thread; above, on every core. */
    private static final int PARALLEL_FROM = 256;

    /**
     * Inserts new beneficiaries in bulk: each gets a data key (32 random bytes, wrapped by the master key) and its
     * values are sealed, on every core for a large batch; then the rows go in by table, key rows included, with COPY
     * on PostgreSQL and batched inserts on H2.
     */
    @Override
    public long insertAll(java.util.Collection<Beneficiary> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        for (Beneficiary b : batch) {
            if (b.version() != 0) {
                throw ConflictException.stale(RecordType.BENEFICIARY, b.id(), b.version(), -1);
            }
        }
        Envelope.DataKey[] keys = new Envelope.DataKey[batch.size()];
        List<Beneficiary> ordered = List.copyOf(batch);
        List<Prepared> rows = (batch.size() >= PARALLEL_FROM && sealing.encrypted()
                        ? java.util.stream.IntStream.range(0, ordered.size()).parallel()
                        : java.util.stream.IntStream.range(0, ordered.size()))
                .mapToObj(i -> {
                    Beneficiary b = ordered.get(i);
                    Envelope.DataKey fresh = sealing.newKey(b.id().value());
                    keys[i] = fresh;
                    Sealing.PersonKey key = Sealing.of(fresh);
                    return new Prepared(
                            row(b, 1, key),
                            fresh == null ? null : Sealing.keyRow(b.id().value(), fresh),
                            children(b, key));
                })
                .toList();
        long inserted = jdbc.inTransaction(() -> jdbc.call(c -> {
            List<Object[]> main = new ArrayList<>(rows.size());
            List<Object[]> keyRows = new ArrayList<>(rows.size());
            List<List<Object[]>> children = new ArrayList<>();
            for (int t = 0; t < CHILD_TABLES.size(); t++) {
                children.add(new ArrayList<>());
            }
            for (Prepared p : rows) {
                main.add(p.main());
                if (p.key() != null) {
                    keyRows.add(p.key());
                }
                for (int t = 0; t < p.children().size(); t++) {
                    children.get(t).addAll(p.children().get(t));
                }
            }
            boolean copy = jdbc.isPostgres();
            if (copy) {
                MAIN.copy(c, main);
                Sealing.KEY_ROWS.copy(c, keyRows);
            } else {
                MAIN.insert(c, main);
                Sealing.KEY_ROWS.insert(c, keyRows);
            }
            for (int t = 0; t < CHILD_TABLES.size(); t++) {
                if (copy) {
                    CHILD_TABLES.get(t).copy(c, children.get(t));
                } else {
                    CHILD_TABLES.get(t).insert(c, children.get(t));
                }
            }
            return (long) batch.size();
        }));
        for (int i = 0; i < ordered.size(); i++) {
            sealing.remember(ordered.get(i).id().value(), keys[i]);
        }
        return inserted;
    }

    /** Loads the beneficiaries a WHERE clause selects, each with its child rows. */
    List<Beneficiary> load(Connection c, String where, Rows.Binder binder) throws SQLException {
        return query(c, SELECT + where, binder);
    }

    /**
     * Loads the beneficiaries a query of {@link #COLUMNS} and {@link Sealing#KEY_COLUMNS} selects, with their child
     * rows read in one query per child table for all of them (not one per beneficiary), each opened with its
     * person's key.
     */
    private List<Beneficiary> query(Connection c, String sql, Rows.Binder binder) throws SQLException {
        Map<UUID, Sealing.PersonKey> keys = new HashMap<>();
        List<BeneficiaryRow> rows = Rows.list(c, sql, binder, r -> {
            Sealing.PersonKey key = sealing.key(r);
            keys.put(Rows.uuid(r, "id"), key);
            return row.map(r, key);
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.id().value()).distinct().toList();
        Children children = new Children(
                byBeneficiary(
                        c,
                        "purpose, given, given_on, expires_on, recorded_by",
                        "beneficiary_consent",
                        "seq",
                        ids,
                        keys,
                        (r, key) -> CONSENT.map(r)),
                byBeneficiary(
                        c,
                        "seq, assessed_on, poverty, vulnerabilities, risks, needs, assessed_by",
                        AssessmentMapper.TABLE,
                        "seq",
                        ids,
                        keys,
                        AssessmentMapper::map),
                byBeneficiary(
                        c,
                        "seq, from_status, to_status, changed_at, actor_id, reason",
                        StatusChangeMapper.TABLE,
                        "seq",
                        ids,
                        keys,
                        StatusChangeMapper::map),
                byBeneficiary(
                        c,
                        "merged_id",
                        "beneficiary_merged",
                        "merged_id",
                        ids,
                        keys,
                        (r, key) -> new BeneficiaryId(Rows.uuid(r, "merged_id"))),
                byBeneficiary(
                        c,
                        "seq, pos, corrected_at, actor_id, reason, field, before_value, after_value",
                        CorrectionMapper.TABLE,
                        "seq, pos",
                        ids,
                        keys,
                        CorrectionMapper::map));
        List<Beneficiary> loaded = new ArrayList<>(rows.size());
        for (BeneficiaryRow row : rows) {
            UUID id = row.id().value();
            loaded.add(row.toBeneficiary(
                    children.consents().getOrDefault(id, List.of()),
                    children.assessments().getOrDefault(id, List.of()),
                    children.history().getOrDefault(id, List.of()),
                    new HashSet<>(children.merged().getOrDefault(id, List.of())),
                    CorrectionMapper.corrections(children.corrections().getOrDefault(id, List.of()))));
        }
        return loaded;
    }

    /** The child rows of the beneficiaries being loaded, by beneficiary id, each list in its recorded order. */
    private record Children(
            Map<UUID, List<Consent>> consents,
            Map<UUID, List<Assessment>> assessments,
            Map<UUID, List<StatusChange>> history,
            Map<UUID, List<BeneficiaryId>> merged,
            Map<UUID, List<CorrectionMapper.ChangeRow>> corrections) {}

    /** Maps a child row with the key of the person it belongs to. */
    @FunctionalInterface
    interface KeyedMapper<T> {
        T map(ResultSet row, Sealing.PersonKey key) throws SQLException;
    }

    /** The rows of one child table for these beneficiaries, in parts of at most 1,000 ids. */
    private static <T> Map<UUID, List<T>> byBeneficiary(
            Connection c,
            String columns,
            String table,
            String order,
            List<UUID> ids,
            Map<UUID, Sealing.PersonKey> keys,
            KeyedMapper<T> mapper)
            throws SQLException {
        Map<UUID, List<T>> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<UUID> part = ids.subList(from, Math.min(ids.size(), from + 1_000));
            Rows.list(
                    c,
                    "SELECT beneficiary_id, " + columns + " FROM " + table + " WHERE beneficiary_id IN ("
                            + marks(part.size(), "?") + ") ORDER BY beneficiary_id, " + order,
                    s -> {
                        for (int i = 0; i < part.size(); i++) {
                            s.setObject(i + 1, part.get(i));
                        }
                    },
                    r -> {
                        UUID owner = Rows.uuid(r, "beneficiary_id");
                        return found.computeIfAbsent(owner, k -> new ArrayList<>())
                                .add(mapper.map(r, keys.getOrDefault(owner, Sealing.PLAIN)));
                    });
        }
        return found;
    }

    static String kind(Jurisdiction j) {
        return j.kind().name();
    }

    static String reference(Jurisdiction j) {
        return j.reference().orElse(null);
    }

    static Jurisdiction jurisdiction(String kind, String reference) {
        return Jurisdiction.of(Jurisdiction.Kind.valueOf(kind), reference);
    }
}
