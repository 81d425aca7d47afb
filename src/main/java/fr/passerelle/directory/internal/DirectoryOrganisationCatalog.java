package fr.passerelle.directory.internal;

import fr.passerelle.accounts.OrganisationCatalog;
import fr.passerelle.accounts.OrganisationRef;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organisations users can be members of: every organisation but proposals and rejected ones. */
@Component
record DirectoryOrganisationCatalog(JdbcClient jdbc) implements OrganisationCatalog {
    private static final String SELECT = "select id, name, kind from organisation where status = 'published'";

    @Override
    public List<OrganisationRef> all() {
        return jdbc.sql(SELECT + " and kind <> 'initiative' order by name")
                .query(this::ref)
                .list();
    }

    @Override
    public Optional<OrganisationRef> find(UUID id) {
        return jdbc.sql(SELECT + " and id = :id")
                .param("id", id)
                .query(this::ref)
                .optional();
    }

    private OrganisationRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OrganisationRef(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"));
    }
}
