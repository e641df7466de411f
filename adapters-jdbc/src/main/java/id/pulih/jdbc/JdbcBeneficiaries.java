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
import id.pulih.beneficiary.StatusChange;
import id.pulih.jdbc.BeneficiaryRowMapper.BeneficiaryRow;
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
    static final String COLUMNS = "id, version, name, name_key, sex, birth_date, birth_estimated, nik, family_card,"
            + " document_status, origin, origin_province, origin_regency, phone, return_country, return_date,"
            + " entry_point, return_mode, exploitation, control, sector, recruiter, status, outcome,"
            + " registered_by_kind, registered_by_ref, merged_into, registered_at, bank_code, account_number,"
            + " account_holder";
    private static final String UPDATE = "UPDATE beneficiary SET version = ?, name = ?, name_key = ?, sex = ?,"
            + " birth_date = ?, birth_estimated = ?, nik = ?, family_card = ?, document_status = ?, origin = ?,"
            + " origin_province = ?, origin_regency = ?, phone = ?, return_country = ?, return_date = ?,"
            + " entry_point = ?, return_mode = ?, exploitation = ?, control = ?, sector = ?, recruiter = ?,"
            + " status = ?, outcome = ?, registered_by_kind = ?, registered_by_ref = ?, merged_into = ?,"
            + " registered_at = ?, bank_code = ?, account_number = ?, account_holder = ? WHERE id = ? AND version = ?";

    /** The registered NIKs among an array of them, on PostgreSQL: an index probe each (see BulkIT). */
    static final String NIKS_ON_POSTGRES = "WHERE nik = ANY (?::bpchar[])";
    /** The active beneficiaries for three arrays of duplicate-key parts, on PostgreSQL: an index probe per key. */
    static final String KEYS_ON_POSTGRES = "SELECT " + COLUMNS
            + " FROM unnest(?::text[], ?::text[], ?::text[]) AS k(nk, bd, rg)"
            + " CROSS JOIN LATERAL (SELECT " + COLUMNS + " FROM beneficiary WHERE name_key = k.nk"
            + " AND birth_date = k.bd::date AND origin_regency = k.rg AND merged_into IS NULL OFFSET 0)"
            + " AS beneficiary ORDER BY registered_at, id";

    private static final BeneficiaryRowMapper ROW = new BeneficiaryRowMapper();
    private static final ConsentMapper CONSENT = new ConsentMapper();
    private static final AssessmentMapper ASSESSMENT = new AssessmentMapper();
    private static final StatusChangeMapper STATUS_CHANGE = new StatusChangeMapper();
    private static final CorrectionMapper CORRECTION = new CorrectionMapper();

    private final Jdbc jdbc;

    JdbcBeneficiaries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Beneficiary> find(BeneficiaryId id) {
        return jdbc.call(c -> load(c, "WHERE id = ?", s -> s.setObject(1, id.value())).stream()
                .findFirst());
    }

    @Override
    public Optional<Beneficiary> findByNik(Nik nik) {
        return jdbc.call(c -> load(c, "WHERE nik = ?", s -> s.setString(1, nik.value())).stream()
                .findFirst());
    }

    @Override
    public List<Beneficiary> findByDuplicateKey(DuplicateKey key) {
        return jdbc.call(c -> load(
                c,
                "WHERE name_key = ? AND birth_date = ? AND origin_regency = ? AND merged_into IS NULL"
                        + " ORDER BY registered_at, id",
                s -> {
                    s.setString(1, key.name());
                    s.setObject(2, key.birthDate());
                    s.setString(3, key.regency().toString());
                }));
    }

    @Override
    public java.util.Map<Nik, Beneficiary> findByNiks(java.util.Collection<Nik> niks) {
        List<String> all = niks.stream().map(Nik::value).distinct().toList();
        java.util.Map<Nik, Beneficiary> found = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 1_000));
            // one array parameter on PostgreSQL: planning an IN list of a thousand parameters costs more than the
            // probes
            List<Beneficiary> matches = jdbc.call(c -> jdbc.isPostgres()
                    ? load(c, NIKS_ON_POSTGRES, s -> s.setArray(1, c.createArrayOf("text", part.toArray())))
                    : load(c, "WHERE nik IN (" + marks(part.size(), "?") + ")", s -> {
                        for (int i = 0; i < part.size(); i++) {
                            s.setString(i + 1, part.get(i));
                        }
                    }));
            for (Beneficiary b : matches) {
                b.nik().ifPresent(nik -> found.put(nik, b));
            }
        }
        return found;
    }

    /** Bloom filters read from one streamed query of the four identity columns. */
    @Override
    public Optional<id.pulih.beneficiary.StoredIdentities> readIdentities(long capacity) {
        return Optional.of(BloomIdentities.read(this::forEachIdentity, capacity));
    }

    /** Reads the four columns in one query, fetched in parts (a cursor on PostgreSQL, inside a transaction). */
    @Override
    public void forEachIdentity(java.util.function.BiConsumer<Optional<Nik>, DuplicateKey> each) {
        Objects.requireNonNull(each, "each");
        jdbc.inTransaction(() -> jdbc.call(c -> {
            try (java.sql.PreparedStatement s =
                    c.prepareStatement("SELECT nik, name_key, birth_date, origin_regency FROM beneficiary")) {
                s.setFetchSize(10_000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String nik = r.getString("nik");
                        each.accept(
                                nik == null ? Optional.empty() : Optional.of(Nik.of(nik)),
                                new DuplicateKey(
                                        r.getString("name_key"),
                                        Rows.date(r, "birth_date"),
                                        RegionCode.of(r.getString("origin_regency"))));
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
    private static List<Beneficiary> byKeysOnPostgres(Connection c, List<DuplicateKey> keys) throws SQLException {
        String[] names = new String[keys.size()];
        String[] births = new String[keys.size()];
        String[] regencies = new String[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            names[i] = keys.get(i).name();
            births[i] = keys.get(i).birthDate().toString();
            regencies[i] = keys.get(i).regency().toString();
        }
        return query(c, KEYS_ON_POSTGRES, s -> {
            s.setArray(1, c.createArrayOf("text", names));
            s.setArray(2, c.createArrayOf("text", births));
            s.setArray(3, c.createArrayOf("text", regencies));
        });
    }

    private static List<Beneficiary> byKeys(Connection c, List<DuplicateKey> keys) throws SQLException {
        return load(
                c,
                "WHERE (name_key, birth_date, origin_regency) IN (" + marks(keys.size(), "(?, ?, ?)")
                        + ") AND merged_into IS NULL ORDER BY registered_at, id",
                s -> {
                    int i = 1;
                    for (DuplicateKey key : keys) {
                        s.setString(i++, key.name());
                        s.setObject(i++, key.birthDate());
                        s.setString(i++, key.regency().toString());
                    }
                });
    }

    /** What duplicate scoring reads of a registration, without its child rows. */
    private static final String PROFILE = "SELECT id, name, birth_date, birth_estimated, origin_regency, family_card,"
            + " nik, registered_at FROM beneficiary ";

    /** The candidates of a block by its regency and birth-date range, from {@code ix_beneficiary_block}. */
    static final String BLOCK_CANDIDATES =
            PROFILE + "WHERE origin_regency = ? AND birth_date >= ? AND birth_date < ? AND merged_into IS NULL";

    /** The candidates of a block by its family card, from {@code ix_beneficiary_family_card}. */
    static final String CARD_CANDIDATES = PROFILE + "WHERE family_card = ? AND merged_into IS NULL";

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
                                s.setObject(2, java.time.LocalDate.of(block.birthYear() - 1, 1, 1));
                                s.setObject(3, java.time.LocalDate.of(block.birthYear() + 2, 1, 1));
                            },
                            JdbcBeneficiaries::profile);
                    ranges.put(range, byRange);
                }
                List<MatchProfile> byCard = List.of();
                if (block.familyCard().isPresent()) {
                    FamilyCardNumber card = block.familyCard().get();
                    byCard = cards.get(card);
                    if (byCard == null) {
                        byCard = Rows.list(
                                c, CARD_CANDIDATES, s -> s.setString(1, card.value()), JdbcBeneficiaries::profile);
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

    private static MatchProfile profile(ResultSet r) throws SQLException {
        String card = r.getString("family_card");
        LocalDate born = Rows.date(r, "birth_date");
        return new MatchProfile(
                new BeneficiaryId(Rows.uuid(r, "id")),
                PersonName.of(r.getString("name")),
                r.getBoolean("birth_estimated") ? BirthDate.estimatedYear(born.getYear()) : BirthDate.exact(born),
                RegionCode.of(r.getString("origin_regency")),
                card == null ? Optional.empty() : Optional.of(FamilyCardNumber.of(card)),
                r.getString("nik") != null,
                Rows.instant(r, "registered_at"));
    }

    @Override
    public List<Beneficiary> findByFamilyCard(FamilyCardNumber familyCard) {
        Objects.requireNonNull(familyCard, "familyCard");
        return jdbc.call(c -> load(
                c,
                "WHERE family_card = ? AND merged_into IS NULL ORDER BY registered_at, id",
                s -> s.setString(1, familyCard.value())));
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
            Beneficiary saved = Rows.save(
                    c,
                    b,
                    RecordType.BENEFICIARY,
                    b.id().value(),
                    MAIN.insertSql(),
                    s -> MAIN.bind(s, row(b, 1)),
                    UPDATE,
                    s -> {
                        Object[] values = row(b, b.version() + 1);
                        Object[] shifted = new Object[values.length + 1];
                        System.arraycopy(values, 1, shifted, 0, values.length - 1);
                        shifted[values.length - 1] = b.id().value();
                        shifted[values.length] = b.version();
                        MAIN.bind(s, shifted);
                    });
            writeChildren(c, b, b.version() > 0);
            return saved;
        }));
    }

    static final Tuples MAIN = new Tuples("beneficiary", List.of(COLUMNS.split(",\\s*")));
    static final Tuples CONSENTS = new Tuples(
            "beneficiary_consent",
            List.of("beneficiary_id", "seq", "purpose", "given", "given_on", "expires_on", "recorded_by"));
    static final Tuples ASSESSMENTS = new Tuples(
            "beneficiary_assessment",
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
            "beneficiary_status_change",
            List.of("beneficiary_id", "seq", "from_status", "to_status", "changed_at", "actor_id", "reason"));
    static final Tuples MERGED = new Tuples("beneficiary_merged", List.of("beneficiary_id", "merged_id"));
    static final Tuples CORRECTIONS = new Tuples(
            "beneficiary_correction",
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

    /** The values of the beneficiary row, in {@link #COLUMNS} order, at the version it will be stored at. */
    static Object[] row(Beneficiary b, long version) {
        return new Object[] {
            b.id().value(),
            version,
            b.name().value(),
            b.duplicateKey().name(),
            b.sex().code(),
            b.birth().date(),
            b.birth().estimated(),
            b.nik().map(Nik::value).orElse(null),
            b.familyCard().map(FamilyCardNumber::value).orElse(null),
            b.documentStatus().name(),
            b.origin().toString(),
            b.origin().province().toString(),
            b.originRegency().toString(),
            b.phone().map(PhoneNumber::e164).orElse(null),
            b.returnInfo().country(),
            b.returnInfo().date(),
            b.returnInfo().entryPoint(),
            b.returnInfo().mode().name(),
            Rows.names(b.profile().exploitation()),
            Rows.names(b.profile().control()),
            b.profile().sector().name(),
            b.profile().recruiter().name(),
            b.status().name(),
            b.outcome().map(Enum::name).orElse(null),
            kind(b.registeredBy()),
            reference(b.registeredBy()),
            b.mergedInto().map(BeneficiaryId::value).orElse(null),
            b.registeredAt(),
            b.person().bankAccount().map(a -> a.bank().code()).orElse(null),
            b.person().bankAccount().map(BankAccount::number).orElse(null),
            b.person().bankAccount().map(a -> a.holder().value()).orElse(null)
        };
    }

    /**
     * The rows of the child tables, in the order MAIN's children are listed: consents, assessments, history, merged,
     * corrections.
     */
    static List<List<Object[]>> children(Beneficiary b) {
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
            assessments.add(new Object[] {
                id,
                seq++,
                a.date(),
                a.poverty().name(),
                Rows.names(a.vulnerabilities()),
                Rows.names(a.risks()),
                Rows.names(a.needs()),
                a.assessedBy()
            });
        }
        List<Object[]> history = new ArrayList<>();
        seq = 0;
        for (StatusChange h : b.history()) {
            history.add(new Object[] {
                id, seq++, h.from() == null ? null : h.from().name(), h.to().name(), h.at(), h.actorId(), h.reason()
            });
        }
        List<Object[]> merged = new ArrayList<>();
        for (BeneficiaryId m : b.mergedFrom()) {
            merged.add(new Object[] {id, m.value()});
        }
        return List.of(consents, assessments, history, merged, CorrectionMapper.rows(id, b.corrections()));
    }

    private static final List<Tuples> CHILD_TABLES = List.of(CONSENTS, ASSESSMENTS, HISTORY, MERGED, CORRECTIONS);

    private static void writeChildren(Connection c, Beneficiary b, boolean replace) throws SQLException {
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
        List<List<Object[]>> children = children(b);
        for (int t = 0; t < CHILD_TABLES.size(); t++) {
            CHILD_TABLES.get(t).insert(c, children.get(t));
        }
    }

    @Override
    public long insertAll(java.util.Collection<Beneficiary> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return jdbc.inTransaction(() -> jdbc.call(c -> {
            List<Object[]> main = new ArrayList<>(batch.size());
            List<List<Object[]>> children = new ArrayList<>();
            for (int t = 0; t < CHILD_TABLES.size(); t++) {
                children.add(new ArrayList<>());
            }
            for (Beneficiary b : batch) {
                if (b.version() != 0) {
                    throw ConflictException.stale(RecordType.BENEFICIARY, b.id(), b.version(), -1);
                }
                main.add(row(b, 1));
                List<List<Object[]>> own = children(b);
                for (int t = 0; t < own.size(); t++) {
                    children.get(t).addAll(own.get(t));
                }
            }
            boolean copy = jdbc.isPostgres();
            if (copy) {
                MAIN.copy(c, main);
            } else {
                MAIN.insert(c, main);
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
    }

    /** Loads the beneficiaries a WHERE clause selects, each with its child rows. */
    static List<Beneficiary> load(Connection c, String where, Rows.Binder binder) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM beneficiary " + where, binder);
    }

    /**
     * Loads the beneficiaries a query of {@link #COLUMNS} selects, with their child rows read in one query per child
     * table for all of them (not one per beneficiary).
     */
    private static List<Beneficiary> query(Connection c, String sql, Rows.Binder binder) throws SQLException {
        List<BeneficiaryRow> rows = Rows.list(c, sql, binder, ROW);
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
                        CONSENT),
                byBeneficiary(
                        c,
                        "assessed_on, poverty, vulnerabilities, risks, needs, assessed_by",
                        "beneficiary_assessment",
                        "seq",
                        ids,
                        ASSESSMENT),
                byBeneficiary(
                        c,
                        "from_status, to_status, changed_at, actor_id, reason",
                        "beneficiary_status_change",
                        "seq",
                        ids,
                        STATUS_CHANGE),
                byBeneficiary(
                        c,
                        "merged_id",
                        "beneficiary_merged",
                        "merged_id",
                        ids,
                        r -> new BeneficiaryId(Rows.uuid(r, "merged_id"))),
                byBeneficiary(
                        c,
                        "seq, pos, corrected_at, actor_id, reason, field, before_value, after_value",
                        "beneficiary_correction",
                        "seq, pos",
                        ids,
                        CORRECTION));
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

    /** The rows of one child table for these beneficiaries, in parts of at most 1,000 ids. */
    private static <T> Map<UUID, List<T>> byBeneficiary(
            Connection c, String columns, String table, String order, List<UUID> ids, Rows.Mapper<T> mapper)
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
                    r -> found.computeIfAbsent(Rows.uuid(r, "beneficiary_id"), k -> new ArrayList<>())
                            .add(mapper.map(r)));
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
