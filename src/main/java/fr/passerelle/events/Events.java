package fr.passerelle.events;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.internal.EventAudience;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.EventRejectedException;
import fr.passerelle.events.internal.EventRepository;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.events.internal.Seats;
import fr.passerelle.events.internal.SessionChanges;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events module's facade: coordinators publish the network's events, territory agents their local ones into the
 * common agenda; anyone reads the published agenda.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Events {

    /** The agenda's filters; null for any. */
    public record AgendaQuery(
            OffsetDateTime from,
            OffsetDateTime to,
            List<EventKind> kinds,
            List<EventAudience> audiences,
            Boolean online,
            String text,
            List<String> communes,
            UUID perimeter,
            int page,
            int size,
            UUID network) {}

    /**
     * An event changed; {@code practical} when its dates, place, mode or link did, which registrants are told.
     *
     * @param revision the event's revision after the change
     */
    public record EventChanged(UUID eventId, int revision, boolean practical) {}

    /** A registrant to tell that the event's dates, place, mode or link changed. */
    public record RegistrantToTell(UUID registrationId) {}

    private final EventRepository events;
    private final Registrations registrations;
    private final Seats seats;
    private final Directory directory;
    private final ApplicationEventPublisher publisher;

    /**
     * Publishes an event.
     *
     * @throws EventRejectedException listing every rule the draft breaks
     * @throws AccessDeniedException for anyone but coordinators and territory agents
     */
    @Transactional
    public UUID publish(AccountUser user, EventDraft draft) {
        if (!publishes(user)) {
            throw new AccessDeniedException("Coordinators and territory agents only");
        }
        check(draft);
        UUID perimeter =
                user.hasRole(Role.TERRITORY_AGENT) && !user.hasRole(Role.COORDINATOR) ? territoryOf(user) : null;
        UUID id = events.insert(draft, "published", perimeter, user.id());
        events.placeInNetwork(id, user.networkId());
        publisher.publishEvent(new EventPublished(id, user.networkId()));
        return id;
    }

    /** The territory an agent publishes for: the first perimeter their organisation covers. */
    private UUID territoryOf(AccountUser user) {
        return user.organisationIds().stream()
                .map(directory::organisation)
                .flatMap(Optional::stream)
                .flatMap(organisation -> organisation.coverage().stream())
                .findFirst()
                .orElse(null);
    }

    /** Checks a draft without publishing it, so that a form shows every problem at once. */
    public void check(AccountUser user, EventDraft draft) {
        check(draft);
    }

    /**
     * Whether the user may change the event: the coordinators of its network (administrators any); a territory agent
     * the events they published or their territory published.
     */
    public boolean edits(AccountUser user, Event event) {
        if (user == null) {
            return false;
        }
        if (user.networkStaff()) {
            return user.staffOf(events.networkOf(event.id()));
        }
        return user.hasRole(Role.TERRITORY_AGENT)
                && (user.id().equals(events.createdBy(event.id()))
                        || (event.perimeterId() != null && event.perimeterId().equals(territoryOf(user))));
    }

    /**
     * Changes an event as its organiser rewrote it. The capacity cannot go under the places already taken (confirmed,
     * or held for a confirmation still awaited); when it grows, the waitlisted get the new places in the order they
     * came. When the dates, the place, the mode or the
     * link change, the registrants are told (after commit) with the updated calendar file.
     *
     * @return whether the registrants are told
     * @throws EventRejectedException listing every rule the draft breaks, or a session's places under the seats held
     *     on it (refused by the statement that writes the session)
     * @throws EventNotFoundException when there is no such event, or the user may not change it
     */
    @Transactional
    public boolean update(AccountUser user, UUID id, EventDraft draft) {
        Event before = seats.lock(id)
                .filter(event -> !"draft".equals(event.status()))
                .orElseThrow(() -> new EventNotFoundException(id));
        if (!edits(user, before)) {
            throw new EventNotFoundException(id);
        }
        List<Breach> breaches = breaches(draft);
        int taken = seats.taken(id);
        if (draft.capacity() != null && draft.capacity() >= 1 && draft.capacity() < taken) {
            breaches.add(new Breach("capacity", "event.capacity.belowConfirmed", List.of(taken)));
        }
        if (!breaches.isEmpty()) {
            throw new EventRejectedException(breaches);
        }
        List<Event.Slot> removed = events.update(id, draft, user.id());
        if (draft.capacity() == null || (before.capacity() != null && draft.capacity() > before.capacity())) {
            seats.promote(id);
        }
        boolean practical = !instants(before.slots()).equals(instants(draft.slots()))
                || before.mode() != draft.mode()
                || !Objects.equals(before.place(), blankToNull(draft.place()))
                || !Objects.equals(before.onlineLink(), blankToNull(draft.onlineLink()));
        publisher.publishEvent(new EventChanged(id, before.revision() + 1, practical));
        if (!practical) {
            return false;
        }
        // One publication per registrant, so that a mail that fails is retried alone.
        List<UUID> registrants = registrations.activeIds(id);
        registrants.forEach(registration -> publisher.publishEvent(
                removed.isEmpty()
                        ? new RegistrantToTell(registration)
                        : new SessionChanges.SessionsRemoved(registration, removed)));
        return !registrants.isEmpty();
    }

    /**
     * Cancels a published event: it stays on its page, marked cancelled, and leaves the agenda; everyone registered
     * hears it (after commit), with the organisers' reason when given, and those with a confirmed place get the
     * calendar file that takes its sessions out of their calendars.
     *
     * @return false when it was already cancelled
     * @throws EventNotFoundException when there is no such event, or the user may not change it
     */
    @Transactional
    public boolean cancel(AccountUser user, UUID id, String reason) {
        Event event = seats.lock(id)
                .filter(found -> !"draft".equals(found.status()) && edits(user, found))
                .orElseThrow(() -> new EventNotFoundException(id));
        if (!events.cancel(id, user.id())) {
            return false;
        }
        publisher.publishEvent(new EventChanged(id, event.revision() + 1, true));
        registrations
                .activeIds(id)
                .forEach(registration ->
                        publisher.publishEvent(new SessionChanges.EventCancelled(registration, blankToNull(reason))));
        return true;
    }

    /**
     * Publishes a copy of the event on another day, its slots at the same hours (and as many days apart): for those
     * who may change the event, since the copy carries its online link.
     *
     * @throws EventNotFoundException when there is no such event, or the user may not change it
     */
    @Transactional
    public UUID duplicate(AccountUser user, UUID id, java.time.LocalDate day) {
        Event event = event(id).filter(found -> edits(user, found)).orElseThrow(() -> new EventNotFoundException(id));
        java.time.ZoneId paris = Paris.ZONE;
        java.time.LocalDate first = event.startsAt().atZoneSameInstant(paris).toLocalDate();
        long shift = java.time.temporal.ChronoUnit.DAYS.between(first, day);
        List<Event.Slot> slots = event.slots().stream()
                .map(slot -> new Event.Slot(
                        slot.startsAt().atZoneSameInstant(paris).plusDays(shift).toOffsetDateTime(),
                        slot.endsAt().atZoneSameInstant(paris).plusDays(shift).toOffsetDateTime()))
                .toList();
        return publish(user, event.copyOn(slots));
    }

    /** Puts the event at the top of the agenda, or takes it off (coordinators). */
    @Transactional
    public void feature(AccountUser user, UUID id, boolean featured) {
        if (!features(user, id)) {
            throw new AccessDeniedException("Coordinators only");
        }
        events.feature(id, featured);
    }

    /** Whether the user puts the event at the top of its agenda: the coordinators of its network (administrators any). */
    public boolean features(AccountUser user, UUID id) {
        return user != null && user.staffOf(events.networkOf(id));
    }

    /** Whether the user may publish events. */
    public boolean publishes(AccountUser user) {
        return user != null
                && (user.hasRole(Role.COORDINATOR)
                        || user.hasRole(Role.ADMINISTRATOR)
                        || user.hasRole(Role.TERRITORY_AGENT));
    }

    /** Records an event as it was (demonstration data, imports): no user, no check of dates in the past. */
    @Transactional
    public UUID record(EventDraft draft) {
        check(draft);
        return events.insert(draft, "published", null, null);
    }

    /** The network an event belongs to (its organiser's), or null when there is no such event. */
    public UUID networkOf(UUID eventId) {
        return events.networkOf(eventId);
    }

    /** Places an event in a network (demonstration data, imports). */
    @Transactional
    public void placeInNetwork(UUID eventId, UUID networkId) {
        events.placeInNetwork(eventId, networkId);
    }

    /** A published (or cancelled) event. */
    public Optional<Event> event(UUID id) {
        return events.find(id).filter(event -> !"draft".equals(event.status()));
    }

    /**
     * The published events starting between two moments (the second excluded), of the given kinds (null for all),
     * earliest first, at most {@code most} of them.
     */
    public List<Event> agendaBetween(OffsetDateTime from, OffsetDateTime to, List<EventKind> kinds, int most) {
        return agenda(new AgendaQuery(from, to, kinds, null, null, null, null, null, 0, most, null)).stream()
                .limit(most)
                .toList();
    }

    /** A page of the published agenda, by start; one event more than the page's size when there is a next page. */
    public List<Event> agenda(AgendaQuery query) {
        StringBuilder where = new StringBuilder("e.status = 'published'");
        Map<String, Object> params = new HashMap<>();
        if (query.from() != null) {
            where.append(" and e.starts_at >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and e.starts_at < :to");
            params.put("to", query.to());
        }
        if (query.audiences() != null && !query.audiences().isEmpty()) {
            where.append(" and e.audiences && :audiences::text[]");
            params.put(
                    "audiences",
                    query.audiences().stream().map(EventAudience::code).toArray(String[]::new));
        }
        if (query.kinds() != null && !query.kinds().isEmpty()) {
            where.append(" and e.kind = any(:kinds::text[])");
            params.put("kinds", query.kinds().stream().map(EventKind::code).toArray(String[]::new));
        }
        if (Boolean.TRUE.equals(query.online())) {
            where.append(" and e.mode <> 'sur_place'");
        }
        if (query.communes() != null) {
            where.append(" and (e.commune_code = any(:communes::text[]) or e.perimeter_id = :perimeter)");
            params.put("communes", query.communes().toArray(String[]::new));
            params.put("perimeter", query.perimeter());
        }
        if (query.network() != null) {
            where.append(" and e.network_id = :network");
            params.put("network", query.network());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and e.search @@ websearch_to_tsquery('french_unaccent', :text)");
            params.put("text", query.text().strip());
        }
        int size = Math.max(1, Math.min(200, query.size()));
        // One more than the page, so that the caller knows whether there is a next one.
        return events.list(where.toString(), params, size + 1, Math.max(0, query.page()) * size);
    }

    private static void check(EventDraft draft) {
        List<Breach> breaches = breaches(draft);
        if (!breaches.isEmpty()) {
            throw new EventRejectedException(breaches);
        }
    }

    private static List<Breach> breaches(EventDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        if (draft.kind() == null) {
            breaches.add(new Breach("kind", "event.kind.required"));
        }
        int title = draft.title() == null ? 0 : draft.title().strip().length();
        if (title < 5 || title > 200) {
            breaches.add(new Breach("title", "event.title.length"));
        }
        if (draft.mode() == null) {
            breaches.add(new Breach("mode", "event.mode.required"));
        } else if (draft.mode().online()
                && (draft.onlineLink() == null || !draft.onlineLink().strip().matches("https?://\\S+"))) {
            breaches.add(new Breach("onlineLink", "event.onlineLink.required"));
        }
        if (draft.slots() == null || draft.slots().isEmpty()) {
            breaches.add(new Breach("slots", "event.slots.required"));
        } else {
            for (Event.Slot slot : draft.slots()) {
                if (slot.startsAt() == null
                        || slot.endsAt() == null
                        || !slot.endsAt().isAfter(slot.startsAt())) {
                    breaches.add(new Breach("slots", "event.slot.order"));
                    break;
                }
            }
        }
        if (draft.capacity() != null && (draft.capacity() < 1 || draft.capacity() > 100_000)) {
            breaches.add(new Breach("capacity", "event.capacity.invalid"));
        }
        sessionCapacities(draft, breaches);
        if (draft.registrationOpensAt() != null
                && draft.registrationClosesAt() != null
                && !draft.registrationClosesAt().isAfter(draft.registrationOpensAt())) {
            breaches.add(new Breach("registrationCloses", "event.registration.window.order"));
        } else if (draft.registrationOpensAt() != null
                && draft.slots() != null
                && !draft.slots().isEmpty()
                && draft.slots().get(0).startsAt() != null
                && !draft.registrationOpensAt().isBefore(draft.slots().get(0).startsAt())) {
            breaches.add(new Breach("registrationOpens", "event.registration.opens.afterStart"));
        }
        return breaches;
    }

    /** The slots as moments, whatever offset they were written with. */
    private static List<java.time.Instant> instants(List<Event.Slot> slots) {
        return slots.stream()
                .flatMap(slot -> java.util.stream.Stream.of(
                        slot.startsAt().toInstant(), slot.endsAt().toInstant()))
                .toList();
    }

    /** A session's own places: a number of places, and never beside the event's (one or the other counts). */
    private static void sessionCapacities(EventDraft draft, List<Breach> breaches) {
        List<Event.Slot> slots = draft.slots() == null ? List.of() : draft.slots();
        if (slots.stream()
                .anyMatch(slot -> slot.capacity() != null && (slot.capacity() < 1 || slot.capacity() > 100_000))) {
            breaches.add(new Breach("slots", "event.slot.capacity.invalid"));
        } else if (draft.capacity() != null && slots.stream().anyMatch(slot -> slot.capacity() != null)) {
            breaches.add(new Breach("capacity", "event.capacity.perSession"));
        }
    }
}
