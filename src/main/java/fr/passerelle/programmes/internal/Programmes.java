package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.groups.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes module's facade: the network's coordinators keep the programmes (démarches), their actions and
 * what they write about them; the reports are computed by {@link ProgrammeReports}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Programmes {

    private final ProgrammeRepository repository;
    private final Events events;
    private final Groups groups;
    private final FunderPicks funders;

    /** Whether the user keeps the programmes and reads their reports: coordinators and administrators. */
    public boolean keeps(AccountUser user) {
        return user != null && user.networkStaff();
    }

    /** The programmes of the user's network; every network's for the national level. */
    public List<Programme> all(AccountUser user) {
        require(user);
        java.util.Map<UUID, UUID> networks = repository.networks();
        return repository.all().stream()
                .filter(programme -> user.staffOf(networks.get(programme.id())))
                .toList();
    }

    /**
     * A programme of the user's network (another network's is not found: its existence is not told).
     *
     * @throws ProgrammeNotFoundException when there is no such programme in the user's reach
     */
    public Programme programme(AccountUser user, UUID id) {
        require(user);
        return repository
                .networkOf(id)
                .filter(user::staffOf)
                .flatMap(network -> repository.find(id))
                .orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    /** The network a programme belongs to. */
    public Optional<UUID> networkOf(UUID programmeId) {
        return repository.networkOf(programmeId);
    }

    public List<ProgrammeAction> actions(AccountUser user, UUID programmeId) {
        programme(user, programmeId);
        return repository.actions(programmeId);
    }

    /** Whether the event already counts: as an action of a programme, or as a talk held inside a stand's fair. */
    boolean eventTaken(UUID eventId) {
        return repository.eventTaken(eventId);
    }

    /** @throws ProgrammeNotFoundException when there is no such action */
    public ProgrammeAction action(AccountUser user, UUID id) {
        require(user);
        return repository
                .action(id)
                .filter(action -> repository
                        .networkOf(action.programmeId())
                        .filter(user::staffOf)
                        .isPresent())
                .orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    /**
     * Records a programme.
     *
     * @throws ProgrammeRejectedException listing every rule the draft breaks
     */
    @Transactional
    public UUID create(AccountUser user, ProgrammeDraft draft) {
        require(user);
        check(draft);
        UUID id = repository.insert(draft);
        funders.record(id, draft);
        repository.placeInNetwork(id, user.networkId());
        return id;
    }

    /**
     * Changes a programme's description, years, lead organisation, team, committee, partners, funders and
     * objectives; its years still hold its actions'.
     *
     * @throws ProgrammeNotFoundException when there is no such programme
     * @throws ProgrammeRejectedException listing every rule the draft breaks
     */
    @Transactional
    public void update(AccountUser user, UUID id, ProgrammeDraft draft) {
        programme(user, id);
        check(id, draft);
        repository.update(id, draft);
        funders.record(id, draft);
    }

    /** Checks a programme without recording it, so that a form shows every problem at once. */
    public void check(ProgrammeDraft draft) {
        check(null, draft);
    }

    /** The directory's organisations to choose from when the funder searched on the programme form is not found. */
    public List<OrganisationOption> funderCandidates(ProgrammeDraft draft) {
        return funders.candidates(draft);
    }

    /** Checks a new programme ({@code id} null) or the change of one. */
    public void check(UUID id, ProgrammeDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        int name = length(draft.name());
        if (name < 3 || name > 200) {
            breaches.add(new Breach("name", "programme.name.length"));
        } else if (repository.nameTaken(draft.name(), id)) {
            breaches.add(new Breach("name", "programme.name.taken"));
        }
        if (!year(draft.firstYear())) {
            breaches.add(new Breach("firstYear", "programme.year.invalid"));
        }
        lastYearBreach(id, draft).ifPresent(breaches::add);
        ProgrammeDraft.Presentation about = draft.presentation();
        if (about.objectives().size() > 10
                || draft.funders().named().size() + draft.funders().picked().size() > 20) {
            breaches.add(new Breach("objectives", "programme.lists.tooLong"));
        }
        breaches.addAll(funders.breaches(draft));
        if (length(about.team()) > 2000
                || length(about.steeringCommittee()) > 2000
                || length(about.partners()) > 2000
                || length(about.description()) > 8000) {
            breaches.add(new Breach("description", "programme.text.tooLong"));
        }
        rejectIfAny(breaches);
    }

    /** The last year must be a year, not before the first, and (for a programme changed) hold its actions'. */
    private Optional<Breach> lastYearBreach(UUID id, ProgrammeDraft draft) {
        if (!year(draft.lastYear())) {
            return Optional.of(new Breach("lastYear", "programme.year.invalid"));
        }
        if (!year(draft.firstYear())) {
            return Optional.empty();
        }
        if (draft.lastYear() < draft.firstYear()) {
            return Optional.of(new Breach("lastYear", "programme.years.order"));
        }
        return id != null
                        && !repository
                                .actionYearsOutside(id, draft.firstYear(), draft.lastYear())
                                .isEmpty()
                ? Optional.of(new Breach("lastYear", "programme.years.actionsOutside"))
                : Optional.empty();
    }

    /**
     * Adds an action to a programme: an event of the agenda (of the kind the action says, in one of the programme's
     * years, in no other action), a working group, or an offers campaign over a period.
     *
     * @throws ProgrammeRejectedException listing every rule the action breaks
     */
    @Transactional
    public UUID addAction(AccountUser user, UUID programmeId, ActionDraft draft) {
        checkAction(user, programmeId, draft);
        return repository.insertAction(programmeId, draft.keptForItsKind());
    }

    /** Checks an action without adding it, so that a form shows every problem at once. */
    public void checkAction(AccountUser user, UUID programmeId, ActionDraft draft) {
        Programme programme = programme(user, programmeId);
        List<Breach> breaches = new ArrayList<>();
        if (draft.kind() == null) {
            breaches.add(new Breach("kind", "programme.action.kind.required"));
        }
        int title = length(draft.title());
        if (title < 3 || title > 200) {
            breaches.add(new Breach("title", "programme.action.title.length"));
        }
        if (draft.year() == null || draft.year() < programme.firstYear() || draft.year() > programme.lastYear()) {
            breaches.add(new Breach("year", "programme.action.year.outside"));
        }
        whatItCounts(draft).ifPresent(breaches::add);
        if (length(draft.description()) > 8000 || length(draft.objectives()) > 4000) {
            breaches.add(new Breach("description", "programme.text.tooLong"));
        }
        rejectIfAny(breaches);
    }

    /** What is wrong with the event, group or period the action counts, by its kind. */
    private Optional<Breach> whatItCounts(ActionDraft draft) {
        if (draft.kind() == null) {
            return Optional.empty();
        }
        if (draft.kind().event()) {
            return draft.eventId() == null ? required(draft, "eventId", "programme.action.event") : eventBreach(draft);
        }
        if (draft.kind() == ActionKind.GROUPE_TRAVAIL) {
            return draft.groupId() == null
                    ? required(draft, "groupId", "programme.action.group")
                    : groups.byId(draft.groupId()).isEmpty()
                            ? Optional.of(new Breach("groupId", "programme.action.group.unknown"))
                            : Optional.empty();
        }
        return draft.planned() ? Optional.empty() : periodBreach(draft);
    }

    /** A held action names what it counts; a planned one may not yet. */
    private static Optional<Breach> required(ActionDraft draft, String field, String keyPrefix) {
        return draft.planned() ? Optional.empty() : Optional.of(new Breach(field, keyPrefix + ".required"));
    }

    private Optional<Breach> eventBreach(ActionDraft draft) {
        Optional<Event> found = events.event(draft.eventId());
        if (found.isEmpty()) {
            return Optional.of(new Breach("eventId", "programme.action.event.unknown"));
        }
        Event event = found.get();
        if ((draft.kind() == ActionKind.STAND) != (event.kind() == EventKind.STAND)) {
            return Optional.of(new Breach("eventId", "programme.action.event.kind"));
        }
        if (repository.eventTaken(draft.eventId())) {
            return Optional.of(new Breach("eventId", "programme.action.event.taken"));
        }
        if (draft.year() != null
                && event.startsAt().atZoneSameInstant(Paris.ZONE).getYear() != draft.year()) {
            return Optional.of(new Breach("year", "programme.action.event.year"));
        }
        return Optional.empty();
    }

    private static Optional<Breach> periodBreach(ActionDraft draft) {
        if (draft.periodStart() == null || draft.periodEnd() == null) {
            return Optional.of(new Breach("periodStart", "programme.action.period.required"));
        }
        if (!draft.periodEnd().isAfter(draft.periodStart())) {
            return Optional.of(new Breach("periodEnd", "programme.action.period.order"));
        }
        return Optional.empty();
    }

    /**
     * Takes an action out of its programme (the event, group or offers it counted stay as they are).
     *
     * @return the programme it was in
     * @throws ProgrammeNotFoundException when there is no such action
     */
    @Transactional
    public UUID removeAction(AccountUser user, UUID id) {
        ProgrammeAction action = action(user, id);
        repository.deleteAction(id);
        return action.programmeId();
    }

    /** The coordinator's description and qualitative assessment of the programme. */
    @Transactional
    public void writeProgramme(AccountUser user, UUID id, String description, String assessment) {
        programme(user, id);
        if (length(description) > 8000 || length(assessment) > 8000) {
            throw new ProgrammeRejectedException(List.of(new Breach("assessment", "programme.text.tooLong")));
        }
        repository.writeProgramme(id, description, assessment);
    }

    /** The coordinator's description, objectives and qualitative assessment of an action. */
    @Transactional
    public void writeAction(AccountUser user, UUID id, String description, String objectives, String assessment) {
        action(user, id);
        if (length(description) > 8000 || length(objectives) > 4000 || length(assessment) > 8000) {
            throw new ProgrammeRejectedException(List.of(new Breach("assessment", "programme.text.tooLong")));
        }
        repository.writeAction(id, description, objectives, assessment);
    }

    /** Records a programme as it was, with no user (demonstration data). */
    @Transactional
    UUID record(ProgrammeDraft draft) {
        UUID id = repository.insert(draft);
        funders.record(id, draft);
        return id;
    }

    /** Places a programme in a network (demonstration data). */
    @Transactional
    void placeInNetwork(UUID programmeId, UUID networkId) {
        repository.placeInNetwork(programmeId, networkId);
    }

    /** How many programmes (running in the year) and actions of the year each network has: {programmes, actions}. */
    java.util.Map<UUID, int[]> countsByNetwork(int year) {
        return repository.countsByNetwork(year);
    }

    @Transactional
    UUID recordAction(UUID programmeId, ActionDraft draft) {
        return repository.insertAction(programmeId, draft);
    }

    private void require(AccountUser user) {
        if (!keeps(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
    }

    private static void rejectIfAny(List<Breach> breaches) {
        if (!breaches.isEmpty()) {
            throw new ProgrammeRejectedException(breaches);
        }
    }

    private static boolean year(Integer year) {
        return year != null && year >= 2000 && year <= 2100;
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
