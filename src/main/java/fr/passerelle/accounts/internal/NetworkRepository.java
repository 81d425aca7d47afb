package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.Network;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The regional networks and the network each user works for. */
@Repository
@RequiredArgsConstructor
public class NetworkRepository {

    private static final String SELECT =
            """
            select n.id, n.name, n.region_codes,
                   (select count(*) from user_account u join user_role r on r.user_id = u.id and r.role = 'COORDINATOR'
                     where u.network_id = n.id and u.enabled) as coordinators
            from network n
            """;

    private final JdbcClient jdbc;

    public List<Network> all() {
        return jdbc.sql(SELECT + " order by n.created_at, n.name")
                .query(NetworkRepository::network)
                .list();
    }

    public Optional<Network> find(UUID id) {
        return jdbc.sql(SELECT + " where n.id = :id")
                .param("id", id)
                .query(NetworkRepository::network)
                .optional();
    }

    /** Creates the network, or returns empty when the name is taken. */
    public Optional<UUID> create(String name, List<String> regionCodes) {
        return jdbc.sql("insert into network (name, region_codes) values (:name, :codes)"
                        + " on conflict (name) do nothing returning id")
                .param("name", name.strip())
                .param("codes", regionCodes.toArray(String[]::new))
                .query(UUID.class)
                .optional();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from network where lower(name) = lower(:name))")
                .param("name", name.strip())
                .query(Boolean.class)
                .single();
    }

    public void assign(UUID userId, UUID networkId) {
        jdbc.sql("update user_account set network_id = :network where id = :id")
                .param("network", networkId)
                .param("id", userId)
                .update();
    }

    public UUID networkOf(UUID userId) {
        return jdbc.sql("select network_id from user_account where id = :id")
                .param("id", userId)
                .query(UUID.class)
                .optional()
                .orElse(Network.DEFAULT);
    }

    private static Network network(ResultSet rs, int row) throws SQLException {
        return new Network(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                Arrays.asList((String[]) rs.getArray("region_codes").getArray()),
                rs.getInt("coordinators"));
    }
}
