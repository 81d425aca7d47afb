package fr.passerelle.directory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the organisation and scheme tables share beyond their status: entries read back in the order of their ids, and
 * the other platform an entry was imported from.
 */
final class EntryRows {

    private EntryRows() {}

    /** The entries that the query (its ids bound as {@code :ids}) finds, in the order of the ids. */
    static <T> List<T> inOrderOf(
            JdbcClient jdbc, String query, List<UUID> ids, RowMapper<T> row, Function<T, UUID> idOf) {
        Map<UUID, T> byId = new HashMap<>();
        jdbc.sql(query)
                .param("ids", ids.toArray(UUID[]::new))
                .query(row)
                .list()
                .forEach(entry -> byId.put(idOf.apply(entry), entry));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Records under which source and identifier the entry of the table ({@code organisation} or {@code scheme}) came. */
    static void setSource(JdbcClient jdbc, String table, UUID id, SourceKey key) {
        jdbc.sql("update " + table + " set source = :source, source_id = :sourceId where id = :id")
                .param("source", key.source())
                .param("sourceId", key.id())
                .param("id", id)
                .update();
    }
}
