package id.pulih.jdbc;

import id.pulih.guidance.Attendance;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Enrolments;
import id.pulih.guidance.OneEnrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Programmes;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The guidance ports over the {@code programme}, {@code enrolment} and {@code enrolment_attendance} tables. */
final class JdbcGuidance {
    private JdbcGuidance() {}

    /** {@link Programmes} over the {@code programme} table; partners, topics and required topics as comma text. */
    static final class ProgrammeRows implements Programmes {
        private static final String SELECT = "SELECT id, version, title, organiser, partners, venue, region,"
                + " starts_on, ends_on, capacity, enrolled, topics, required FROM programme ";

        private final Jdbc jdbc;

        ProgrammeRows(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Optional<Programme> find(ProgrammeId id) {
            return jdbc.call(
                    c -> Rows.one(c, SELECT + "WHERE id = ?", s -> s.setObject(1, id.value()), ProgrammeRows::map));
        }

        @Override
        public List<Programme> all() {
            return jdbc.call(c -> Rows.list(c, SELECT + "ORDER BY starts_on, id", s -> {}, ProgrammeRows::map));
        }

        @Override
        public Programme save(Programme p) {
            return jdbc.call(c -> Rows.save(
                    c,
                    p,
                    RecordType.PROGRAMME,
                    p.id().value(),
                    "INSERT INTO programme (id, version, title, organiser, partners, venue, region, starts_on,"
                            + " ends_on, capacity, enrolled, topics, required)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setObject(1, p.id().value());
                        bind(s, 2, p);
                    },
                    "UPDATE programme SET title = ?, organiser = ?, partners = ?, venue = ?, region = ?,"
                            + " starts_on = ?, ends_on = ?, capacity = ?, enrolled = ?, topics = ?, required = ?,"
                            + " version = ? WHERE id = ? AND version = ?",
                    s -> {
                        bind(s, 1, p);
                        s.setLong(12, p.version() + 1);
                        s.setObject(13, p.id().value());
                        s.setLong(14, p.version());
                    }));
        }

        private static void bind(PreparedStatement s, int i, Programme p) throws SQLException {
            s.setString(i, p.title());
            s.setString(i + 1, p.organiser().code());
            s.setString(
                    i + 2,
                    sorted(p.partners().stream().map(OrganisationId::code).toList()));
            s.setString(i + 3, p.venue());
            s.setString(i + 4, p.region().toString());
            s.setObject(i + 5, p.startsOn());
            s.setObject(i + 6, p.endsOn());
            s.setInt(i + 7, p.capacity());
            s.setInt(i + 8, p.enrolled());
            // topics keep their order; the required set is sorted so that equal sets store equal text
            s.setString(i + 9, Rows.joined(p.topics()));
            s.setString(i + 10, sorted(p.required().stream().map(Topic::code).toList()));
        }

        private static Programme map(ResultSet r) throws SQLException {
            return new Programme(
                    new ProgrammeId(Rows.uuid(r, "id")),
                    r.getString("title"),
                    new OrganisationId(r.getString("organiser")),
                    Set.copyOf(Rows.split(r.getString("partners"), OrganisationId::new)),
                    r.getString("venue"),
                    RegionCode.of(r.getString("region")),
                    Rows.date(r, "starts_on"),
                    Rows.date(r, "ends_on"),
                    r.getInt("capacity"),
                    r.getInt("enrolled"),
                    Rows.split(r.getString("topics"), Topic::new),
                    Set.copyOf(Rows.split(r.getString("required"), Topic::new)),
                    r.getLong("version"));
        }

        private static String sorted(List<String> codes) {
            return Rows.joined(codes.stream().sorted().toList());
        }
    }

    /**
     * {@link Enrolments} over the {@code enrolment} table, with the attendance in {@code enrolment_attendance},
     * deleted and inserted again on each update.
     */
    static final class EnrolmentRows implements Enrolments {
        private static final String COLUMNS = "id, version, programme_id, beneficiary_id, enrolled_on,"
                + " override_reason, " + Sealing.KEY_COLUMNS + " FROM enrolment"
                + Sealing.keyJoin("enrolment.beneficiary_id") + " ";
        private static final String TABLE = "enrolment";

        private final Jdbc jdbc;
        private final Sealing sealing;

        EnrolmentRows(Jdbc jdbc) {
            this.jdbc = jdbc;
            this.sealing = jdbc.sealing();
        }

        @Override
        public Optional<Enrolment> find(EnrolmentId id) {
            return jdbc.call(c -> load(c, "id = ?", "", s -> s.setObject(1, id.value())).stream()
                    .findFirst());
        }

        @Override
        public Optional<Enrolment> find(ProgrammeId programme, BeneficiaryId beneficiary) {
            return jdbc.call(c -> load(c, "programme_id = ? AND beneficiary_id = ?", "", s -> {
                        s.setObject(1, programme.value());
                        s.setObject(2, beneficiary.value());
                    })
                    .stream()
                    .findFirst());
        }

        @Override
        public List<Enrolment> forProgramme(ProgrammeId programme) {
            return jdbc.call(c ->
                    load(c, "programme_id = ?", " ORDER BY enrolled_on, id", s -> s.setObject(1, programme.value())));
        }

        @Override
        public List<Enrolment> forBeneficiary(BeneficiaryId beneficiary) {
            return jdbc.call(c -> load(
                    c, "beneficiary_id = ?", " ORDER BY enrolled_on, id", s -> s.setObject(1, beneficiary.value())));
        }

        @Override
        public Enrolment save(Enrolment e) {
            UUID id = e.id().value();
            return jdbc.inTransaction(() -> jdbc.call(c -> {
                OneEnrolment.check(this, e);
                String reason = sealing.key(c, e.beneficiary().value())
                        .seal(TABLE, "override_reason", id.toString(), e.overrideReason());
                Enrolment saved = Rows.save(
                        c,
                        e,
                        RecordType.ENROLMENT,
                        id,
                        "INSERT INTO enrolment (id, version, programme_id, beneficiary_id, enrolled_on,"
                                + " override_reason) VALUES (?, 1, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, id);
                            bind(s, 2, e, reason);
                        },
                        "UPDATE enrolment SET programme_id = ?, beneficiary_id = ?, enrolled_on = ?,"
                                + " override_reason = ?, version = ? WHERE id = ? AND version = ?",
                        s -> {
                            bind(s, 1, e, reason);
                            s.setLong(5, e.version() + 1);
                            s.setObject(6, id);
                            s.setLong(7, e.version());
                        });
                if (e.version() > 0) {
                    Rows.update(c, "DELETE FROM enrolment_attendance WHERE enrolment_id = ?", s -> s.setObject(1, id));
                }
                insertAttendance(c, id, e.attendance());
                return saved;
            }));
        }

        private static void bind(PreparedStatement s, int i, Enrolment e, String reason) throws SQLException {
            s.setObject(i, e.programme().value());
            s.setObject(i + 1, e.beneficiary().value());
            s.setObject(i + 2, e.enrolledOn());
            s.setString(i + 3, reason);
        }

        private static void insertAttendance(Connection c, UUID id, List<Attendance> attendance) throws SQLException {
            if (attendance.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO enrolment_attendance (enrolment_id, seq, topic,"
                    + " attended_on, recorded_by) VALUES (?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (Attendance a : attendance) {
                    s.setObject(1, id);
                    s.setInt(2, seq++);
                    s.setString(3, a.topic().code());
                    s.setObject(4, a.date());
                    s.setString(5, a.recordedBy());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }

        /**
         * Loads the enrolments matching {@code where} with two statements, whatever their number: the rows, then the
         * attendance of all of them.
         */
        private List<Enrolment> load(Connection c, String where, String orderBy, Rows.Binder binder)
                throws SQLException {
            List<EnrolmentRow> rows =
                    Rows.list(c, "SELECT " + COLUMNS + "WHERE " + where + orderBy, binder, this::read);
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<Attendance>> attendance = Rows.grouped(
                    c,
                    "SELECT enrolment_id, topic, attended_on, recorded_by FROM enrolment_attendance"
                            + " WHERE enrolment_id IN (SELECT id FROM enrolment WHERE " + where + ")"
                            + " ORDER BY enrolment_id, seq",
                    binder,
                    "enrolment_id",
                    r -> new Attendance(
                            new Topic(r.getString("topic")), Rows.date(r, "attended_on"), r.getString("recorded_by")));
            List<Enrolment> enrolments = new ArrayList<>(rows.size());
            for (EnrolmentRow row : rows) {
                enrolments.add(row.with(attendance.getOrDefault(row.id(), List.of())));
            }
            return enrolments;
        }

        private EnrolmentRow read(ResultSet r) throws SQLException {
            UUID id = Rows.uuid(r, "id");
            return new EnrolmentRow(
                    id,
                    Rows.uuid(r, "programme_id"),
                    Rows.uuid(r, "beneficiary_id"),
                    Rows.date(r, "enrolled_on"),
                    sealing.key(r).text(TABLE, "override_reason", id.toString(), r.getString("override_reason")),
                    r.getLong("version"));
        }

        /** One {@code enrolment} row, waiting for its attendance. */
        private record EnrolmentRow(
                UUID id, UUID programme, UUID beneficiary, LocalDate enrolledOn, String overrideReason, long version) {
            Enrolment with(List<Attendance> attendance) {
                return new Enrolment(
                        new EnrolmentId(id),
                        new ProgrammeId(programme),
                        new BeneficiaryId(beneficiary),
                        enrolledOn,
                        overrideReason,
                        attendance,
                        version);
            }
        }
    }
}
