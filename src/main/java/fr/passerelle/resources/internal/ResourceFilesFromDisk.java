package fr.passerelle.resources.internal;

import fr.passerelle.common.database.DiskFiles;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, moves into {@code resource_file} the files that versions before V48 kept under the data folder
 * ({@code resources/<file_key>}), each with its resource in one statement that clears the key: an instance that finds
 * the key cleared by another does nothing. The files an instance does not hold wait for the instance that does.
 */
@Component
public class ResourceFilesFromDisk implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final Path folder;

    ResourceFilesFromDisk(JdbcClient jdbc, @Value("${passerelle.data-dir}") Path dataDir) {
        this.jdbc = jdbc;
        this.folder = dataDir.resolve("resources");
    }

    @Override
    public void run(ApplicationArguments args) {
        move();
    }

    /** How many files were moved. */
    public int move() {
        return DiskFiles.moveIntoDatabase(
                folder,
                jdbc.sql("select file_key from resource where file_key is not null")
                        .query(String.class)
                        .list(),
                this::take);
    }

    private boolean take(String key, byte[] content) {
        return jdbc.sql(
                                """
                                with taken as (update resource set file_key = null where file_key = :key returning id)
                                insert into resource_file (resource_id, content) select id, :content from taken
                                """)
                        .param("key", key)
                        .param("content", content)
                        .update()
                == 1;
    }
}
