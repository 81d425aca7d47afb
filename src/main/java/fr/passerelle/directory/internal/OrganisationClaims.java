package fr.passerelle.directory.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.Texts;
import fr.passerelle.common.links.EmailedLinks;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.OrganisationKind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to join a structure's entry: anyone may ask, with their professional address, which they confirm from an
 * e-mail (nobody can ask in someone else's name); the structure's SIRET is asked when its entry has one. Only a
 * coordinator's approval makes the person a member of the structure, with the rights that come with it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class OrganisationClaims {

    static final String LINK_PURPOSE = "organisation-claim";
    static final Duration LINK_VALIDITY = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;
    private final Accounts accounts;
    private final EmailedLinks links;
    private final ApplicationEventPublisher events;
    private final StructureCoordinators coordinators;

    /** The published structure a person may ask to join. */
    public Optional<Organisation> joinable(UUID organisationId) {
        return organisations
                .find(organisationId)
                .filter(organisation -> organisation.status() == EntryStatus.PUBLISHED);
    }

    /**
     * Records the request and e-mails the address a link to confirm it; asking again for the same structure
     * replaces what was written and sends a new link.
     *
     * @throws EntryRejectedException when the entry has a SIRET and the one given is missing or another
     */
    @Transactional
    public UUID ask(UUID organisationId, ClaimDraft draft) {
        Organisation organisation =
                joinable(organisationId).orElseThrow(() -> new EntryNotFoundException(organisationId));
        String siret =
                draft.siret() == null ? null : Texts.blankToNull(draft.siret().replace(" ", ""));
        if (organisation.siret() != null && siret == null) {
            throw new EntryRejectedException("siret", "directory.join.siret.required");
        }
        if (organisation.siret() != null && !organisation.siret().equals(siret)) {
            throw new EntryRejectedException("siret", "directory.join.siret.mismatch");
        }
        UUID id = jdbc.sql(
                        """
                        insert into organisation_claim (organisation_id, name, email, job_title, siret, message)
                        values (:organisation, :name, :email, :jobTitle, :siret, :message)
                        on conflict (organisation_id, lower(email)) where status in ('unconfirmed', 'waiting')
                        do update set name = excluded.name, job_title = excluded.job_title,
                                      siret = excluded.siret, message = excluded.message
                        returning id
                        """)
                .param("organisation", organisationId)
                .param("name", draft.name().strip())
                .param("email", draft.email().strip())
                .param("jobTitle", Texts.blankToNull(draft.jobTitle()))
                .param("siret", siret)
                .param("message", Texts.blankToNull(draft.message()))
                .query(UUID.class)
                .single();
        events.publishEvent(new ClaimEvent(id, ClaimEvent.Step.ASKED));
        return id;
    }

    /** A new link for the person to confirm their address; it goes only to that address. */
    String confirmationLink(OrganisationClaim claim) {
        return links.issue(LINK_PURPOSE, claim.id(), claim.email(), claim.name(), LINK_VALIDITY);
    }

    /**
     * The person confirms their address from the e-mail: the request goes to the coordinators.
     *
     * @return the request, or empty for a link that is unknown or expired
     */
    @Transactional
    public Optional<OrganisationClaim> confirm(String token) {
        return links.use(LINK_PURPOSE, token).flatMap(link -> {
            boolean confirmed = jdbc.sql(
                                    """
                                    update organisation_claim set status = 'waiting', confirmed_at = now()
                                    where id = :id and status = 'unconfirmed'
                                    """)
                            .param("id", link.subjectId())
                            .update()
                    == 1;
            if (confirmed) {
                events.publishEvent(new ClaimEvent(link.subjectId(), ClaimEvent.Step.CONFIRMED));
            }
            return find(link.subjectId());
        });
    }

    /** The confirmed requests waiting for a coordinator, oldest first: those of the structures the user coordinates. */
    public List<OrganisationClaim> waiting(AccountUser user) {
        return jdbc
                .sql(SELECT + " where c.status = 'waiting' order by c.confirmed_at, c.id")
                .query(OrganisationClaim.class)
                .list()
                .stream()
                .filter(claim -> coordinators.coordinates(user, claim.organisationId()))
                .toList();
    }

    public Optional<OrganisationClaim> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id)
                .query(OrganisationClaim.class)
                .optional();
    }

    /**
     * A coordinator approves: the person becomes a member of the structure (an advisor, or a territory agent for a
     * local authority), invited to choose a password when they have no account yet.
     *
     * @return false when another coordinator decided first
     * @throws EntryRejectedException when the address is a project holder's account, which cannot be a member
     */
    @Transactional
    public boolean approve(AccountUser coordinator, UUID claimId) {
        requireCoordinator(coordinator, claimId);
        Optional<OrganisationClaim> claim = decide(claimId, "approved", coordinator, null);
        if (claim.isEmpty()) {
            return false;
        }
        OrganisationClaim approved = claim.get();
        Optional<UserAccount> account = accounts.findByEmail(approved.email());
        if (account.isPresent()) {
            if (account.get().roles().equals(Set.of(Role.PROJECT_HOLDER))) {
                throw new EntryRejectedException("claim", "directory.join.holderAccount");
            }
            accounts.addMembership(account.get().id(), approved.organisationId());
        } else {
            accounts.invite(
                    approved.email(),
                    approved.name(),
                    Set.of(roleFor(approved.organisationId())),
                    approved.organisationId(),
                    Locale.FRENCH);
        }
        events.publishEvent(new ClaimEvent(claimId, ClaimEvent.Step.APPROVED));
        return true;
    }

    /**
     * A coordinator refuses, with a reason the person reads.
     *
     * @return false when another coordinator decided first
     */
    @Transactional
    public boolean refuse(AccountUser coordinator, UUID claimId, String reason) {
        requireCoordinator(coordinator, claimId);
        String why = Texts.blankToNull(reason);
        if (why == null) {
            throw new EntryRejectedException("reason", "directory.join.reason.required");
        }
        if (why.length() > 2000) {
            throw new EntryRejectedException("reason", "directory.join.reason.length");
        }
        boolean refused = decide(claimId, "refused", coordinator, why).isPresent();
        if (refused) {
            events.publishEvent(new ClaimEvent(claimId, ClaimEvent.Step.REFUSED));
        }
        return refused;
    }

    private Optional<OrganisationClaim> decide(UUID claimId, String status, AccountUser coordinator, String reason) {
        int changed = jdbc.sql(
                        """
                        update organisation_claim
                        set status = :status, decided_at = now(), decided_by = :by, refusal_reason = :reason
                        where id = :id and status = 'waiting'
                        """)
                .param("status", status)
                .param("by", coordinator.email())
                .param("reason", reason)
                .param("id", claimId)
                .update();
        return changed == 1 ? find(claimId) : Optional.empty();
    }

    private Role roleFor(UUID organisationId) {
        return organisations
                        .find(organisationId)
                        .map(Organisation::kind)
                        .filter(kind -> kind == OrganisationKind.LOCAL_AUTHORITY)
                        .isPresent()
                ? Role.TERRITORY_AGENT
                : Role.ADVISOR;
    }

    /** Refuses anyone but the coordinators of the claimed structure ({@link StructureCoordinators}). */
    private void requireCoordinator(AccountUser user, UUID claimId) {
        boolean coordinates = find(claimId)
                .map(claim -> coordinators.coordinates(user, claim.organisationId()))
                .orElse(user != null && user.networkStaff());
        if (!coordinates) {
            throw new AccessDeniedException("The structure's coordinators only");
        }
    }

    private static final String SELECT =
            """
            select c.id, c.organisation_id, o.name as organisation_name, c.name, c.email, c.job_title, c.siret,
                   c.message, c.status, c.confirmed_at, c.refusal_reason
            from organisation_claim c join organisation o on o.id = c.organisation_id
            """;
}
