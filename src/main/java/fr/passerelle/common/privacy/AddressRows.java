package fr.passerelle.common.privacy;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a module keeps under addresses, told by its SQL: the export's query, whose column labels are the export's
 * fields (read by {@link ExportRow}), and the statements that erase it, run in their order; each is given the
 * address as {@code :email}. A module whose erasure needs more (a seat to free first) adds it around {@link #erase}.
 */
public abstract class AddressRows implements AddressData {

    private final JdbcClient jdbc;
    private final String section;
    private final String export;
    private final List<String> erasure;

    protected AddressRows(JdbcClient jdbc, String section, String export, String... erasure) {
        this.jdbc = jdbc;
        this.section = section;
        this.export = export;
        this.erasure = List.of(erasure);
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql(export).param("email", email).query(ExportRow.BY_LABEL).list();
    }

    @Override
    public void erase(String email) {
        erasure.forEach(statement -> jdbc.sql(statement).param("email", email).update());
    }
}
