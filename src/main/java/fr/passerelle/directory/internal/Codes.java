package fr.passerelle.directory.internal;

import fr.passerelle.common.Vocabulary;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Conversions between vocabulary values and the codes the database stores. */
final class Codes {

    private Codes() {}

    static <E extends Enum<E> & Vocabulary> E one(Class<E> type, String code) {
        return code == null ? null : Vocabulary.parse(type, code).orElseThrow();
    }

    static <E extends Enum<E> & Vocabulary> List<E> list(Class<E> type, Array array) throws SQLException {
        return strings(array).stream().map(code -> one(type, code)).toList();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    static String[] array(Collection<? extends Vocabulary> values) {
        return values == null
                ? new String[0]
                : values.stream().map(Vocabulary::code).toArray(String[]::new);
    }

    static String code(Vocabulary value) {
        return value == null ? null : value.code();
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
