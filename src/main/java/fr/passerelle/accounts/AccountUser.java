package fr.passerelle.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as kept in the session. */
public final class AccountUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Set<UUID> organisationIds;
    private final UUID networkId;
    private String passwordHash;

    public AccountUser(
            UUID id,
            String email,
            String displayName,
            Set<Role> roles,
            Set<UUID> organisationIds,
            boolean enabled,
            String passwordHash) {
        this(id, email, displayName, roles, organisationIds, Network.DEFAULT, enabled, passwordHash);
    }

    public AccountUser(
            UUID id,
            String email,
            String displayName,
            Set<Role> roles,
            Set<UUID> organisationIds,
            UUID networkId,
            boolean enabled,
            String passwordHash) {
        this.id = id;
        this.networkId = networkId;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.organisationIds = Set.copyOf(organisationIds);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * Staff of some network: coordinators and the platform's administrators. What belongs to one network is kept by
     * {@link #staffOf(UUID)}.
     */
    public boolean networkStaff() {
        return hasRole(Role.COORDINATOR) || hasRole(Role.ADMINISTRATOR);
    }

    /**
     * The network-scoped policy: whether the user keeps what belongs to this network (its programmes, events,
     * perimeters and reports): the network's own coordinators, and the platform's administrators.
     */
    public boolean staffOf(UUID network) {
        return hasRole(Role.ADMINISTRATOR) || (hasRole(Role.COORDINATOR) && networkId.equals(network));
    }

    /** Whether the user sees every network and their sums: the platform's administrators (the national level). */
    public boolean national() {
        return hasRole(Role.ADMINISTRATOR);
    }

    /** The regional network the user works for, as an administrator set it when they signed in. */
    public UUID networkId() {
        return networkId;
    }

    /** A professional of the network (advisor, territory agent, coordinator or administrator), not only a holder. */
    public boolean professional() {
        return roles.stream().anyMatch(role -> role != Role.PROJECT_HOLDER);
    }

    /** The signed-in user of an authentication, or null for a visitor. */
    public static AccountUser of(org.springframework.security.core.Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user ? user : null;
    }

    /** Whether the user belonged to this organisation when they signed in. */
    public boolean memberOf(UUID organisationId) {
        return organisationIds.contains(organisationId);
    }

    public Set<UUID> organisationIds() {
        return organisationIds;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AccountUser[" + email + "]";
    }
}
