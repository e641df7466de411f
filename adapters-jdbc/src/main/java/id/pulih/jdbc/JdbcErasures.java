package id.pulih.jdbc;

import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.privacy.ErasedText;
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

    /** One kind's removal, so that the switch over {@link ErasedText} is an expression the compiler checks whole. */
    private interface Removal {
        void run() throws SQLException;
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
                for (ErasedText kind : ErasedText.values()) {
                    erase(c, kind, sealed, cases, in);
                }
                if (sealed) {
                    sealedElsewhere(c, cases, in);
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
     * Removes one kind of the person's texts ({@link ErasedText}) from the rows of its tables, and the audit summaries
     * of those records. One rule for both stores: a column the store seals is left to crypto-shredding on a store
     * with keys (the person's key is destroyed), every other column is overwritten here, on either store.
     */
    private static void erase(Connection c, ErasedText kind, boolean sealed, List<UUID> cases, String in)
            throws SQLException {
        String owned = "beneficiary_id" + in;
        Removal work = switch (kind) {
            case CASE_HISTORY ->
                () -> {
                    texts(c, sealed, "beneficiary_status_change", owned, cases, "reason");
                    texts(c, sealed, "beneficiary_correction", owned, cases, "reason", "before_value", "after_value");
                };
            case CLOSURE_REQUESTS -> () -> texts(c, sealed, "closure_request", owned, cases, "note", "return_reason");
            case POTENTIAL_DUPLICATES ->
                () -> {
                    texts(c, sealed, "potential_duplicate", "registered" + in, cases, "note");
                    texts(c, sealed, "potential_duplicate", "existing" + in, cases, "note");
                };
            case STAYS ->
                () -> {
                    texts(c, sealed, "stay", owned, cases, "discharge_note");
                    texts(
                            c,
                            sealed,
                            "stay_service",
                            "stay_id IN (SELECT id FROM stay WHERE " + owned + ")",
                            cases,
                            "detail");
                };
            case RETURNS ->
                () -> texts(
                        c,
                        sealed,
                        "repatriation",
                        owned,
                        cases,
                        "destination_reason",
                        "escort",
                        "receiving_office",
                        "received_by",
                        "cancel_reason");
            case ENROLMENTS -> () -> texts(c, sealed, "enrolment", owned, cases, "override_reason");
            case AWARDS -> () -> account(c, sealed, "award", owned, cases);
            case PAYMENTS -> () -> account(c, sealed, "payment", owned, cases);
            case PROPOSALS -> () -> texts(c, sealed, "proposal", owned, cases, "summary", "reason");
            case PLANS ->
                () -> {
                    String plans = "SELECT id FROM reintegration_plan WHERE " + owned;
                    String services = "SELECT id FROM plan_service WHERE plan_id IN (" + plans + ")";
                    texts(c, sealed, "reintegration_plan", owned, cases, "close_reason");
                    texts(c, sealed, "plan_goal", "plan_id IN (" + plans + ")", cases, "goal");
                    texts(c, sealed, "plan_service", "plan_id IN (" + plans + ")", cases, "detail", "cancel_reason");
                    texts(
                            c,
                            sealed,
                            "service_referral",
                            "service_id IN (" + services + ")",
                            cases,
                            "override_reason",
                            "reason",
                            "end_reason");
                };
            case FOLLOW_UPS -> () -> texts(c, sealed, "follow_up", owned, cases, "notes");
            case ACCESS_GRANTS -> () -> texts(c, sealed, "access_grant", owned, cases, "reason");
            case SUBJECT_REQUESTS -> () -> texts(c, sealed, "subject_request", owned, cases, "details");
            case RISK_REVIEWS -> () -> texts(c, sealed, "risk_review", owned, cases, "objection");
        };
        work.run();
        if (kind.auditSummaries() && !(sealed && SealedColumns.sealed("audit_entry", "summary"))) {
            String table = Rows.table(kind.record());
            if (kind == ErasedText.POTENTIAL_DUPLICATES) {
                audit(
                        c,
                        kind.record(),
                        "SELECT id FROM " + table + " WHERE registered" + in + " OR existing" + in,
                        doubled(cases));
            } else {
                String where = kind == ErasedText.CASE_HISTORY ? "id" + in : owned;
                audit(c, kind.record(), "SELECT id FROM " + table + " WHERE " + where, cases);
            }
        }
    }

    private static List<UUID> doubled(List<UUID> cases) {
        List<UUID> both = new ArrayList<>(cases);
        both.addAll(cases);
        return both;
    }

    /** The account of awards or payments: the number {@link Erasure#ERASED_ACCOUNT_NUMBER}, the holder erased. */
    private static void account(Connection c, boolean sealed, String table, String where, List<UUID> cases)
            throws SQLException {
        if (sealed && SealedColumns.sealed(table, "account_number") && SealedColumns.sealed(table, "account_holder")) {
            return;
        }
        Rows.update(c, "UPDATE " + table + " SET account_number = ?, account_holder = ? WHERE " + where, s -> {
            s.setString(1, Erasure.ERASED_ACCOUNT_NUMBER);
            s.setString(2, Person.ERASED_NAME.value());
            bindAll(s, 3, cases);
        });
    }

    /**
     * On a store with keys, the one sealed text of the person's that another person's key seals: the resolution note
     * of a potential duplicate whose registered side is someone else (the note is sealed under the registration's
     * key, which stays), and the summaries of that duplicate's audit entries, sealed under their subject's key. They
     * are sealed again, removed, under that key.
     */
    private void sealedElsewhere(Connection c, List<UUID> cases, String in) throws SQLException {
        record Note(UUID id, UUID registered, String stored) {}
        List<Note> notes = Rows.list(
                c,
                "SELECT id, registered, note FROM potential_duplicate WHERE existing" + in + " AND NOT registered" + in,
                s -> {
                    bindAll(s, 1, cases);
                    bindAll(s, 1 + cases.size(), cases);
                },
                r -> new Note(Rows.uuid(r, "id"), Rows.uuid(r, "registered"), r.getString("note")));
        for (Note n : notes) {
            Sealing.PersonKey key = jdbc.sealing().key(c, n.registered());
            String row = n.id().toString();
            String text = key.text("potential_duplicate", "note", row, n.stored());
            String removed = Erasure.removed(text);
            if (java.util.Objects.equals(removed, text)) {
                continue;
            }
            String sealedNote = key.seal("potential_duplicate", "note", row, removed);
            Rows.update(c, "UPDATE potential_duplicate SET note = ? WHERE id = ?", s -> {
                s.setString(1, sealedNote);
                s.setObject(2, n.id());
            });
        }
        List<Note> audited = Rows.list(
                c,
                "SELECT e.id, e.subject_id, e.summary FROM audit_entry e JOIN potential_duplicate d"
                        + " ON e.record_type = ? AND e.record_id = CAST(d.id AS VARCHAR(36))"
                        + " WHERE d.existing" + in + " AND NOT d.registered" + in + " AND e.subject_id IS NOT NULL",
                s -> {
                    s.setString(1, RecordType.POTENTIAL_DUPLICATE.label());
                    bindAll(s, 2, cases);
                    bindAll(s, 2 + cases.size(), cases);
                },
                r -> new Note(Rows.uuid(r, "id"), Rows.uuid(r, "subject_id"), r.getString("summary")));
        for (Note e : audited) {
            if (cases.contains(e.registered())) {
                continue;
            }
            String summary = jdbc.sealing()
                    .key(c, e.registered())
                    .seal("audit_entry", "summary", e.id().toString(), Erasure.REMOVED);
            Rows.update(c, "DELETE FROM audit_change WHERE entry_id = ?", s -> s.setObject(1, e.id()));
            Rows.update(c, "UPDATE audit_entry SET summary = ? WHERE id = ?", s -> {
                s.setString(1, summary);
                s.setObject(2, e.id());
            });
        }
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

    /**
     * Removes the free texts of the rows a condition selects; on a store with keys only the columns it does not seal
     * (the sealed ones go with the person's key).
     */
    private static void texts(Connection c, boolean sealed, String table, String where, List<UUID> cases, String... all)
            throws SQLException {
        List<String> columns = java.util.Arrays.stream(all)
                .filter(column -> !(sealed && SealedColumns.sealed(table, column)))
                .toList();
        if (columns.isEmpty()) {
            return;
        }
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            set.append(set.length() == 0 ? "" : ", ").append(removed(column));
        }
        Rows.update(c, "UPDATE " + table + " SET " + set + " WHERE " + where, s -> {
            for (int i = 0; i < columns.size(); i++) {
                s.setString(i + 1, Erasure.REMOVED);
            }
            bindAll(s, columns.size() + 1, cases);
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
