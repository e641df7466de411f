package id.pulih.jdbc;

import java.util.List;

/**
 * The catalogue of sealed columns: every column of the schema that holds a person's identifiers, name, exact birth
 * date, free text or specific data, by table, with how its rows are named (the associated data of its ciphertext)
 * and how a row finds its person. The writers and readers seal and open these columns; the in-place migration, the
 * tests of encryption and the README's list are read from here.
 */
final class SealedColumns {
    private SealedColumns() {}

    /**
     * One table's sealed columns.
     *
     * @param name the table
     * @param key the columns whose values, joined with {@code /}, name a row
     * @param person the SQL expression of the row's person, over the table aliased {@code t} and {@link #joins}
     * @param joins the joins that reach the person, or empty
     * @param columns the sealed columns
     */
    record Table(String name, List<String> key, String person, String joins, List<String> columns) {}

    /** Every table with sealed columns; the beneficiary first. */
    static final List<Table> TABLES = List.of(
            new Table(
                    "beneficiary",
                    List.of("id"),
                    "t.id",
                    "",
                    List.of(
                            "name",
                            "birth_date",
                            "nik",
                            "family_card",
                            "phone",
                            "exploitation",
                            "control",
                            "sector",
                            "recruiter",
                            "account_number",
                            "account_holder")),
            child("beneficiary_assessment", List.of("beneficiary_id", "seq"), "vulnerabilities", "risks", "needs"),
            child("beneficiary_status_change", List.of("beneficiary_id", "seq"), "reason"),
            child(
                    "beneficiary_correction",
                    List.of("beneficiary_id", "seq", "pos"),
                    "reason",
                    "before_value",
                    "after_value"),
            new Table("potential_duplicate", List.of("id"), "t.registered", "", List.of("note")),
            owned("stay", "discharge_note"),
            new Table(
                    "stay_service",
                    List.of("stay_id", "seq"),
                    "s.beneficiary_id",
                    " JOIN stay s ON s.id = t.stay_id",
                    List.of("detail")),
            owned("repatriation", "destination_reason", "cancel_reason"),
            owned("access_grant", "reason"),
            owned("access_log", "purpose"),
            new Table("audit_entry", List.of("id"), "t.subject_id", "", List.of("summary")),
            new Table(
                    "audit_change",
                    List.of("entry_id", "pos"),
                    "e.subject_id",
                    " JOIN audit_entry e ON e.id = t.entry_id",
                    List.of("before_value", "after_value")),
            owned("enrolment", "override_reason"),
            owned("award", "account_number", "account_holder"),
            owned("payment", "account_number", "account_holder"),
            owned("proposal", "summary", "reason"),
            owned("reintegration_plan", "close_reason"),
            new Table(
                    "plan_goal",
                    List.of("plan_id", "seq"),
                    "p.beneficiary_id",
                    " JOIN reintegration_plan p ON p.id = t.plan_id",
                    List.of("goal")),
            new Table(
                    "plan_service",
                    List.of("id"),
                    "p.beneficiary_id",
                    " JOIN reintegration_plan p ON p.id = t.plan_id",
                    List.of("detail", "cancel_reason")),
            new Table(
                    "service_referral",
                    List.of("service_id", "seq"),
                    "p.beneficiary_id",
                    " JOIN plan_service ps ON ps.id = t.service_id JOIN reintegration_plan p ON p.id = ps.plan_id",
                    List.of("override_reason", "reason", "end_reason")),
            owned("follow_up", "observed", "notes"),
            owned("closure_request", "note", "return_reason"));

    /** A table with an id and a {@code beneficiary_id}. */
    private static Table owned(String name, String... columns) {
        return new Table(name, List.of("id"), "t.beneficiary_id", "", List.of(columns));
    }

    /** A child table of the beneficiary, named by its {@code beneficiary_id} and sequence numbers. */
    private static Table child(String name, List<String> key, String... columns) {
        return new Table(name, key, "t.beneficiary_id", "", List.of(columns));
    }

    /** Whether a column is sealed. */
    static boolean sealed(String table, String column) {
        for (Table t : TABLES) {
            if (t.name().equals(table) && t.columns().contains(column)) {
                return true;
            }
        }
        return false;
    }
}
