package fr.passerelle.events.web;

import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.internal.Registrations;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sessions a person may tick when registering, each as a pair of its UID and its words: its day and hours, and
 * its places left (or its waitlist) when it holds its own capacity; not the sessions cancelled. None for an event that
 * offers no choice.
 */
@Component
record SessionOptions(Registrations registrations, MessageSource messages) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    List<List<String>> of(Event event) {
        if (!event.sessionsChosen()) {
            return List.of();
        }
        Map<String, Integer> left = registrations.sessionsLeft(event);
        return event.openSlots().stream()
                .map(slot -> List.of(slot.uid(), label(slot, left.get(slot.uid()))))
                .toList();
    }

    /** The session's day and hours, as jeudi 12 mars 2026, 09h00 – 12h30. */
    static String when(Event.Slot slot) {
        return DAY.format(slot.startsAt().atZoneSameInstant(Paris.ZONE)) + " – "
                + HOUR.format(slot.endsAt().atZoneSameInstant(Paris.ZONE));
    }

    private String label(Event.Slot slot, Integer left) {
        if (left == null) {
            return when(slot);
        }
        String places = left > 0
                ? messages.getMessage("registration.session.left", new Object[] {left, slot.capacity()}, Locale.FRENCH)
                : messages.getMessage("registration.session.full", null, Locale.FRENCH);
        return when(slot) + " (" + places + ")";
    }
}
