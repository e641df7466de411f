package id.pulih.jdbc;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.Consent;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.Need;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.StatusChange;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Sex;
import id.pulih.shared.ShelterId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link Beneficiaries} over the {@code beneficiary} table and its child tables. */
final class JdbcBeneficiaries implements Beneficiaries {
    static final String COLUMNS = "id, version, name, name_key, sex, birth_date, birth_estimated, nik, family_card,"
            + " document_status, origin, origin_province, origin_regency, phone, return_country, return_date,"
            + " entry_point, return_mode, exploitation, control, sector, recruiter, status, outcome,"
            + " registered_by_kind, registered_by_ref, merged_into, registered_at";
    private static final String INSERT = "INSERT INTO beneficiary (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE beneficiary SET version = ?, name = ?, name_key = ?, sex = ?,"
            + " birth_date = ?, birth_estimated = ?, nik = ?, family_card = ?, document_status = ?, origin = ?,"
            + " origin_province = ?, origin_regency = ?, phone = ?, return_country = ?, return_date = ?,"
            + " entry_point = ?, return_mode = ?, exploitation = ?, control = ?, sector = ?, recruiter = ?,"
            + " status = ?, outcome = ?, registered_by_kind = ?, registered_by_ref = ?, merged_into = ?,"
            + " registered_at = ? WHERE id = ? AND version = ?";

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
                "WHERE name_key = ? AND birth_date = ? AND origin_regency = ? AND merged_into IS NULL ORDER BY id",
                s -> {
                    s.setString(1, key.name());
                    s.setObject(2, key.birthDate());
                    s.setString(3, key.regency().toString());
                }));
    }

    @Override
    public long count() {
        return jdbc.call(c -> Rows.one(c, "SELECT COUNT(*) FROM beneficiary", s -> {}, r -> r.getLong(1))
                .orElse(0L));
    }

    @Override
    public Beneficiary save(Beneficiary b) {
        return jdbc.inTransaction(() -> jdbc.call(c -> {
            if (b.nik().isPresent()) {
                Optional<UUID> holder = Rows.one(
                        c,
                        "SELECT id FROM beneficiary WHERE nik = ? AND id <> ?",
                        s -> {
                            s.setString(1, b.nik().get().value());
                            s.setObject(2, b.id().value());
                        },
                        r -> Rows.uuid(r, "id"));
                if (holder.isPresent()) {
                    throw new ConflictException(
                            "beneficiary.nik-registered",
                            "beneficiary",
                            holder.get().toString(),
                            "this NIK is already registered; one person, one case");
                }
            }
            Beneficiary saved = Rows.save(
                    c,
                    b,
                    "beneficiary",
                    b.id().value(),
                    INSERT,
                    s -> {
                        s.setObject(1, b.id().value());
                        s.setLong(2, 1);
                        bindFields(s, 3, b);
                    },
                    UPDATE,
                    s -> {
                        s.setLong(1, b.version() + 1);
                        int next = bindFields(s, 2, b);
                        s.setObject(next, b.id().value());
                        s.setLong(next + 1, b.version());
                    });
            writeChildren(c, b, b.version() > 0);
            return saved;
        }));
    }

    /** Binds every column after id and version, from {@code index}; returns the next free index. */
    private static int bindFields(PreparedStatement s, int index, Beneficiary b) throws SQLException {
        int i = index;
        s.setString(i++, b.name().value());
        s.setString(i++, b.duplicateKey().name());
        s.setString(i++, b.sex().code());
        s.setObject(i++, b.birth().date());
        s.setBoolean(i++, b.birth().estimated());
        Rows.setText(s, i++, b.nik().map(Nik::value).orElse(null));
        Rows.setText(s, i++, b.familyCard().map(FamilyCardNumber::value).orElse(null));
        s.setString(i++, b.documentStatus().name());
        s.setString(i++, b.origin().toString());
        s.setString(i++, b.origin().province().toString());
        s.setString(i++, b.originRegency().toString());
        Rows.setText(s, i++, b.phone().map(PhoneNumber::e164).orElse(null));
        s.setString(i++, b.returnInfo().country());
        s.setObject(i++, b.returnInfo().date());
        s.setString(i++, b.returnInfo().entryPoint());
        s.setString(i++, b.returnInfo().mode().name());
        s.setString(i++, Rows.names(b.profile().exploitation()));
        s.setString(i++, Rows.names(b.profile().control()));
        s.setString(i++, b.profile().sector().name());
        s.setString(i++, b.profile().recruiter().name());
        s.setString(i++, b.status().name());
        Rows.setText(s, i++, b.outcome().map(Enum::name).orElse(null));
        s.setString(i++, kind(b.registeredBy()));
        Rows.setText(s, i++, reference(b.registeredBy()));
        Rows.setUuid(s, i++, b.mergedInto().map(BeneficiaryId::value).orElse(null));
        Rows.setInstant(s, i++, b.registeredAt());
        return i;
    }

    private static void writeChildren(Connection c, Beneficiary b, boolean replace) throws SQLException {
        UUID id = b.id().value();
        if (replace) {
            for (String table : List.of(
                    "beneficiary_consent",
                    "beneficiary_assessment",
                    "beneficiary_status_change",
                    "beneficiary_merged")) {
                Rows.update(c, "DELETE FROM " + table + " WHERE beneficiary_id = ?", s -> s.setObject(1, id));
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO beneficiary_consent (beneficiary_id, seq, purpose,"
                + " given, given_on, expires_on, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Consent consent : b.consents()) {
                s.setObject(1, id);
                s.setInt(2, seq++);
                s.setString(3, consent.purpose().name());
                s.setBoolean(4, consent.given());
                s.setObject(5, consent.date());
                Rows.setDate(s, 6, consent.expiresOn());
                s.setString(7, consent.recordedBy());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO beneficiary_assessment (beneficiary_id, seq,"
                        + " assessed_on, poverty, vulnerabilities, risks, needs, assessed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Assessment a : b.assessments()) {
                s.setObject(1, id);
                s.setInt(2, seq++);
                s.setObject(3, a.date());
                s.setString(4, a.poverty().name());
                s.setString(5, Rows.names(a.vulnerabilities()));
                s.setString(6, Rows.names(a.risks()));
                s.setString(7, Rows.names(a.needs()));
                s.setString(8, a.assessedBy());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO beneficiary_status_change (beneficiary_id, seq,"
                + " from_status, to_status, changed_at, actor_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (StatusChange change : b.history()) {
                s.setObject(1, id);
                s.setInt(2, seq++);
                Rows.setText(s, 3, change.from() == null ? null : change.from().name());
                s.setString(4, change.to().name());
                Rows.setInstant(s, 5, change.at());
                s.setString(6, change.actorId());
                s.setString(7, change.reason());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO beneficiary_merged (beneficiary_id, merged_id) VALUES (?, ?)")) {
            for (BeneficiaryId merged : b.mergedFrom()) {
                s.setObject(1, id);
                s.setObject(2, merged.value());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Loads the beneficiaries a WHERE clause selects, each with its child rows. */
    static List<Beneficiary> load(Connection c, String where, Rows.Binder binder) throws SQLException {
        List<Row> rows = Rows.list(c, "SELECT " + COLUMNS + " FROM beneficiary " + where, binder, Row::read);
        List<Beneficiary> loaded = new ArrayList<>(rows.size());
        for (Row row : rows) {
            loaded.add(row.toBeneficiary(c));
        }
        return loaded;
    }

    /** The columns of one beneficiary row, read before its children. */
    private record Row(Object[] columns) {
        static Row read(ResultSet rs) throws SQLException {
            Object[] columns = new Object[25];
            columns[0] = Rows.uuid(rs, "id");
            columns[1] = rs.getLong("version");
            columns[2] = rs.getString("name");
            columns[3] = rs.getString("sex");
            columns[4] = Rows.date(rs, "birth_date");
            columns[5] = rs.getBoolean("birth_estimated");
            columns[6] = rs.getString("nik");
            columns[7] = rs.getString("family_card");
            columns[8] = rs.getString("document_status");
            columns[9] = rs.getString("origin");
            columns[10] = rs.getString("phone");
            columns[11] = rs.getString("return_country");
            columns[12] = Rows.date(rs, "return_date");
            columns[13] = rs.getString("entry_point");
            columns[14] = rs.getString("return_mode");
            columns[15] = rs.getString("exploitation");
            columns[16] = rs.getString("control");
            columns[17] = rs.getString("sector");
            columns[18] = rs.getString("recruiter");
            columns[19] = rs.getString("status");
            columns[20] = rs.getString("outcome");
            columns[21] = rs.getString("registered_by_kind");
            columns[22] = rs.getString("registered_by_ref");
            columns[23] = Rows.uuid(rs, "merged_into");
            columns[24] = Rows.instant(rs, "registered_at");
            return new Row(columns);
        }

        Beneficiary toBeneficiary(Connection c) throws SQLException {
            UUID id = (UUID) columns[0];
            String nik = (String) columns[6];
            String kk = (String) columns[7];
            String phone = (String) columns[10];
            String outcome = (String) columns[20];
            return new Beneficiary(
                    new BeneficiaryId(id),
                    PersonName.of((String) columns[2]),
                    Sex.parse((String) columns[3]),
                    new BirthDate((java.time.LocalDate) columns[4], (Boolean) columns[5]),
                    nik == null ? null : Nik.of(nik),
                    kk == null ? null : FamilyCardNumber.of(kk),
                    DocumentStatus.valueOf((String) columns[8]),
                    RegionCode.of((String) columns[9]),
                    phone == null ? null : PhoneNumber.of(phone),
                    new ReturnInfo(
                            (String) columns[11],
                            (java.time.LocalDate) columns[12],
                            (String) columns[13],
                            ReturnMode.valueOf((String) columns[14])),
                    new TraffickingProfile(
                            Rows.enumSet((String) columns[15], ExploitationType.class),
                            Rows.enumSet((String) columns[16], MeansOfControl.class),
                            LabourSector.valueOf((String) columns[17]),
                            RecruiterRelation.valueOf((String) columns[18])),
                    consents(c, id),
                    assessments(c, id),
                    CaseStatus.valueOf((String) columns[19]),
                    outcome == null ? null : CaseOutcome.valueOf(outcome),
                    history(c, id),
                    jurisdiction((String) columns[21], (String) columns[22]),
                    columns[23] == null ? null : new BeneficiaryId((UUID) columns[23]),
                    merged(c, id),
                    (java.time.Instant) columns[24],
                    (Long) columns[1]);
        }
    }

    private static List<Consent> consents(Connection c, UUID id) throws SQLException {
        return Rows.list(
                c,
                "SELECT purpose, given, given_on, expires_on, recorded_by FROM beneficiary_consent"
                        + " WHERE beneficiary_id = ? ORDER BY seq",
                s -> s.setObject(1, id),
                r -> new Consent(
                        ConsentPurpose.valueOf(r.getString("purpose")),
                        r.getBoolean("given"),
                        Rows.date(r, "given_on"),
                        Rows.date(r, "expires_on"),
                        r.getString("recorded_by")));
    }

    private static List<Assessment> assessments(Connection c, UUID id) throws SQLException {
        return Rows.list(
                c,
                "SELECT assessed_on, poverty, vulnerabilities, risks, needs, assessed_by FROM beneficiary_assessment"
                        + " WHERE beneficiary_id = ? ORDER BY seq",
                s -> s.setObject(1, id),
                r -> new Assessment(
                        Rows.date(r, "assessed_on"),
                        PovertyCategory.valueOf(r.getString("poverty")),
                        Rows.enumSet(r.getString("vulnerabilities"), Vulnerability.class),
                        Rows.enumSet(r.getString("risks"), RiskFactor.class),
                        Rows.enumSet(r.getString("needs"), Need.class),
                        r.getString("assessed_by")));
    }

    private static List<StatusChange> history(Connection c, UUID id) throws SQLException {
        return Rows.list(
                c,
                "SELECT from_status, to_status, changed_at, actor_id, reason FROM beneficiary_status_change"
                        + " WHERE beneficiary_id = ? ORDER BY seq",
                s -> s.setObject(1, id),
                r -> new StatusChange(
                        Rows.enumValue(r, "from_status", CaseStatus.class),
                        CaseStatus.valueOf(r.getString("to_status")),
                        Rows.instant(r, "changed_at"),
                        r.getString("actor_id"),
                        r.getString("reason")));
    }

    private static Set<BeneficiaryId> merged(Connection c, UUID id) throws SQLException {
        return new HashSet<>(Rows.list(
                c,
                "SELECT merged_id FROM beneficiary_merged WHERE beneficiary_id = ?",
                s -> s.setObject(1, id),
                r -> new BeneficiaryId(Rows.uuid(r, "merged_id"))));
    }

    static String kind(Jurisdiction j) {
        if (j instanceof Jurisdiction.Province) {
            return "PROVINCE";
        } else if (j instanceof Jurisdiction.Regency) {
            return "REGENCY";
        } else if (j instanceof Jurisdiction.AtShelter) {
            return "SHELTER";
        } else if (j instanceof Jurisdiction.Partner) {
            return "PARTNER";
        }
        return "NATIONAL";
    }

    static String reference(Jurisdiction j) {
        if (j instanceof Jurisdiction.Province p) {
            return p.code().toString();
        } else if (j instanceof Jurisdiction.Regency r) {
            return r.code().toString();
        } else if (j instanceof Jurisdiction.AtShelter s) {
            return s.shelter().toString();
        } else if (j instanceof Jurisdiction.Partner p) {
            return p.organisation().code();
        }
        return null;
    }

    static Jurisdiction jurisdiction(String kind, String reference) {
        return switch (kind) {
            case "PROVINCE" -> Jurisdiction.province(RegionCode.of(reference));
            case "REGENCY" -> Jurisdiction.regency(RegionCode.of(reference));
            case "SHELTER" -> Jurisdiction.shelter(ShelterId.parse(reference));
            case "PARTNER" -> Jurisdiction.partner(OrganisationId.of(reference));
            default -> Jurisdiction.national();
        };
    }
}
