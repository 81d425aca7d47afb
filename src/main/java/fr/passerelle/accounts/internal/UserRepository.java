package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class UserRepository {

    private static final String SELECT =
            """
            select u.id, u.email, u.display_name, u.enabled, u.network_id, u.password_hash, u.created_at, u.last_sign_in_at,
                   coalesce((select array_agg(r.role order by r.role) from user_role r where r.user_id = u.id), '{}') as roles,
                   coalesce((select array_agg(m.organisation_id order by m.since) from membership m where m.user_id = u.id), '{}')
                       as organisations
            from user_account u
            """;

    private final JdbcClient jdbc;

    Optional<AccountUser> principal(String email) {
        return jdbc.sql(SELECT + " where u.email = :email")
                .param("email", normalize(email))
                .query((rs, row) -> new AccountUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        roles(rs),
                        java.util.Set.copyOf(Arrays.asList(
                                (UUID[]) rs.getArray("organisations").getArray())),
                        rs.getObject("network_id", UUID.class),
                        rs.getBoolean("enabled"),
                        rs.getString("password_hash")))
                .optional();
    }

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id")
                .param("id", id)
                .query(UserRepository::account)
                .optional();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql(SELECT + " where u.email = :email")
                .param("email", normalize(email))
                .query(UserRepository::account)
                .optional();
    }

    public List<UserAccount> search(String query, int offset, int limit) {
        return jdbc.sql(
                        SELECT + " where :q = '' or u.email ilike '%' || :q || '%' or search_normalize(u.display_name)"
                                + " like '%' || search_normalize(:q) || '%' order by u.display_name, u.email offset :offset limit :limit")
                .param("q", query)
                .param("offset", offset)
                .param("limit", limit)
                .query(UserRepository::account)
                .list();
    }

    /** The active users belonging to one of these organisations. */
    public List<UserAccount> activeMembers(java.util.Collection<UUID> organisationIds) {
        return jdbc.sql(SELECT + " where u.enabled and exists (select 1 from membership m where m.user_id = u.id"
                        + " and m.organisation_id = any(:organisations)) order by u.email")
                .param("organisations", organisationIds.toArray(UUID[]::new))
                .query(UserRepository::account)
                .list();
    }

    public List<UserAccount> activeWithRole(Role role) {
        return jdbc.sql(SELECT + " where u.enabled and exists (select 1 from user_role r where r.user_id = u.id"
                        + " and r.role = :role) order by u.email")
                .param("role", role.name())
                .query(UserRepository::account)
                .list();
    }

    public long count(String query) {
        return jdbc.sql("select count(*) from user_account u where :q = '' or u.email ilike '%' || :q || '%'"
                        + " or search_normalize(u.display_name) like '%' || search_normalize(:q) || '%'")
                .param("q", query)
                .query(Long.class)
                .single();
    }

    /** Creates the user, or returns empty when the e-mail address is taken. */
    public Optional<UUID> create(String email, String displayName, Set<Role> roles) {
        Optional<UUID> id = jdbc.sql("insert into user_account (email, display_name) values (:email, :name)"
                        + " on conflict (email) do nothing returning id")
                .param("email", normalize(email))
                .param("name", displayName.strip())
                .query(UUID.class)
                .optional();
        id.ifPresent(userId -> setRoles(userId, roles));
        return id;
    }

    public void setRoles(UUID userId, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = :id")
                .param("id", userId)
                .update();
        roles.forEach(role -> jdbc.sql("insert into user_role values (:id, :role)")
                .param("id", userId)
                .param("role", role.name())
                .update());
    }

    public void setDisplayName(UUID userId, String displayName) {
        jdbc.sql("update user_account set display_name = :name where id = :id")
                .param("name", displayName.strip())
                .param("id", userId)
                .update();
    }

    /** Deletes the account and what hangs on it (roles, memberships, tokens and links). */
    public void delete(UUID userId) {
        jdbc.sql("delete from user_account where id = :id").param("id", userId).update();
    }

    /**
     * Ends every open session of the user, in the transaction that changes their rights: a session keeps the
     * roles and memberships it was opened with, so it must not outlive them.
     */
    public void endSessions(UUID userId) {
        jdbc.sql("delete from spring_session where principal_name = (select email from user_account where id = :id)")
                .param("id", userId)
                .update();
    }

    public void setEnabled(UUID userId, boolean enabled) {
        jdbc.sql("update user_account set enabled = :enabled where id = :id")
                .param("enabled", enabled)
                .param("id", userId)
                .update();
    }

    public void setPasswordHash(UUID userId, String hash) {
        jdbc.sql("update user_account set password_hash = :hash where id = :id")
                .param("hash", hash)
                .param("id", userId)
                .update();
    }

    public void addMembership(UUID userId, UUID organisationId) {
        jdbc.sql("insert into membership (user_id, organisation_id) values (:user, :org) on conflict do nothing")
                .param("user", userId)
                .param("org", organisationId)
                .update();
    }

    public void removeMembership(UUID userId, UUID organisationId) {
        jdbc.sql("delete from membership where user_id = :user and organisation_id = :org")
                .param("user", userId)
                .param("org", organisationId)
                .update();
    }

    void signedIn(String email) {
        jdbc.sql("update user_account set last_sign_in_at = now() where email = :email")
                .param("email", normalize(email))
                .update();
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getBoolean("enabled"),
                rs.getString("password_hash") != null,
                roles(rs),
                Arrays.asList((UUID[]) rs.getArray("organisations").getArray()),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_sign_in_at", OffsetDateTime.class));
    }

    private static Set<Role> roles(ResultSet rs) throws SQLException {
        return Arrays.stream((String[]) rs.getArray("roles").getArray())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
