package fr.passerelle.common.privacy;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads a row of a person's export: each column under its label, in the query's order, so that the query names the
 * export's fields ({@code c.created_at as demande_le}). Numbers stay numbers; a moment reads as JDBC writes it
 * ("2026-05-04 10:30:00.0"); every other value (text, identifier, JSON) as the database's text of it; null stays null.
 */
public final class ExportRow {

    /** The row mapper that reads every row this way. */
    public static final RowMapper<Map<String, Object>> BY_LABEL = ExportRow::read;

    private ExportRow() {}

    private static Map<String, Object> read(ResultSet rs, int row) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
            values.put(columns.getColumnLabel(column), plain(rs, column));
        }
        return values;
    }

    private static Object plain(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null || value instanceof Number) {
            return value;
        }
        return value instanceof Date moment ? moment.toString() : rs.getString(column);
    }
}
