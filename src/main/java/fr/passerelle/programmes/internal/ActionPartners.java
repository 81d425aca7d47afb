package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An action's partners (organisations of the directory with their role, and named speakers) and, for a stand, the
 * conferences or workshops of the agenda held inside its fair. Kept by the coordinators, as the programmes are.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ActionPartners {

    private static final OrganisationPicker.Field ORGANISATION = new OrganisationPicker.Field(
            "organisation", "programme.partner.organisation.required", "programme.partner.organisation.unknown");

    private final Programmes programmes;
    private final ActionPartnerRepository repository;
    private final Directory directory;
    private final Events events;
    private final OrganisationPicker picker;

    /** The action's partners: co-organisers, hosts, speakers, relays. */
    public List<ActionPartner> partners(AccountUser user, UUID actionId) {
        programmes.action(user, actionId);
        return of(List.of(actionId));
    }

    /** The partners of these actions, with their organisations' names (no access check: the caller made it). */
    List<ActionPartner> of(Collection<UUID> actionIds) {
        List<ActionPartnerRepository.Row> rows = repository.partners(actionIds);
        Map<UUID, String> names =
                directory.organisationNames(rows.stream().map(ActionPartnerRepository.Row::organisationId));
        return rows.stream()
                .map(row -> row.named(names.getOrDefault(row.organisationId(), "—")))
                .toList();
    }

    /**
     * Adds a partner to an action.
     *
     * @throws ProgrammeRejectedException without a role, with an organisation that is not one published in the
     *     directory (by the id chosen or the exact name typed), or one already holding that role (with that speaker)
     */
    @Transactional
    public void add(AccountUser user, UUID actionId, PartnerDraft draft) {
        programmes.action(user, actionId);
        UUID organisation = check(actionId, draft);
        if (!repository.insert(actionId, organisation, draft)) {
            throw refused("organisation", "programme.partner.duplicate");
        }
    }

    /** Checks a partner without adding it, so that the form shows every problem at once. */
    public void check(AccountUser user, UUID actionId, PartnerDraft draft) {
        programmes.action(user, actionId);
        check(actionId, draft);
    }

    private UUID check(UUID actionId, PartnerDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        if (draft.role() == null) {
            breaches.add(new Breach("role", "programme.partner.role.required"));
        }
        Optional<UUID> organisation = picker.pick(ORGANISATION, draft.organisation(), draft.organisationId(), breaches);
        speakerBreaches(draft, breaches);
        if (organisation.isPresent()
                && draft.role() != null
                && repository.taken(actionId, organisation.get(), draft.role(), draft.speakerName())) {
            breaches.add(new Breach("organisation", "programme.partner.duplicate"));
        }
        if (!breaches.isEmpty()) {
            throw new ProgrammeRejectedException(breaches);
        }
        return organisation.orElseThrow();
    }

    private static void speakerBreaches(PartnerDraft draft, List<Breach> breaches) {
        int name = length(draft.speakerName());
        int function = length(draft.speakerFunction());
        if (name == 0 && function > 0) {
            breaches.add(new Breach("speakerName", "programme.partner.speaker.function"));
        } else if (name > 0 && (name < 2 || name > 150)) {
            breaches.add(new Breach("speakerName", "programme.partner.speaker.length"));
        } else if (name > 0 && draft.role() != null && draft.role() != PartnerRole.INTERVENANT) {
            breaches.add(new Breach("speakerName", "programme.partner.speaker.role"));
        }
        if (function == 1 || function > 200) {
            breaches.add(new Breach("speakerFunction", "programme.partner.speaker.functionLength"));
        }
    }

    /**
     * Takes a partner off its action.
     *
     * @return the action it was a partner of
     * @throws ProgrammeNotFoundException when there is no such partner
     */
    @Transactional
    public UUID remove(AccountUser user, UUID partnerId) {
        ActionPartnerRepository.Row row =
                repository.partner(partnerId).orElseThrow(() -> new ProgrammeNotFoundException(partnerId));
        programmes.action(user, row.actionId());
        repository.delete(partnerId);
        return row.actionId();
    }

    /** The conferences and workshops held inside the stand's fair, in the order they took place. */
    public List<ActionTalk> talks(AccountUser user, UUID actionId) {
        programmes.action(user, actionId);
        return talksOf(List.of(actionId));
    }

    /** The talks of these actions (no access check: the caller made it). */
    List<ActionTalk> talksOf(Collection<UUID> actionIds) {
        List<ActionTalk> talks = new ArrayList<>();
        for (UUID actionId : actionIds) {
            for (UUID eventId : repository.talks(List.of(actionId))) {
                events.event(eventId)
                        .ifPresent(
                                event -> talks.add(new ActionTalk(actionId, eventId, event.title(), event.startsAt())));
            }
        }
        talks.sort(Comparator.comparing(ActionTalk::startsAt));
        return talks;
    }

    /** The events of the agenda held during the stand's fair that may be added as its talks. */
    public List<Event> talkCandidates(AccountUser user, UUID actionId) {
        ProgrammeAction action = programmes.action(user, actionId);
        Optional<Event> stand = stand(action);
        if (stand.isEmpty()) {
            return List.of();
        }
        return events
                .agendaBetween(
                        start(firstDay(stand.get())), start(lastDay(stand.get()).plusDays(1)), null, 50)
                .stream()
                .filter(event -> event.kind() != EventKind.STAND)
                .filter(event -> !programmes.eventTaken(event.id()))
                .toList();
    }

    /**
     * Records that a conference or workshop of the agenda was held inside the stand's fair.
     *
     * @throws ProgrammeRejectedException when the action is not a held stand, or the event is unknown, a stand, not
     *     held during the fair, or already an action or a talk
     */
    @Transactional
    public void addTalk(AccountUser user, UUID actionId, UUID eventId) {
        checkTalk(user, actionId, eventId);
        if (!repository.insertTalk(actionId, eventId)) {
            throw refused("eventId", "programme.talk.event.taken");
        }
    }

    /** Checks a talk without recording it. */
    public void checkTalk(AccountUser user, UUID actionId, UUID eventId) {
        ProgrammeAction action = programmes.action(user, actionId);
        Optional<Event> stand = stand(action);
        if (stand.isEmpty()) {
            throw refused("eventId", "programme.talk.notStand");
        }
        if (eventId == null) {
            throw refused("eventId", "programme.talk.event.required");
        }
        Event talk = events.event(eventId).orElseThrow(() -> refused("eventId", "programme.talk.event.unknown"));
        if (talk.kind() == EventKind.STAND) {
            throw refused("eventId", "programme.talk.event.kind");
        }
        LocalDate day = talk.startsAt().atZoneSameInstant(Paris.ZONE).toLocalDate();
        if (day.isBefore(firstDay(stand.get())) || day.isAfter(lastDay(stand.get()))) {
            throw refused("eventId", "programme.talk.event.outside");
        }
        if (programmes.eventTaken(eventId)) {
            throw refused("eventId", "programme.talk.event.taken");
        }
    }

    /** Takes a talk off the stand's report (the event stays in the agenda). */
    @Transactional
    public void removeTalk(AccountUser user, UUID actionId, UUID eventId) {
        programmes.action(user, actionId);
        repository.deleteTalk(actionId, eventId);
    }

    /** Records a partner as it was, with no user (demonstration data); skipped when the directory lacks it. */
    @Transactional
    void record(UUID actionId, PartnerDraft draft) {
        directory
                .organisationIdByName(draft.organisation())
                .ifPresent(organisation -> repository.insert(actionId, organisation, draft));
    }

    /** Records a talk as it was, with no user (demonstration data). */
    @Transactional
    void recordTalk(UUID actionId, UUID eventId) {
        repository.insertTalk(actionId, eventId);
    }

    private Optional<Event> stand(ProgrammeAction action) {
        if (action.kind() != ActionKind.STAND || action.eventId() == null) {
            return Optional.empty();
        }
        return events.event(action.eventId());
    }

    private static LocalDate firstDay(Event event) {
        return event.startsAt().atZoneSameInstant(Paris.ZONE).toLocalDate();
    }

    private static LocalDate lastDay(Event event) {
        return event.slots().stream()
                .map(slot -> slot.endsAt().atZoneSameInstant(Paris.ZONE).toLocalDate())
                .max(Comparator.naturalOrder())
                .orElse(firstDay(event));
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Paris.ZONE).toOffsetDateTime();
    }

    private static ProgrammeRejectedException refused(String field, String key) {
        return new ProgrammeRejectedException(List.of(new Breach(field, key)));
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
