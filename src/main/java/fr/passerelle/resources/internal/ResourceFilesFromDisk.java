package fr.passerelle.resources.internal;

import fr.passerelle.common.database.DiskFiles;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, moves into {@code resource_file} the files that versions before V48 kept under the data folder
 * ({@code resources/<file_key>}), each with its resource in one statement that clears the key: an instance that finds
 * the key cleared by another does nothing. The files an instance does not hold wait for the instance that does.
 */
@Component
public class ResourceFilesFromDisk extends DiskFiles {

    ResourceFilesFromDisk(JdbcClient jdbc, @Value("${passerelle.data-dir}") Path dataDir) {
        super(jdbc, dataDir.resolve("resources"));
    }

    @Override
    protected List<String> waiting() {
        return jdbc.sql("select file_key from resource where file_key is not null")
                .query(String.class)
                .list();
    }

    @Override
    protected boolean take(String key, byte[] content) {
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
