package fr.passerelle.common.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The embedded PostgreSQL asks every connection for the generated password (SCRAM), instead of trusting every local
 * user as the embedded library sets it up. A new folder gets it from initdb; a folder made by an earlier version
 * (trust) gets its password set and its rules rewritten on the first start.
 */
final class PasswordAuthentication {

    static final String RULES =
            """
            # Written by Passerelle: every connection gives the generated password (data folder, postgres.secret).
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private PasswordAuthentication() {}

    /** Whether the folder's rules still trust connections without a password. */
    static boolean trusting(Path dir) {
        try {
            return !Files.readString(dir.resolve("pg_hba.conf")).equals(RULES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the password on a running server that trusts, then asks for it from the next connection on. */
    static void require(Path dir, String jdbcUrl, String user, String secret) {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", secret);
        try (var connection = DriverManager.getConnection(jdbcUrl, login);
                var statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + user + " password '" + secret.replace("'", "''") + "'");
            Files.writeString(dir.resolve("pg_hba.conf"), RULES);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's password", e);
        }
    }
}
