package fr.passerelle.intake;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.WelcomeDesk;
import fr.passerelle.events.Stands;
import fr.passerelle.intake.internal.AccessLogEntry;
import fr.passerelle.intake.internal.CoordinatorReach;
import fr.passerelle.intake.internal.DeskLinks;
import fr.passerelle.intake.internal.Holder;
import fr.passerelle.intake.internal.HolderClaims;
import fr.passerelle.intake.internal.HolderProject;
import fr.passerelle.intake.internal.InboxItem;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.IntakeFile;
import fr.passerelle.intake.internal.IntakeReceipt;
import fr.passerelle.intake.internal.IntakeRejectedException;
import fr.passerelle.intake.internal.IntakeRepository;
import fr.passerelle.intake.internal.IntakeRequest;
import fr.passerelle.intake.internal.IntakeSubmitted;
import fr.passerelle.intake.internal.Project;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake module's facade: a person asks to be welcomed, the request goes to the welcome desk covering the
 * place of their project, a referent takes it. Who may read a file is decided here, in the queries' arguments,
 * and every read of a file is written to the access log.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Intakes {

    static final int INBOX_SIZE = 200;
    /** Projects per page of a territory's list. */
    public static final int TERRITORY_PAGE = 30;

    /** How long a desk has to take a request before the network's coordinators see it in their inbox too. */
    public static final java.time.Duration UNTAKEN_FOR = java.time.Duration.ofDays(3);

    private final IntakeRepository repository;
    private final Territories territories;
    private final Directory directory;
    private final Accounts accounts;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final List<ProjectAccessGrants> grants;
    private final List<ProjectSteps> steps;
    private final List<ProjectReferrals> referrals;
    private final Stands stands;
    private final HolderClaims claims;
    private final DeskLinks deskLinks;
    private final CoordinatorReach reach;

    /**
     * Records a request to be welcomed and sends it to the welcome desk of the first named commune that has one,
     * else to the network's coordinators. The holder's consents are recorded with the words they read.
     *
     * @param enteredBy the desk agent who typed it for the person (who may have given no e-mail address: then no
     *     account and no confirmation), or null when they did it themselves (and gave an address)
     * @throws IntakeRejectedException when a commune is unknown, or a holder sending it themself gave no address
     */
    @Transactional
    public IntakeReceipt submit(IntakeDraft draft, IntakeChannel channel, AccountUser enteredBy) {
        List<Commune> targets = communes(draft.targetCommunes(), "targetCommunes");
        if (draft.currentCommune() != null && !draft.currentCommune().isBlank()) {
            communes(List.of(draft.currentCommune()), "currentCommune");
        }
        Optional<WelcomeDesk> desk = targets.stream()
                .map(commune -> directory.welcomeDeskFor(commune.code()))
                .flatMap(Optional::stream)
                .findFirst();
        String email = blankToNull(draft.email());
        if (email == null && enteredBy == null) {
            throw new IntakeRejectedException("email", "intake.email.required");
        }
        UUID accountId = email == null
                ? null
                : accounts.projectHolderAccount(email, draft.name().strip()).orElse(null);
        boolean confirm = accountId != null && claims.mustConfirm(accountId);
        UUID userId = confirm ? null : accountId;
        UUID holderId = repository.insertHolder(draft, userId);
        if (confirm) {
            claims.await(holderId, accountId);
        }
        UUID projectId = repository.insertProject(holderId, draft);
        repository.setTargets(projectId, perimeters(draft.targetScope(), targets));
        repository.recordConsent(
                holderId,
                ConsentKind.SHARE_WITH_STRUCTURES,
                draft.shareWithStructures(),
                wording(ConsentKind.SHARE_WITH_STRUCTURES));
        repository.recordConsent(
                holderId,
                ConsentKind.TERRITORY_CONTACT,
                draft.territoryContact(),
                wording(ConsentKind.TERRITORY_CONTACT));
        IntakeRequest request = repository.insertRequest(
                projectId,
                channel,
                desk.map(WelcomeDesk::organisationId).orElse(null),
                enteredBy == null ? null : enteredBy.id());
        String deskName = desk.map(WelcomeDesk::name).orElse(null);
        events.publishEvent(new IntakeSubmitted(
                request.id(),
                request.reference(),
                draft.name().strip(),
                email,
                userId,
                draft.projectTitle().strip(),
                request.deskOrganisationId(),
                deskName,
                confirm ? holderId : null));
        return new IntakeReceipt(request.id(), request.reference(), projectId, deskName);
    }

    /**
     * Opens a welcome request from a lead captured on a shared stand, typed by an agent of a territory the lead was
     * routed to, with the person's agreement: the request comes through the stand, the lead records the reference,
     * and the project's history starts at the stand.
     *
     * @throws IntakeRejectedException when the lead is not the agent's, has no consent or already became a request,
     *     or a commune is unknown
     */
    @Transactional
    public IntakeReceipt submitFromLead(IntakeDraft draft, AccountUser agent, UUID leadId) {
        Stands.Lead lead = stands.lead(agent, leadId)
                .orElseThrow(() -> new IntakeRejectedException("lead", "intake.lead.unknown"));
        if (lead.intakeReference() != null) {
            throw new IntakeRejectedException("lead", "intake.lead.converted");
        }
        if (!lead.consent()) {
            throw new IntakeRejectedException("lead", "intake.lead.consent");
        }
        IntakeReceipt receipt = submit(draft, IntakeChannel.STAND, agent);
        repository.setStandLead(receipt.requestId(), leadId);
        stands.converted(agent, leadId, receipt.reference());
        return receipt;
    }

    /** Whether the link of a confirmation e-mail is valid: known, unused, not expired. */
    public boolean claimValid(String token) {
        return claims.peek(token).isPresent();
    }

    /**
     * The person of the e-mail confirms that the request made with their address is theirs: its project joins their
     * account's space, and the link is used up.
     *
     * @return the account, or empty when the link is unknown, used or expired
     */
    @Transactional
    public Optional<UUID> confirmClaim(String token) {
        return claims.confirm(token);
    }

    /** Whether the user has a welcome inbox: coordinators, and the members of a welcome desk. */
    public boolean welcomes(AccountUser user) {
        return user != null
                && (coordinates(user)
                        || user.organisationIds().stream()
                                .anyMatch(id ->
                                        !directory.welcomeDeskPerimeters(id).isEmpty()));
    }

    /**
     * The requests of the user's welcome desks, and for coordinators those no desk covered or no desk took within
     * {@link #UNTAKEN_FOR}; newest first.
     */
    public List<InboxItem> inbox(AccountUser user) {
        if (!welcomes(user)) {
            return List.of();
        }
        return repository.inbox(
                user.organisationIds(), coordinates(user), reach.departements(user), UNTAKEN_FOR, INBOX_SIZE);
    }

    /** How many requests of the user's welcome desks nobody has taken yet. */
    public int toTake(AccountUser user) {
        return welcomes(user) ? repository.untakenAt(user.organisationIds()) : 0;
    }

    /**
     * For the network's coordinators: how many requests no desk covered, or another desk than theirs did not take
     * within {@link #UNTAKEN_FOR}.
     */
    public int untakenByDesks(AccountUser user) {
        return coordinates(user)
                ? repository.untakenByDesks(UNTAKEN_FOR, user.organisationIds(), reach.departements(user))
                : 0;
    }

    /**
     * A request's whole file, if the user may read it: coordinators and administrators, the members of the desk it
     * went to, and the agent who typed it for the person. The read is logged. Empty otherwise, exactly as for a file
     * that does not exist.
     */
    @Transactional
    public Optional<IntakeFile> file(AccountUser user, UUID requestId) {
        Optional<IntakeRequest> request = repository
                .request(requestId)
                .filter(r -> mayRead(user, r) || (user != null && user.id().equals(r.enteredBy())));
        if (request.isEmpty()) {
            return Optional.empty();
        }
        Project project = repository.project(request.get().projectId()).orElseThrow();
        Holder holder = repository.holder(project.holderId()).orElseThrow();
        repository.logAccess(
                user.id(),
                user.displayName(),
                holder.id(),
                "Demande " + request.get().reference());
        return Optional.of(new IntakeFile(request.get(), holder, project, repository.consents(holder.id())));
    }

    /**
     * The user becomes the request's referent, unless someone took it first.
     *
     * @return false when another referent already has it
     */
    @Transactional
    public boolean take(AccountUser user, UUID requestId) {
        IntakeRequest request = readable(user, requestId);
        return !request.taken() && repository.take(request.id(), user.id(), user.displayName());
    }

    /** Whether the user may take the request: coordinators, and the members of the desk it went to. */
    public boolean mayTake(AccountUser user, IntakeRequest request) {
        return mayRead(user, request);
    }

    /** The first-listening note, written by the request's referent (or a coordinator). */
    @Transactional
    public void writeNote(AccountUser user, UUID requestId, String note) {
        IntakeRequest request = readable(user, requestId);
        if (!user.id().equals(request.referentId()) && !coordinatesRequest(user, request)) {
            throw new IntakeRejectedException("note", "intake.note.referentOnly");
        }
        repository.writeNote(request.id(), note == null || note.isBlank() ? null : note.strip());
    }

    /**
     * A request as its welcome desk without members reads it from the link e-mailed to the desk's contact address:
     * the desk it was sent to reads the whole file, as its members would. The read is logged under the link's name.
     */
    @Transactional
    public Optional<IntakeFile> fileByLink(String token) {
        return deskLinks
                .use(token)
                .flatMap(link -> repository.request(link.requestId()).map(request -> {
                    Project project = repository.project(request.projectId()).orElseThrow();
                    Holder holder = repository.holder(project.holderId()).orElseThrow();
                    repository.logAccess(link.linkId(), link.name(), holder.id(), "Demande " + request.reference());
                    return new IntakeFile(request, holder, project, repository.consents(holder.id()));
                }));
    }

    /**
     * The desk's contact, from the e-mailed link, takes the request: the coordinators see it taken, under the
     * link's name.
     *
     * @return false when the link is not valid or someone took the request first
     */
    @Transactional
    public boolean takeByLink(String token) {
        return deskLinks
                .use(token)
                .map(link -> repository.take(link.requestId(), link.linkId(), link.name()))
                .orElse(false);
    }

    /** The holder's own projects, with their requests and referrals, as their space shows them. */
    public List<HolderProject> projectsOf(AccountUser holder) {
        if (holder == null || !holder.hasRole(Role.PROJECT_HOLDER)) {
            return List.of();
        }
        return repository.projectsOfUser(holder.id()).stream()
                .map(project -> new HolderProject(
                        new ProjectFile(
                                repository.holder(project.holderId()).orElseThrow(),
                                project,
                                repository.consents(project.holderId())),
                        repository.requestsOf(project.id()),
                        referrals.stream()
                                .flatMap(module -> module.of(project.id()).stream())
                                .toList()))
                .toList();
    }

    /**
     * A project and its holder, if the user may read them: coordinators and administrators, the members of a desk
     * one of its requests went to, and the holder themself. Reads by others than the holder are logged.
     */
    @Transactional
    public Optional<ProjectFile> project(AccountUser user, UUID projectId) {
        Optional<ProjectFile> file = readableProject(user, projectId);
        file.filter(found -> !own(user, found.holder()))
                .ifPresent(found -> repository.logAccess(
                        user.id(),
                        user.displayName(),
                        found.holder().id(),
                        "Projet « " + found.project().title() + " »"));
        return file;
    }

    /** Whether the user may read the project, as {@link #project} decides, without reading it. */
    public boolean mayRead(AccountUser user, UUID projectId) {
        return readableProject(user, projectId).isPresent();
    }

    private Optional<ProjectFile> readableProject(AccountUser user, UUID projectId) {
        if (user == null) {
            return Optional.empty();
        }
        Optional<Project> project = repository.project(projectId);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        Holder holder = repository.holder(project.get().holderId()).orElseThrow();
        Map<ConsentKind, Boolean> consents = repository.consents(holder.id());
        boolean allowed = own(user, holder)
                || welcomes(user, projectId)
                || (consents.getOrDefault(ConsentKind.SHARE_WITH_STRUCTURES, false)
                        && grants.stream().anyMatch(grant -> grant.grants(user, projectId)))
                || (consents.getOrDefault(ConsentKind.TERRITORY_CONTACT, false)
                        && targetsTerritoryOf(user, project.get()));
        return allowed ? Optional.of(new ProjectFile(holder, project.get(), consents)) : Optional.empty();
    }

    /**
     * Whether the project targets the territory of one of the agent's organisations: a perimeter that organisation
     * covers contains one of the project's communes.
     */
    private boolean targetsTerritoryOf(AccountUser user, Project project) {
        if (!user.hasRole(Role.TERRITORY_AGENT) || user.organisationIds().isEmpty()) {
            return false;
        }
        Set<UUID> covered = new java.util.HashSet<>();
        user.organisationIds()
                .forEach(id ->
                        directory.organisation(id).ifPresent(organisation -> covered.addAll(organisation.coverage())));
        return project.targetCommunes().stream()
                .flatMap(code -> territories.perimetersCovering(code).stream())
                .anyMatch(perimeter -> covered.contains(perimeter.id()));
    }

    private static boolean own(AccountUser user, Holder holder) {
        return user.hasRole(Role.PROJECT_HOLDER) && user.id().equals(holder.userId());
    }

    /**
     * Whether the user welcomes this project: a coordinator, or a member of a desk one of its requests went to.
     * Those are the referents who may orient it.
     */
    public boolean welcomes(AccountUser user, UUID projectId) {
        return user != null && repository.requestsOf(projectId).stream().anyMatch(request -> mayRead(user, request));
    }

    /**
     * The project's whole history, oldest first: its requests to be welcomed and what the other modules keep about
     * it (referrals, hand-overs, outcomes...). Its readers see every step; its holder sees what concerns them.
     *
     * @throws IntakeNotFoundException when the user may not read the project
     */
    @Transactional
    public List<ProjectStep> history(AccountUser user, UUID projectId) {
        ProjectFile file = readableProject(user, projectId).orElseThrow(() -> new IntakeNotFoundException(projectId));
        boolean holder = own(user, file.holder());
        if (!holder) {
            repository.logAccess(user.id(), user.displayName(), file.holder().id(), text("access.history"));
        }
        java.util.stream.Stream<ProjectStep> all = java.util.stream.Stream.concat(
                intakeSteps(projectId).stream(), steps.stream().flatMap(module -> module.of(projectId).stream()));
        if (holder) {
            all = all.map(ProjectStep::forHolder).flatMap(Optional::stream);
        }
        return all.sorted(java.util.Comparator.comparing(ProjectStep::at)).toList();
    }

    private List<ProjectStep> intakeSteps(UUID projectId) {
        List<ProjectStep> found = new java.util.ArrayList<>();
        for (IntakeRequest request : repository.requestsOf(projectId)) {
            String desk = request.deskOrganisationId() == null
                    ? text("history.intake.network")
                    : directory
                            .organisation(request.deskOrganisationId())
                            .map(fr.passerelle.directory.Organisation::name)
                            .orElse(text("history.intake.network"));
            found.add(new ProjectStep(
                    request.createdAt(),
                    "intake_submitted",
                    text("history.intake.submitted", text(request.channel().messageKey()), desk),
                    null,
                    request.deskOrganisationId(),
                    request.reference(),
                    ProjectStep.Visibility.HOLDER_WITH_DETAIL));
            if (request.taken()) {
                found.add(new ProjectStep(
                        request.takenAt(),
                        "intake_taken",
                        text("history.intake.taken", request.referentName()),
                        request.referentName(),
                        request.deskOrganisationId(),
                        null,
                        ProjectStep.Visibility.HOLDER));
            }
            if (request.listeningNoteAt() != null) {
                found.add(new ProjectStep(
                        request.listeningNoteAt(),
                        "intake_listening_note",
                        text("history.intake.note"),
                        request.referentName(),
                        request.deskOrganisationId(),
                        request.listeningNote(),
                        ProjectStep.Visibility.PROFESSIONALS));
            }
        }
        return found;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }

    /**
     * A page (from 0) of the projects aimed at the territories of the agent's organisations whose holders agreed to
     * be contacted by them, newest first; one more than a page when there is a next one. Empty for anyone else than
     * a territory agent.
     */
    @Transactional
    public List<Project> projectsTargeting(AccountUser user, int page) {
        if (user == null
                || !user.hasRole(Role.TERRITORY_AGENT)
                || user.organisationIds().isEmpty()) {
            return List.of();
        }
        Set<UUID> covered = new java.util.HashSet<>();
        user.organisationIds()
                .forEach(id ->
                        directory.organisation(id).ifPresent(organisation -> covered.addAll(organisation.coverage())));
        List<String> communes = territories.communeCodes(covered);
        List<Project> found = communes.isEmpty()
                ? List.of()
                : repository.targeting(communes, TERRITORY_PAGE + 1, Math.max(0, page) * TERRITORY_PAGE);
        if (!found.isEmpty()) {
            repository.logAccess(
                    user.id(),
                    user.displayName(),
                    found.stream().limit(TERRITORY_PAGE).map(Project::holderId).toList(),
                    text("access.territoryProjects"));
        }
        return found;
    }

    /** A project's title, for the notices about it sent to the structures involved. */
    public Optional<String> projectTitle(UUID projectId) {
        return repository.project(projectId).map(Project::title);
    }

    /**
     * How to tell the holder of a project about it: their name and address (none for a person welcomed at a desk
     * who gave no e-mail), with the project's title.
     */
    public Optional<HolderContact> holderContact(UUID projectId) {
        return repository.project(projectId).flatMap(project -> repository
                .holder(project.holderId())
                .map(holder -> new HolderContact(holder.name(), holder.email(), project.title())));
    }

    /**
     * The project as a structure it was sent to reads it from the link e-mailed to its contact address, without an
     * account. Only with the holder's consent to share with structures; the module that sent it vouches for the
     * link. The read is logged under the link's name.
     */
    @Transactional
    public Optional<ProjectFile> sharedWithLinkHolder(UUID projectId, UUID linkId, String readerName) {
        Optional<ProjectFile> file = repository
                .project(projectId)
                .flatMap(project -> repository
                        .holder(project.holderId())
                        .map(holder -> new ProjectFile(holder, project, repository.consents(holder.id()))))
                .filter(found -> found.consents(ConsentKind.SHARE_WITH_STRUCTURES));
        file.ifPresent(found -> repository.logAccess(
                linkId,
                readerName,
                found.holder().id(),
                "Projet « " + found.project().title() + " »"));
        return file;
    }

    /** The titles of these projects, in one read, for lists of referrals. */
    public Map<UUID, String> projectTitles(java.util.Collection<UUID> projectIds) {
        return repository.titles(projectIds);
    }

    /**
     * The latest reads of personal files, for coordinators: a network's, those of the holders whose projects aim at
     * their régions; the national level's, every one.
     */
    public List<AccessLogEntry> accessLog(AccountUser user, int limit) {
        if (!coordinates(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Coordinators only");
        }
        return repository.accessLog(limit, reach.departements(user));
    }

    private IntakeRequest readable(AccountUser user, UUID requestId) {
        return repository
                .request(requestId)
                .filter(request -> mayRead(user, request))
                .orElseThrow(() -> new IntakeNotFoundException(requestId));
    }

    private boolean mayRead(AccountUser user, IntakeRequest request) {
        if (user == null) {
            return false;
        }
        if (coordinatesRequest(user, request)) {
            return true;
        }
        return request.deskOrganisationId() != null
                && (user.hasRole(Role.ADVISOR) || user.hasRole(Role.TERRITORY_AGENT))
                && user.memberOf(request.deskOrganisationId());
    }

    private static boolean coordinates(AccountUser user) {
        return user != null && user.networkStaff();
    }

    /**
     * Whether the user coordinates the request: the national level every one, a network's coordinators those whose
     * project aims at their régions.
     */
    private boolean coordinatesRequest(AccountUser user, IntakeRequest request) {
        return reach.coordinates(user, request.projectId());
    }

    private List<Commune> communes(List<String> codes, String field) {
        return codes.stream()
                .map(code -> territories
                        .commune(code == null ? "" : code.strip())
                        .orElseThrow(() -> new IntakeRejectedException(field, "intake.commune.unknown")))
                .toList();
    }

    /** The perimeters the named communes stand for: themselves, their EPCI, or their département. */
    private Set<UUID> perimeters(TargetScope scope, List<Commune> communes) {
        Set<UUID> perimeters = new LinkedHashSet<>();
        for (Commune commune : communes) {
            perimeters.add(
                    switch (scope) {
                        case COMMUNES ->
                            territories
                                    .officialPerimeter(PerimeterKind.COMMUNE, commune.code())
                                    .id();
                        case EPCI ->
                            commune.epci() == null
                                    ? territories
                                            .officialPerimeter(PerimeterKind.COMMUNE, commune.code())
                                            .id()
                                    : territories
                                            .officialPerimeter(
                                                    PerimeterKind.EPCI,
                                                    commune.epci().code())
                                            .id();
                        case RURAL_DEPARTEMENT ->
                            territories
                                    .officialPerimeter(
                                            PerimeterKind.DEPARTEMENT,
                                            commune.departement().code())
                                    .id();
                    });
        }
        return perimeters;
    }

    private String wording(ConsentKind kind) {
        return messages.getMessage(kind.messageKey(), null, Locale.FRENCH);
    }
}
