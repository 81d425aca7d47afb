package fr.passerelle.common.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import com.zaxxer.hikari.util.DriverDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, patient under load and quick during an outage: a request waits up to
 * {@link DatabaseOutage#BUSY_TIMEOUT} for a connection while the server answers (a rush of registrations queues
 * rather than fails), but only {@link DatabaseOutage#CONNECTION_TIMEOUT} while opening a connection fails, until one
 * opens again, so that an outage is answered 503 within seconds. The pool of the embedded and of an external
 * PostgreSQL ({@code spring.datasource.type}).
 */
public class OutageAwareDataSource extends HikariDataSource {

    private static final Logger log = LoggerFactory.getLogger(OutageAwareDataSource.class);

    private volatile boolean watching;
    private volatile boolean unreachable;

    public OutageAwareDataSource() {
        setConnectionTimeout(DatabaseOutage.BUSY_TIMEOUT.toMillis());
    }

    /**
     * A connection within {@link DatabaseOutage#CONNECTION_TIMEOUT}; past it, if the database answers (the pool is
     * only busy), the rest of {@link DatabaseOutage#BUSY_TIMEOUT}.
     */
    @Override
    public Connection getConnection() throws SQLException {
        if (!watching) {
            watchOpenings();
        }
        if (!(getHikariPoolMXBean() instanceof HikariPool pool)) {
            return super.getConnection();
        }
        try {
            return pool.getConnection(DatabaseOutage.CONNECTION_TIMEOUT.toMillis());
        } catch (SQLTransientConnectionException e) {
            if (unreachable) {
                throw e;
            }
            return pool.getConnection(DatabaseOutage.BUSY_TIMEOUT
                    .minus(DatabaseOutage.CONNECTION_TIMEOUT)
                    .toMillis());
        }
    }

    /** Before the pool starts: the pool opens its connections through a watcher of their success. */
    private synchronized void watchOpenings() {
        if (!watching && getDataSource() == null && getJdbcUrl() != null) {
            Properties properties = new Properties();
            properties.putAll(getDataSourceProperties());
            setDataSource(new Openings(new DriverDataSource(
                    getJdbcUrl(), getDriverClassName(), properties, getUsername(), getPassword())));
        }
        watching = true;
    }

    private void reachable(boolean reachable) {
        if (unreachable == reachable) {
            unreachable = !reachable;
            log.warn(
                    reachable
                            ? "The database answers again"
                            : "The database cannot be reached: requests wait for it "
                                    + DatabaseOutage.CONNECTION_TIMEOUT.toSeconds() + " s at most");
        }
    }

    /** Opens the pool's connections and says whether the database could be reached. */
    private final class Openings extends DelegatingDataSource {

        Openings(DataSource driver) {
            super(driver);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watched(super::getConnection);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watched(() -> super.getConnection(username, password));
        }

        private Connection watched(Opening opening) throws SQLException {
            try {
                Connection connection = opening.open();
                reachable(true);
                return connection;
            } catch (SQLException e) {
                reachable(false);
                throw e;
            }
        }
    }

    private interface Opening {
        Connection open() throws SQLException;
    }
}
