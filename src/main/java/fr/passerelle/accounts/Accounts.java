package fr.passerelle.accounts;

import fr.passerelle.accounts.internal.AccountMails;
import fr.passerelle.accounts.internal.AccountRejectedException;
import fr.passerelle.accounts.internal.AccountTokens;
import fr.passerelle.accounts.internal.EmailTakenException;
import fr.passerelle.accounts.internal.SignInLinks;
import fr.passerelle.accounts.internal.TokenPurpose;
import fr.passerelle.accounts.internal.UserRepository;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's facade: users, roles, memberships, invitations and password changes. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Accounts {

    public static final int PAGE_SIZE = 20;

    private final UserRepository users;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationCatalog organisations;
    private final SignInLinks signInLinks;

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UUID id) {
        return users.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(email);
    }

    /** The active users who belong to one of these organisations (their advisors and agents). */
    @Transactional(readOnly = true)
    public List<UserAccount> activeMembers(java.util.Collection<UUID> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : users.activeMembers(organisationIds);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> activeWithRole(Role role) {
        return users.activeWithRole(role);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> search(String query, int page) {
        return users.search(query == null ? "" : query.strip(), Math.max(0, page) * PAGE_SIZE, PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public long count(String query) {
        return users.count(query == null ? "" : query.strip());
    }

    /**
     * Creates a user and e-mails them a link to choose their password.
     *
     * @throws AccountRejectedException when another user has this address or the organisation is unknown
     */
    public UUID invite(String email, String displayName, Set<Role> roles, UUID organisationId, Locale locale) {
        if (organisationId != null && organisations.find(organisationId).isEmpty()) {
            throw AccountRejectedException.unknownOrganisation();
        }
        UUID id = users.create(email, displayName, roles).orElseThrow(EmailTakenException::new);
        if (organisationId != null) {
            users.addMembership(id, organisationId);
        }
        mails.invitation(users.find(id).orElseThrow(), tokens.issue(id, TokenPurpose.INVITATION), locale);
        return id;
    }

    /** Creates a user with a password at once, as the demonstration data does; empty when the address is taken. */
    public Optional<UUID> createWithPassword(String email, String displayName, Set<Role> roles, String password) {
        Optional<UUID> id = users.create(email, displayName, roles);
        id.ifPresent(userId -> users.setPasswordHash(userId, passwordEncoder.encode(password)));
        return id;
    }

    /**
     * The project holder account of this address, created (without password: they sign in by e-mailed link) when
     * there is none. Empty when the address is a staff account's or a disabled one: those do not get links.
     */
    public Optional<UUID> projectHolderAccount(String email, String displayName) {
        Optional<UserAccount> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            return existing.filter(UserAccount::signsInByLink).map(UserAccount::id);
        }
        return users.create(email, displayName, EnumSet.of(Role.PROJECT_HOLDER));
    }

    /**
     * A single-use address that signs this project holder in, valid for that long, replacing the holder's older
     * link. The token is committed before the address is returned, so that the link works as soon as the e-mail
     * carrying it arrives.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String signInLink(UUID projectHolderId, Duration validity) {
        UserAccount holder = users.find(projectHolderId)
                .filter(UserAccount::signsInByLink)
                .orElseThrow(() -> new IllegalArgumentException("Not an enabled project holder: " + projectHolderId));
        return mails.signInLink(signInLinks.issue(holder, validity).getTokenValue());
    }

    /**
     * Deletes a project holder's account, when they erase their file: their address is gone from the platform.
     * Staff accounts are not deleted this way.
     */
    public void deleteProjectHolder(UUID userId) {
        users.find(userId)
                .filter(user -> user.roles().equals(Set.of(Role.PROJECT_HOLDER)))
                .ifPresent(user -> {
                    users.endSessions(user.id());
                    users.delete(user.id());
                });
    }

    /** Changes a user; a change of roles or of being enabled ends their open sessions. */
    public void update(UUID userId, String displayName, Set<Role> roles, boolean enabled) {
        users.find(userId)
                .filter(user -> user.enabled() != enabled || !user.roles().equals(roles))
                .ifPresent(user -> users.endSessions(userId));
        users.setDisplayName(userId, displayName);
        users.setRoles(userId, roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
        users.setEnabled(userId, enabled);
    }

    public void addMembership(UUID userId, UUID organisationId) {
        if (organisations.find(organisationId).isEmpty()) {
            throw AccountRejectedException.unknownOrganisation();
        }
        users.addMembership(userId, organisationId);
        users.endSessions(userId);
    }

    public void removeMembership(UUID userId, UUID organisationId) {
        users.removeMembership(userId, organisationId);
        users.endSessions(userId);
    }

    /** Sends a reset link when the address belongs to an active user; says nothing either way. */
    public void requestPasswordReset(String email, Locale locale) {
        users.findByEmail(email)
                .filter(UserAccount::enabled)
                .ifPresent(user ->
                        mails.passwordReset(user, tokens.issue(user.id(), TokenPurpose.PASSWORD_RESET), locale));
    }

    /** Whether the link of a reset or invitation e-mail is still valid. */
    @Transactional(readOnly = true)
    public boolean linkValid(String token, boolean invitation) {
        return tokens.peek(token, purpose(invitation)).isPresent();
    }

    /**
     * Sets the password chosen through a reset or invitation link, and uses up the link.
     *
     * @return false when the link is unknown, used or expired
     */
    public boolean choosePassword(String token, boolean invitation, String password) {
        Optional<UUID> user = tokens.consume(token, purpose(invitation));
        user.ifPresent(id -> {
            users.setPasswordHash(id, passwordEncoder.encode(password));
            users.endSessions(id);
        });
        return user.isPresent();
    }

    @Transactional(readOnly = true)
    public List<OrganisationRef> organisations() {
        return organisations.all();
    }

    private static TokenPurpose purpose(boolean invitation) {
        return invitation ? TokenPurpose.INVITATION : TokenPurpose.PASSWORD_RESET;
    }
}
