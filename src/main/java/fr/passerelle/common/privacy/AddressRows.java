package fr.passerelle.common.privacy;

import java.time.OffsetDateTime;
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
    private String history;

    protected AddressRows(JdbcClient jdbc, String section, String export, String... erasure) {
        this.jdbc = jdbc;
        this.section = section;
        this.export = export;
        this.erasure = List.of(erasure);
    }

    /**
     * The query of the person's history under {@code :email}: one row per item, labelled {@code le} (a moment),
     * {@code nature}, {@code sujet}, {@code etat} (or null) and {@code lien} (or null); see {@link HistoryItem}.
     */
    protected final void historyFrom(String query) {
        this.history = query;
    }

    @Override
    public List<HistoryItem> history(String email) {
        if (history == null) {
            return List.of();
        }
        return jdbc.sql(history)
                .param("email", email)
                .query((rs, row) -> new HistoryItem(
                        rs.getObject("le", OffsetDateTime.class),
                        rs.getString("nature"),
                        rs.getString("sujet"),
                        rs.getString("etat"),
                        rs.getString("lien")))
                .list();
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
