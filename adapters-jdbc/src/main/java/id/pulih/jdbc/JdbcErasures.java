package id.pulih.jdbc;

import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.privacy.Erasure;
import id.pulih.privacy.Erasures;
import id.pulih.privacy.RequestId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link Erasures} over the database: the {@code erasure} table, and {@link #erase}, the one place the JDBC store
 * erases a person, in one transaction. The person's row is saved as {@link Person#erased()} through the store's own
 * write (sealed or plain, as the store is). On a store without keys the anonymised values of {@link Erasure} are
 * then written through SQL into every table that holds the person's free text and accounts; on a store with keys
 * the person's data key is destroyed instead (crypto-shredding, {@link KeyMaintenance#shred}): every sealed value
 * of the person, in every table and every backup, is unreadable at once, and reads back as erased. The texts of the
 * privacy tables themselves (request details, objections), which are not sealed, are removed on either store.
 */
final class JdbcErasures implements Erasures {
    /** A free text under erasure, as {@link Erasure#removed(String)} rules: absent or blank stays, else removed. */
    private static String removed(String column) {
        return column + " = CASE WHEN " + column + " IS NULL OR TRIM(" + column + ") = '' THEN " + column
                + " ELSE ? END";
    }

    private final Jdbc jdbc;
    private final Beneficiaries beneficiaries;
    private final KeyMaintenance keys;

    JdbcErasures(Jdbc jdbc, Beneficiaries beneficiaries, KeyMaintenance keys) {
        this.jdbc = jdbc;
        this.beneficiaries = beneficiaries;
        this.keys = keys;
    }

    @Override
    public Optional<Erasure> find(BeneficiaryId beneficiary) {
        return jdbc.call(c -> Rows.one(
                c,
                "SELECT beneficiary_id, erased_at, erased_by, reason, request_id FROM erasure WHERE beneficiary_id = ?",
                s -> s.setObject(1, beneficiary.value()),
                r -> {
                    UUID request = (UUID) r.getObject("request_id");
                    return new Erasure(
                            new BeneficiaryId(Rows.uuid(r, "beneficiary_id")),
                            Rows.instant(r, "erased_at"),
                            r.getString("erased_by"),
                            r.getString("reason"),
                            request == null ? null : new RequestId(request));
                }));
    }

    @Override
    public Erasure erase(Erasure erasure, List<BeneficiaryId> registrations) {
        return jdbc.inTransaction(() -> {
            if (find(erasure.beneficiary()).isPresent()) {
                throw RecordError.DUPLICATE.conflict(RecordType.BENEFICIARY, erasure.beneficiary());
            }
            Set<BeneficiaryId> ids = new LinkedHashSet<>(registrations);
            ids.add(erasure.beneficiary());
            List<Beneficiary> found = new ArrayList<>();
            for (BeneficiaryId id : ids) {
                found.add(beneficiaries.find(id).orElseThrow(() -> new NotFoundException(RecordType.BENEFICIARY, id)));
            }
            for (Beneficiary b : found) {
                beneficiaries.save(erased(b));
            }
            boolean sealed = jdbc.sealing().encrypted();
            Erasure done = jdbc.call(c -> {
                List<UUID> cases = ids.stream().map(BeneficiaryId::value).toList();
                String in = " IN (" + String.join(", ", java.util.Collections.nCopies(cases.size(), "?")) + ")";
                texts(c, "subject_request", "beneficiary_id" + in, cases, "details");
                texts(c, "risk_review", "beneficiary_id" + in, cases, "objection");
                if (!sealed) {
                    plainTexts(c, cases, in);
                }
                Rows.update(
                        c,
                        "INSERT INTO erasure (beneficiary_id, erased_at, erased_by, reason, request_id)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        s -> {
                            s.setObject(1, erasure.beneficiary().value());
                            Rows.setInstant(s, 2, erasure.erasedAt());
                            s.setString(3, erasure.erasedBy());
                            s.setString(4, erasure.reason());
                            s.setObject(
                                    5,
                                    erasure.request() == null
                                            ? null
                                            : erasure.request().value());
                        });
                return erasure;
            });
            if (sealed) {
                for (BeneficiaryId id : ids) {
                    keys.shred(id, erasure.erasedAt());
                }
            }
            return done;
        });
    }

    /**
     * The person's free texts and accounts in every table, and the audit trails of its records, on a store without
     * keys (a store with keys destroys the person's key instead).
     */
    private static void plainTexts(Connection c, List<UUID> cases, String in) throws SQLException {
        texts(c, "beneficiary_status_change", "beneficiary_id" + in, cases, "reason");
        texts(c, "beneficiary_correction", "beneficiary_id" + in, cases, "reason", "before_value", "after_value");
        texts(c, "closure_request", "beneficiary_id" + in, cases, "note", "return_reason");
        texts(c, "stay", "beneficiary_id" + in, cases, "discharge_note");
        texts(c, "stay_service", "stay_id IN (SELECT id FROM stay WHERE beneficiary_id" + in + ")", cases, "detail");
        texts(c, "follow_up", "beneficiary_id" + in, cases, "notes");
        texts(c, "access_grant", "beneficiary_id" + in, cases, "reason");
        for (String table : List.of("award", "payment")) {
            Rows.update(
                    c,
                    "UPDATE " + table + " SET account_number = ?, account_holder = ? WHERE beneficiary_id" + in,
                    s -> {
                        s.setString(1, Erasure.ERASED_ACCOUNT_NUMBER);
                        s.setString(2, Person.ERASED_NAME.value());
                        bindAll(s, 3, cases);
                    });
        }
        audit(c, RecordType.BENEFICIARY, "SELECT id FROM beneficiary WHERE id" + in, cases);
        audit(c, RecordType.CLOSURE_REQUEST, "SELECT id FROM closure_request WHERE beneficiary_id" + in, cases);
        audit(c, RecordType.STAY, "SELECT id FROM stay WHERE beneficiary_id" + in, cases);
        audit(c, RecordType.FOLLOW_UP, "SELECT id FROM follow_up WHERE beneficiary_id" + in, cases);
        audit(c, RecordType.AWARD, "SELECT id FROM award WHERE beneficiary_id" + in, cases);
        audit(c, RecordType.PAYMENT, "SELECT id FROM payment WHERE beneficiary_id" + in, cases);
    }

    /** The person's record as erasure leaves it: {@code Person.erased()}, the profile unknown. */
    private static Beneficiary erased(Beneficiary b) {
        return Beneficiary.rebuild(
                b.id(),
                b.person().erased(),
                b.returnInfo(),
                TraffickingProfile.unknown(),
                b.caseHistory(),
                b.registeredBy(),
                b.registeredAt(),
                b.version());
    }

    /** Removes the free texts of the rows a condition selects. */
    private static void texts(Connection c, String table, String where, List<UUID> cases, String... columns)
            throws SQLException {
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            set.append(set.length() == 0 ? "" : ", ").append(removed(column));
        }
        Rows.update(c, "UPDATE " + table + " SET " + set + " WHERE " + where, s -> {
            for (int i = 0; i < columns.length; i++) {
                s.setString(i + 1, Erasure.REMOVED);
            }
            bindAll(s, columns.length + 1, cases);
        });
    }

    /** The audit entries of the records a query selects: their summaries removed, their field changes gone. */
    private static void audit(Connection c, RecordType type, String records, List<UUID> cases) throws SQLException {
        List<String> ids = Rows.list(
                c, records, s -> bindAll(s, 1, cases), r -> Rows.uuid(r, "id").toString());
        if (ids.isEmpty()) {
            return;
        }
        String in = "record_type = ? AND record_id IN ("
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        Rows.update(
                c, "DELETE FROM audit_change WHERE entry_id IN (SELECT id FROM audit_entry WHERE " + in + ")", s -> {
                    s.setString(1, type.label());
                    for (int i = 0; i < ids.size(); i++) {
                        s.setString(i + 2, ids.get(i));
                    }
                });
        Rows.update(c, "UPDATE audit_entry SET summary = ? WHERE " + in, s -> {
            s.setString(1, Erasure.REMOVED);
            s.setString(2, type.label());
            for (int i = 0; i < ids.size(); i++) {
                s.setString(i + 3, ids.get(i));
            }
        });
    }

    private static void bindAll(PreparedStatement s, int from, List<UUID> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setObject(from + i, values.get(i));
        }
    }
}
