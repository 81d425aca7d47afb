package fr.passerelle.events.internal;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.events.Event;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gives each session of an event its iCalendar UID and keeps it across changes, so that registrants' calendars
 * replace the session they hold instead of adding another. When an organiser rewrites the sessions, a session keeps
 * its UID when the form carried it, else when its times did not change, else it takes the UID of the first session
 * left unmatched (a session moved to another time); the sessions left over are the removed ones.
 */
@Component
class SessionIdentifiers {

    private final String domain;

    SessionIdentifiers(SiteAddress site) {
        String host = URI.create(site.url()).getHost();
        this.domain = host == null || host.isBlank() ? "passerelle" : host;
    }

    /** A new UID, unique everywhere: a random UUID at the platform's domain. */
    String fresh() {
        return UUID.randomUUID() + "@" + domain;
    }

    /** The sessions of a new event, each with a new UID. */
    List<Event.Slot> fresh(List<Event.Slot> sessions) {
        return sessions.stream().map(slot -> slot.withUid(fresh())).toList();
    }

    /** The rewritten sessions with the UIDs they keep or get, in the order written. */
    List<Event.Slot> match(List<Event.Slot> before, List<Event.Slot> after) {
        Set<String> known = new HashSet<>();
        before.forEach(slot -> known.add(slot.uid()));
        String[] uids = new String[after.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < after.size(); i++) {
            String carried = after.get(i).uid();
            if (carried != null && known.contains(carried) && taken.add(carried)) {
                uids[i] = carried;
            }
        }
        for (int i = 0; i < after.size(); i++) {
            if (uids[i] == null) {
                uids[i] = sameTimes(before, after.get(i), taken);
            }
        }
        List<String> left = new ArrayList<>(before.stream()
                .map(Event.Slot::uid)
                .filter(uid -> !taken.contains(uid))
                .toList());
        List<Event.Slot> matched = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            String uid = uids[i] != null ? uids[i] : left.isEmpty() ? fresh() : left.remove(0);
            matched.add(after.get(i).withUid(uid));
        }
        return matched;
    }

    /** The sessions of {@code before} whose UID none of {@code after} keeps. */
    static List<Event.Slot> removed(List<Event.Slot> before, List<Event.Slot> after) {
        Set<String> kept = new HashSet<>();
        after.forEach(slot -> kept.add(slot.uid()));
        return before.stream().filter(slot -> !kept.contains(slot.uid())).toList();
    }

    private static String sameTimes(List<Event.Slot> before, Event.Slot slot, Set<String> taken) {
        for (Event.Slot old : before) {
            if (!taken.contains(old.uid())
                    && Objects.equals(
                            old.startsAt().toInstant(), slot.startsAt().toInstant())
                    && Objects.equals(old.endsAt().toInstant(), slot.endsAt().toInstant())) {
                taken.add(old.uid());
                return old.uid();
            }
        }
        return null;
    }
}
