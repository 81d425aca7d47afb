package fr.passerelle.common.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database outage (no connection, the server stopping or starting) from any other failure, so that the web
 * answers it at once with 503 and {@code Retry-After} instead of a 500 after a long wait.
 */
public final class DatabaseOutage {

    /** How long a request waits for a connection once opening one has failed: then the database is unavailable. */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    /** How long a request waits for a connection while the database answers and every connection is busy. */
    public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(30);

    /** What {@code Retry-After} tells clients during an outage. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private DatabaseOutage() {}

    /** Whether this failure, or one of its causes, says that the database cannot be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (isOutage(e)) {
                return true;
            }
            // A rollback that failed on a closed connection hides the failure that made it roll back.
            if (e instanceof TransactionSystemException rollback && isCause(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable e) {
        return e instanceof CannotGetJdbcConnectionException
                || e instanceof DataAccessResourceFailureException
                || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof ConnectException
                || e instanceof SQLException sql && (isOutageState(sql.getSQLState()) || isEvicted(sql));
    }

    /**
     * The pool's answer on a connection it closed because the server broke it (a failed commit's rollback meets
     * it, and the commit's own failure is then lost): a plain exception with this text and no state.
     */
    private static boolean isEvicted(SQLException e) {
        return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
    }

    /** 08: connection exceptions; 57P01-57P03: the server shuts down, crashed or cannot take connections yet. */
    private static boolean isOutageState(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[1-3]"));
    }
}
