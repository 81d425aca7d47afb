package fr.passerelle.intake.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project exchange (bourse aux projets rural–urbain). A holder publishes an anonymous card of a project; territory
 * agents browse the cards and express their territory's interest; the holder decides whether to answer, and only
 * when they accept are their name and e-mail shared with that territory. Nothing on a card names the holder.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProjectExchange {

    static final int PAGE = 20;

    /** A card or an interest that breaks rules; {@link #breaches()} lists every one. */
    public static class ExchangeRejectedException extends RuleViolation {

        ExchangeRejectedException(List<Breach> breaches) {
            super(breaches);
        }

        ExchangeRejectedException(String field, String key) {
            this(List.of(new Breach(field, key)));
        }
    }

    /** No such card or interest for this user: 404. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static class CardNotFoundException extends RuntimeException {
        CardNotFoundException(UUID id) {
            super("No card or interest " + id + " for this user");
        }
    }

    /** What a holder writes on their card. */
    public record CardDraft(String summary, String lookingFor, String areas) implements java.io.Serializable {}

    /**
     * An anonymous card as territories read it: the project's nature and the holder's words, where they look
     * (départements of the communes they named), never who they are.
     */
    public record Card(
            UUID id,
            UUID projectId,
            ProjectKind kind,
            ProjectStage stage,
            List<Sector> sectors,
            List<Need> needs,
            String summary,
            String lookingFor,
            String areas,
            List<String> places,
            OffsetDateTime publishedAt,
            boolean withdrawn) {}

    /**
     * A territory's interest in a card; the holder's name and e-mail are there only once the holder accepted.
     *
     * @param answer null while the holder has not answered, else "accepted" or "declined"
     */
    public record Interest(
            UUID id,
            UUID cardId,
            UUID organisationId,
            String organisationName,
            String agentName,
            String message,
            OffsetDateTime createdAt,
            String answer,
            String holderName,
            String holderEmail,
            String cardSummary) {

        public boolean accepted() {
            return "accepted".equals(answer);
        }

        public boolean pending() {
            return answer == null;
        }
    }

    /** A territory expressed interest in a card: its holder hears of it. */
    public record InterestExpressed(UUID interestId) {}

    /** The holder answered an interest: the territory hears of it (with the holder's contact when accepted). */
    public record InterestAnswered(UUID interestId) {}

    private final JdbcClient jdbc;
    private final IntakeRepository repository;
    private final Territories territories;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    // The holder's side.

    /**
     * Publishes (or rewrites) the anonymous card of one of the holder's projects.
     *
     * @throws ExchangeRejectedException listing every rule the card breaks
     * @throws CardNotFoundException when the project is not the user's
     */
    @Transactional
    public void publish(AccountUser holder, UUID projectId, CardDraft draft) {
        ownProject(holder, projectId);
        List<Breach> breaches = new ArrayList<>();
        int summary = length(draft.summary());
        if (summary < 20 || summary > 1000) {
            breaches.add(new Breach("summary", "exchange.summary.length"));
        }
        int lookingFor = length(draft.lookingFor());
        if (lookingFor < 5 || lookingFor > 1000) {
            breaches.add(new Breach("lookingFor", "exchange.lookingFor.length"));
        }
        if (length(draft.areas()) > 500) {
            breaches.add(new Breach("areas", "exchange.areas.length"));
        }
        if (!breaches.isEmpty()) {
            throw new ExchangeRejectedException(breaches);
        }
        jdbc.sql(
                        """
                        insert into project_card (project_id, summary, looking_for, areas)
                        values (:project, :summary, :lookingFor, :areas)
                        on conflict (project_id) do update
                        set summary = excluded.summary, looking_for = excluded.looking_for, areas = excluded.areas,
                            withdrawn_at = null,
                            published_at = case when project_card.withdrawn_at is null then project_card.published_at
                                                else now() end
                        """)
                .param("project", projectId)
                .param("summary", draft.summary().strip())
                .param("lookingFor", draft.lookingFor().strip())
                .param(
                        "areas",
                        draft.areas() == null || draft.areas().isBlank()
                                ? null
                                : draft.areas().strip())
                .update();
    }

    /** Takes the card off the exchange; the interests already expressed stay for the holder to answer. */
    @Transactional
    public void withdraw(AccountUser holder, UUID projectId) {
        ownProject(holder, projectId);
        jdbc.sql("update project_card set withdrawn_at = coalesce(withdrawn_at, now()) where project_id = :project")
                .param("project", projectId)
                .update();
    }

    /** The card of one of the holder's projects, published or withdrawn. */
    public Optional<Card> cardOfProject(AccountUser holder, UUID projectId) {
        ownProject(holder, projectId);
        return cards("c.project_id = :project", java.util.Map.of("project", projectId), 1, 0).stream()
                .findFirst();
    }

    /** The interests territories expressed in the holder's project, the newest first. */
    public List<Interest> interestsIn(AccountUser holder, UUID projectId) {
        ownProject(holder, projectId);
        return interests("c.project_id = :key", projectId, 100);
    }

    /**
     * The holder's answer to an interest: accepting shares their name and e-mail with that territory.
     *
     * @throws ExchangeRejectedException when they already answered
     */
    @Transactional
    public void answer(AccountUser holder, UUID interestId, boolean accept) {
        UUID projectId = jdbc.sql(
                        "select c.project_id from card_interest i join project_card c on c.id = i.card_id where i.id = :id")
                .param("id", interestId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new CardNotFoundException(interestId));
        ownProject(holder, projectId);
        int changed = jdbc.sql(
                        """
                        update card_interest set answer = :answer, answered_at = now()
                        where id = :id and answer is null
                        """)
                .param("id", interestId)
                .param("answer", accept ? "accepted" : "declined")
                .update();
        if (changed == 0) {
            throw new ExchangeRejectedException("answer", "exchange.answer.already");
        }
        events.publishEvent(new InterestAnswered(interestId));
    }

    // The territories' side.

    /** Whether the user browses the exchange: territory agents and coordinators. */
    public boolean browses(AccountUser user) {
        return user != null
                && (user.hasRole(Role.TERRITORY_AGENT)
                        || user.hasRole(Role.COORDINATOR)
                        || user.hasRole(Role.ADMINISTRATOR));
    }

    /** A page of the published cards, the newest first; those aimed at a département when one is given. */
    public List<Card> published(AccountUser user, String departement, int page) {
        requireBrowser(user);
        if (departement != null && !departement.isBlank()) {
            String code = departement.strip().toUpperCase(java.util.Locale.ROOT);
            return cards(
                    """
                    c.withdrawn_at is null and exists (select 1 from project_target_commune t
                        where t.project_id = c.project_id and left(t.commune_code, :length) = :departement)""",
                    java.util.Map.of("departement", code, "length", code.length()),
                    PAGE + 1,
                    Math.max(0, page) * PAGE);
        }
        return cards("c.withdrawn_at is null", java.util.Map.of(), PAGE + 1, Math.max(0, page) * PAGE);
    }

    /** A published card. */
    public Card card(AccountUser user, UUID cardId) {
        requireBrowser(user);
        return cards("c.id = :card and c.withdrawn_at is null", java.util.Map.of("card", cardId), 1, 0).stream()
                .findFirst()
                .orElseThrow(() -> new CardNotFoundException(cardId));
    }

    /**
     * The agent's territory says it is interested, with a message to the holder.
     *
     * @throws ExchangeRejectedException when the message is missing or too long, or the territory already said so
     * @throws AccessDeniedException when the user is not a territory agent
     */
    @Transactional
    public void expressInterest(AccountUser agent, UUID cardId, String message) {
        card(agent, cardId);
        UUID organisation = agent.hasRole(Role.TERRITORY_AGENT)
                ? agent.organisationIds().stream().findFirst().orElse(null)
                : null;
        if (organisation == null) {
            throw new AccessDeniedException("Territory agents only");
        }
        int length = length(message);
        if (length < 10 || length > 2000) {
            throw new ExchangeRejectedException("message", "exchange.message.length");
        }
        UUID id = jdbc.sql(
                        """
                        insert into card_interest (card_id, organisation_id, agent_id, agent_name, message)
                        values (:card, :organisation, :agent, :name, :message)
                        on conflict (card_id, organisation_id) do nothing
                        returning id
                        """)
                .param("card", cardId)
                .param("organisation", organisation)
                .param("agent", agent.id())
                .param("name", agent.displayName())
                .param("message", message.strip())
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new ExchangeRejectedException("message", "exchange.interest.already"));
        events.publishEvent(new InterestExpressed(id));
    }

    /** The interests the agent's territories expressed, with the holders' contacts where they accepted. */
    @Transactional
    public List<Interest> interestsOf(AccountUser agent) {
        requireBrowser(agent);
        if (agent.organisationIds().isEmpty()) {
            return List.of();
        }
        List<Interest> found = interests(
                "i.organisation_id = any(:key::uuid[])", agent.organisationIds().toArray(UUID[]::new), 200);
        List<UUID> shared =
                found.stream().filter(Interest::accepted).map(Interest::id).toList();
        if (!shared.isEmpty()) {
            repository.logAccess(
                    agent.id(),
                    agent.displayName(),
                    holdersOf(shared),
                    messages.getMessage("access.exchangeContact", null, java.util.Locale.FRENCH));
        }
        return found;
    }

    /** The holders behind these interests, whose contact the interests' territories see. */
    private List<UUID> holdersOf(List<UUID> interestIds) {
        return jdbc.sql(
                        """
                        select p.holder_id from card_interest i join project_card c on c.id = i.card_id
                        join project p on p.id = c.project_id where i.id = any(:ids::uuid[])
                        """)
                .param("ids", interestIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    /** An interest with its holder's contact when accepted, for the mails. */
    Optional<Interest> interest(UUID interestId) {
        return interests("i.id = :key", interestId, 1).stream().findFirst();
    }

    /** The holder's e-mail and name behind a card, for telling them of an interest (never shown to territories). */
    Optional<Holder> holderOfInterest(UUID interestId) {
        return jdbc.sql(
                        """
                        select p.holder_id from card_interest i join project_card c on c.id = i.card_id
                        join project p on p.id = c.project_id where i.id = :id
                        """)
                .param("id", interestId)
                .query(UUID.class)
                .optional()
                .flatMap(repository::holder);
    }

    private List<Interest> interests(String where, Object key, int limit) {
        List<Interest> found = jdbc.sql(
                        """
                        select i.*, c.summary,
                               case when i.answer = 'accepted' then h.name end as holder_name,
                               case when i.answer = 'accepted' then h.email end as holder_email
                        from card_interest i join project_card c on c.id = i.card_id
                        join project p on p.id = c.project_id join project_holder h on h.id = p.holder_id
                        where h.erased_at is null and"""
                                + " "
                                + where
                                + " order by i.created_at desc, i.id limit :limit")
                .param("key", key)
                .param("limit", limit)
                .query((rs, row) -> new Interest(
                        rs.getObject("id", UUID.class),
                        rs.getObject("card_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        null,
                        rs.getString("agent_name"),
                        rs.getString("message"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("answer"),
                        rs.getString("holder_name"),
                        rs.getString("holder_email"),
                        rs.getString("summary")))
                .list();
        return found.stream()
                .map(interest -> new Interest(
                        interest.id(),
                        interest.cardId(),
                        interest.organisationId(),
                        directory.organisationName(interest.organisationId()).orElse(""),
                        interest.agentName(),
                        interest.message(),
                        interest.createdAt(),
                        interest.answer(),
                        interest.holderName(),
                        interest.holderEmail(),
                        interest.cardSummary()))
                .toList();
    }

    private List<Card> cards(String where, java.util.Map<String, ?> params, int limit, int offset) {
        return jdbc
                .sql("select c.*, c.withdrawn_at is not null as withdrawn from project_card c"
                        + " join project p on p.id = c.project_id join project_holder h on h.id = p.holder_id"
                        + " where h.erased_at is null and " + where
                        + " order by c.published_at desc, c.id limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getObject("project_id", UUID.class),
                    rs.getString("summary"),
                    rs.getString("looking_for"),
                    rs.getString("areas"),
                    rs.getObject("published_at", OffsetDateTime.class),
                    rs.getBoolean("withdrawn")
                })
                .list()
                .stream()
                .map(row -> {
                    Project project = repository.project((UUID) row[1]).orElseThrow();
                    return new Card(
                            (UUID) row[0],
                            project.id(),
                            project.kind(),
                            project.stage(),
                            project.sectors(),
                            project.needs(),
                            (String) row[2],
                            (String) row[3],
                            (String) row[4],
                            places(project),
                            (OffsetDateTime) row[5],
                            (Boolean) row[6]);
                })
                .toList();
    }

    /** Where the holder looks, without the commune that could point at them: the départements of their communes. */
    private List<String> places(Project project) {
        return project.targetCommunes().stream()
                .map(territories::commune)
                .flatMap(Optional::stream)
                .map(Commune::departement)
                .map(departement -> departement.name() + " (" + departement.code() + ")")
                .distinct()
                .toList();
    }

    private void ownProject(AccountUser holder, UUID projectId) {
        boolean own = holder != null
                && holder.hasRole(Role.PROJECT_HOLDER)
                && repository
                        .project(projectId)
                        .flatMap(project -> repository.holder(project.holderId()))
                        .map(found -> holder.id().equals(found.userId()))
                        .orElse(false);
        if (!own) {
            throw new CardNotFoundException(projectId);
        }
    }

    private void requireBrowser(AccountUser user) {
        if (!browses(user)) {
            throw new AccessDeniedException("Territory agents and coordinators only");
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
