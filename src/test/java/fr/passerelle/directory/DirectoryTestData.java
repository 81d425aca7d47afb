package fr.passerelle.directory;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory's own clean-up of what other modules' tests made through its API: the directory deletes no
 * organisation (an entry leaves by moderation), but a test's must go, so that the shared demonstration data stays as
 * it was.
 */
public final class DirectoryTestData {

    private DirectoryTestData() {}

    /** Deletes an organisation made by a test, with what hangs on it. */
    public static void remove(JdbcClient jdbc, UUID organisation) {
        jdbc.sql("delete from organisation where id = :id")
                .param("id", organisation)
                .update();
    }
}
