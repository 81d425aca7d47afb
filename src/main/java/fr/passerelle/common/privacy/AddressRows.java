package fr.passerelle.common.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a module keeps under addresses, told by its SQL: the export's query, whose column labels are the export's
 * fields (read by {@link ExportRow}), and the statements that erase it, run in their order; each is given the
 * address as {@code :email}. A module whose erasure needs more (a seat to free first) adds it around {@link #erase}.
 * A part whose rows belong to regional networks says so ({@link #keptByNetwork()}): its statements then read the
 * scope's network as {@code :network} (null for the national level, which reaches every row).
 */
public abstract class AddressRows implements AddressData {

    private final JdbcClient jdbc;
    private final String section;
    private final String export;
    private final List<String> erasure;
    private String history;
    private boolean byNetwork;

    protected AddressRows(JdbcClient jdbc, String section, String export, String... erasure) {
        this.jdbc = jdbc;
        this.section = section;
        this.export = export;
        this.erasure = List.of(erasure);
    }

    /**
     * Declares that this part's rows belong to networks: each of its statements narrows them to the network
     * {@code :network} when it is not null, as in {@code and (cast(:network as uuid) is null or e.network_id =
     * cast(:network as uuid))}.
     */
    protected final void keptByNetwork() {
        this.byNetwork = true;
    }

    /** Whether a scope reaches this part's rows at all: the national level always, a network only when kept by one. */
    protected final boolean reaches(PersonScope scope) {
        return scope.national() || byNetwork;
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
        return history(email, PersonScope.NATIONAL);
    }

    @Override
    public List<HistoryItem> history(String email, PersonScope scope) {
        if (history == null || !reaches(scope)) {
            return List.of();
        }
        return jdbc.sql(history)
                .param("email", email)
                .param("network", scope.network())
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
        return export(email, PersonScope.NATIONAL);
    }

    @Override
    public List<Map<String, Object>> export(String email, PersonScope scope) {
        if (!reaches(scope)) {
            return List.of();
        }
        return jdbc.sql(export)
                .param("email", email)
                .param("network", scope.network())
                .query(ExportRow.BY_LABEL)
                .list();
    }

    @Override
    public void erase(String email) {
        erase(email, PersonScope.NATIONAL);
    }

    @Override
    public void erase(String email, PersonScope scope) {
        if (reaches(scope)) {
            erasure.forEach(statement -> jdbc.sql(statement)
                    .param("email", email)
                    .param("network", scope.network())
                    .update());
        }
    }
}
