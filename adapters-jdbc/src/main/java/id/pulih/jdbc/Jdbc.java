package id.pulih.jdbc;

import id.pulih.beneficiary.OneCasePerNik;
import id.pulih.grant.OneAward;
import id.pulih.grant.OnePaymentPerAward;
import id.pulih.guidance.OneEnrolment;
import id.pulih.reintegration.OneActivePlan;
import id.pulih.repatriation.OneActiveReturn;
import id.pulih.shared.ConflictException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shelter.OneOpenStay;
import id.pulih.shelter.UniqueShelterCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Connections and transactions for the JDBC store: a transaction binds one connection to the calling thread; port
 * calls on that thread use it; outside a transaction each call gets its own auto-committed connection. Every
 * {@link SQLException} is translated here into a Pulih exception.
 */
final class Jdbc {
    /**
     * The unique indexes behind the store's uniqueness rules, each read as the error its rule raises: the rule objects
     * check before a write, and an index that fires anyway (a concurrent write) says the same.
     */
    private static final Map<String, Function<String, ConflictException>> UNIQUE_RULES = Map.ofEntries(
            Map.entry("uq_beneficiary_nik", OneCasePerNik::violation),
            Map.entry("uq_shelter_code", UniqueShelterCode::violation),
            Map.entry("uq_stay_open", OneOpenStay::violation),
            Map.entry("uq_repatriation_active", OneActiveReturn::violation),
            Map.entry("uq_enrolment", OneEnrolment::violation),
            Map.entry("uq_award", OneAward::violation),
            Map.entry("uq_payment_active", OnePaymentPerAward::violation),
            // a second PAID payment is also a second payment that is not REJECTED: the same rule, whichever fires
            Map.entry("uq_payment_paid", OnePaymentPerAward::violation),
            Map.entry("uq_plan_active", OneActivePlan::violation),
            Map.entry("uq_closure_pending", id.pulih.beneficiary.OnePendingClosure::violation));

    private final DataSource dataSource;
    private final boolean postgres;
    private final Sealing sealing;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    Jdbc(DataSource dataSource, boolean postgres, Sealing sealing) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.sealing = sealing;
    }

    /** How the sealed columns are written and read: plain, or with keys. */
    Sealing sealing() {
        return sealing;
    }

    boolean isPostgres() {
        return postgres;
    }

    DataSource dataSource() {
        return dataSource;
    }

    <T> T call(SqlWork<T> work) {
        Connection tx = current.get();
        try {
            if (tx != null) {
                return work.apply(tx);
            }
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                return work.apply(c);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw translate(e);
        }
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            // the connection was opened but no transaction began: close it, or a pool would leak it
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw translate(e);
        }
        current.set(c);
        try {
            T result = work.get();
            c.commit();
            return result;
        } catch (SQLException e) {
            rollback(c, e);
            throw translate(e);
        } catch (RuntimeException | Error e) {
            rollback(c, e);
            throw e;
        } finally {
            current.remove();
            try {
                c.close();
            } catch (SQLException ignored) {
                // the connection is discarded; a failed close loses nothing that was not already rolled back
            }
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The violated constraint's name, where the driver reports it (PostgreSQL does); else null. */
    private static String constraintName(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null) {
            String name = pg.getServerErrorMessage().getConstraint();
            return name == null ? null : name.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Whether a message names a constraint, as H2 does ({@code PUBLIC.UQ_STAY_OPEN_INDEX_2 ON ...}). */
    private static boolean mentions(String message, String name) {
        for (int at = message.indexOf(name); at >= 0; at = message.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(message.charAt(at - 1));
            boolean endsWord = end == message.length()
                    || !Character.isLetterOrDigit(message.charAt(end))
                    || message.startsWith("_index", end);
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    static PulihException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505") || state.equals("23001")) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            String constraint = constraintName(e);
            for (Map.Entry<String, Function<String, ConflictException>> rule : UNIQUE_RULES.entrySet()) {
                if (rule.getKey().equals(constraint) || (constraint == null && mentions(message, rule.getKey()))) {
                    return rule.getValue().apply(null);
                }
            }
            return RecordError.DUPLICATE.conflict(RecordType.RECORD, null);
        }
        if (state.startsWith("23")) {
            return StoreError.CONSTRAINT.refuse(withoutText(e), state);
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return RecordError.CONCURRENT.conflict(RecordType.RECORD, null);
        }
        if (state.equals("HYT00") || state.equals("55P03")) {
            // H2's lock timeout (50200) and PostgreSQL's lock_not_available: busy, not broken
            return StoreError.BUSY.refuse(withoutText(e), state);
        }
        if (state.startsWith("08")) {
            return StoreError.UNAVAILABLE.refuse(withoutText(e), "");
        }
        return StoreError.FAILURE.refuse(withoutText(e), state);
    }

    /**
     * The driver's exception as a cause that can be logged: its SQL state, vendor code, class and stack trace, without
     * its message. A driver's message quotes the statement, its parameters or the row that broke a rule (PostgreSQL's
     * {@code Key (nik)=(...)}, H2's {@code SQL statement: ... {1: '5201...'}}), so a NIK, a name or an account would
     * reach every log that prints the cause. Each exception of the chain ({@link SQLException#getNextException} and
     * causes) is replaced the same way.
     */
    static SQLException withoutText(SQLException e) {
        return withoutText(e, 0);
    }

    private static SQLException withoutText(SQLException e, int depth) {
        SQLException copy = new SQLException(
                "SQL state " + e.getSQLState() + ", vendor code " + e.getErrorCode() + " ("
                        + e.getClass().getName() + "; its message is withheld: it may quote row data)",
                e.getSQLState(),
                e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        if (depth < 8) {
            if (e.getNextException() != null) {
                copy.setNextException(withoutText(e.getNextException(), depth + 1));
            }
            if (e.getCause() instanceof SQLException cause && cause != e) {
                copy.initCause(withoutText(cause, depth + 1));
            }
        }
        return copy;
    }
}
