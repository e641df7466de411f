package id.pulih.jdbc;

import id.pulih.shared.ConflictException;
import id.pulih.shared.RecordType;
import id.pulih.shared.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small helpers shared by the row mappers: binding, reading, enum sets as text, and versioned saves. */
final class Rows {
    private Rows() {}

    /** Binds the parameters of one statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, Binder binder, Mapper<T> mapper) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(mapper.map(rs));
                }
                return found;
            }
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Binder binder, Mapper<T> mapper) throws SQLException {
        List<T> found = list(c, sql, binder, mapper);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Reads child rows grouped by their owner's id, each group in the order the query returns them: one statement for
     * the children of any number of owners.
     */
    static <T> Map<UUID, List<T>> grouped(Connection c, String sql, Binder binder, String ownerColumn, Mapper<T> mapper)
            throws SQLException {
        Map<UUID, List<T>> groups = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(uuid(rs, ownerColumn), k -> new ArrayList<>())
                            .add(mapper.map(rs));
                }
            }
        }
        return groups;
    }

    static int update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        }
    }

    /**
     * Saves a versioned record: inserts it at version 1 when new, else updates it where the stored version is the
     * one read, failing with {@code record.stale} when someone saved it meanwhile (or, for a new record, when its id
     * is already stored).
     *
     * @param insert binds {@code insertSql}, which writes version 1 itself (the id and the fields, no version)
     * @param update binds {@code updateSql}, whose last three parameters are the new version, the id and the version
     *     read
     */
    static <V extends Versioned<V>> V save(
            Connection c,
            V record,
            RecordType type,
            UUID id,
            String insertSql,
            Binder insert,
            String updateSql,
            Binder update)
            throws SQLException {
        String table = table(type);
        if (record.version() == 0) {
            // a new record whose id is already stored was saved before (a retried create): stale, as in memory,
            // rather than the primary key's anonymous record.duplicate
            Optional<Long> stored = one(
                    c, "SELECT version FROM " + table + " WHERE id = ?", s -> s.setObject(1, id), r -> r.getLong(1));
            if (stored.isPresent()) {
                throw ConflictException.stale(type, id, 0, stored.get());
            }
            Rows.update(c, insertSql, insert);
            return record.withVersion(1);
        }
        int changed = Rows.update(c, updateSql, update);
        if (changed == 0) {
            long stored = one(
                            c,
                            "SELECT version FROM " + table + " WHERE id = ?",
                            s -> s.setObject(1, id),
                            r -> r.getLong(1))
                    .orElse(-1L);
            throw ConflictException.stale(type, id, record.version(), stored);
        }
        return record.withVersion(record.version() + 1);
    }

    /** The table that holds each kind of record: the one place the record-type vocabulary meets table names. */
    static String table(RecordType type) {
        return switch (type) {
            case BENEFICIARY -> "beneficiary";
            case POTENTIAL_DUPLICATE -> "potential_duplicate";
            case SHELTER -> "shelter";
            case STAY -> "stay";
            case REPATRIATION -> "repatriation";
            case PROGRAMME -> "programme";
            case ENROLMENT -> "enrolment";
            case GRANT_SCHEME -> "grant_scheme";
            case AWARD -> "award";
            case PAYMENT -> "payment";
            case PAYMENT_BATCH -> "payment_batch";
            case PROPOSAL -> "proposal";
            case REINTEGRATION_PLAN -> "reintegration_plan";
            case FOLLOW_UP -> "follow_up";
            case CLOSURE_REQUEST -> "closure_request";
            case SUBJECT_REQUEST -> "subject_request";
            case RISK_REVIEW -> "risk_review";
            case BREACH -> "breach";
            case SERVICE,
                    ACCESS_GRANT,
                    ACCESS_REFERENCE,
                    BENEFICIARY_IMPORT,
                    BANK_RESULT_IMPORT,
                    RETENTION_RUN,
                    RECORD -> throw new IllegalArgumentException(type + " is not saved as a versioned row of its own");
        };
    }

    static void setNullable(PreparedStatement s, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            s.setNull(index, sqlType);
        } else {
            s.setObject(index, value);
        }
    }

    static void setText(PreparedStatement s, int index, String value) throws SQLException {
        setNullable(s, index, value, Types.VARCHAR);
    }

    static void setDate(PreparedStatement s, int index, LocalDate value) throws SQLException {
        setNullable(s, index, value, Types.DATE);
    }

    static void setUuid(PreparedStatement s, int index, UUID value) throws SQLException {
        setNullable(s, index, value, Types.OTHER);
    }

    static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Enum.valueOf(type, text);
    }

    static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enumSet(String text, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isEmpty()) {
            for (String name : text.split(",")) {
                set.add(Enum.valueOf(type, name));
            }
        }
        return set;
    }

    static String joined(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    static <T> List<T> split(String text, Function<String, T> parse) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(parse).toList();
    }
}
