package fr.passerelle.common.database;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table that keeps the bytes of one file for each row of another, keyed by that row's id (the owner column, its
 * primary key) with the bytes in {@code content}; read and written in the caller's transaction, so that every
 * instance of the platform serves the same files.
 *
 * @param table the table's name, as the module's migration wrote it
 * @param ownerColumn the column holding the owner's id
 */
public record ContentTable(JdbcClient jdbc, String table, String ownerColumn) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Only plain lower-case names: they are written into the statements. */
    public ContentTable {
        if (!NAME.matcher(table).matches() || !NAME.matcher(ownerColumn).matches()) {
            throw new IllegalArgumentException("Not a plain table or column name: " + table + "." + ownerColumn);
        }
    }

    /** Writes the owner's file, replacing the one it had. */
    public void write(UUID owner, byte[] content) {
        jdbc.sql("insert into " + table + " (" + ownerColumn + ", content) values (:owner, :content)" + " on conflict ("
                        + ownerColumn + ") do update set content = excluded.content")
                .param("owner", owner)
                .param("content", content)
                .update();
    }

    /** The owner's file, if it has one. */
    public Optional<byte[]> read(UUID owner) {
        return jdbc.sql("select content from " + table + " where " + ownerColumn + " = :owner")
                .param("owner", owner)
                .query(byte[].class)
                .optional();
    }

    public void remove(UUID owner) {
        jdbc.sql("delete from " + table + " where " + ownerColumn + " = :owner")
                .param("owner", owner)
                .update();
    }
}
