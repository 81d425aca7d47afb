package fr.passerelle.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import fr.passerelle.testing.PlatformTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The embedded PostgreSQL trusts no local user: a connection without the generated password is refused, the
 * password sits in the data folder for its owner alone, the data folder is its owner's alone, and the binaries it
 * runs are not in the shared temporary folder.
 */
@PlatformTest
class EmbeddedPostgresSecurityTests {

    @Autowired
    DataSource dataSource;

    @Value("${passerelle.data-dir}")
    Path dataDir;

    @Test
    void aLocalUserWithoutThePasswordIsRefused() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        Properties noPassword = new Properties();
        noPassword.setProperty("user", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword).close())
                .hasMessageContaining("password");
        Properties wrong = new Properties();
        wrong.setProperty("user", "postgres");
        wrong.setProperty("password", "devine");
        assertThatThrownBy(() -> DriverManager.getConnection(url, wrong).close())
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void theDataFolderAndThePasswordAreTheOwnersAlone() throws Exception {
        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("postgres"))).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("postgres.secret"))).isEqualTo("rw-------");
    }

    @Test
    void theBinariesAreNotInTheSharedTemporaryFolder() throws Exception {
        String command = Files.readString(dataDir.resolve("postgres/postmaster.opts"));
        assertThat(command).doesNotContain(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg") + "/");
        Path postgres = Path.of(command.split(" ")[0].replace("\"", ""));
        Path binaries = postgres.getParent().getParent().getParent();
        assertThat(binaries.getFileName()).hasToString("postgres-binaries");
        assertThat(binaries.getParent())
                .as("the data folder holding them")
                .satisfies(folder -> assertThat(permissions(folder)).isEqualTo("rwx------"));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
