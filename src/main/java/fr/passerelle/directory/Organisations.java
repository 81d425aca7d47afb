package fr.passerelle.directory;

import fr.passerelle.accounts.OrganisationCatalog;
import fr.passerelle.accounts.OrganisationRef;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's facade for organisations; also the catalogue that memberships of users choose from. */
@Service
@Transactional(readOnly = true)
public class Organisations implements OrganisationCatalog {

    private static final String SELECT = "select id, name, kind from organisation";

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OrganisationRef> all() {
        return jdbc.sql(SELECT + " order by name").query(Organisations::ref).list();
    }

    @Override
    public Optional<OrganisationRef> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(Organisations::ref)
                .optional();
    }

    /** The organisation of that name (accents and case ignored), created when missing. */
    @Transactional
    public UUID findOrCreate(String name, OrganisationKind kind) {
        jdbc.sql("insert into organisation (name, kind) values (:name, :kind) on conflict do nothing")
                .param("name", name)
                .param("kind", kind.dbValue())
                .update();
        return jdbc.sql("select id from organisation where search_normalize(name) = search_normalize(:name)")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private static OrganisationRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OrganisationRef(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"));
    }
}
