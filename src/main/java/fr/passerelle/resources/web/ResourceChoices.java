package fr.passerelle.resources.web;

import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.resources.internal.ResourceEvents;
import fr.passerelle.resources.internal.ResourceKind;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the resource form offers to choose from: the kinds, the working groups and the events, each with its label. */
@Component
class ResourceChoices {

    private final Groups groups;
    private final ResourceEvents events;
    private final MessageSource messages;

    ResourceChoices(Groups groups, ResourceEvents events, MessageSource messages) {
        this.groups = groups;
        this.events = events;
        this.messages = messages;
    }

    /** The form's choices, with the events it already names wherever they are in the agenda. */
    void addTo(Model model, List<UUID> namedEvents) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (ResourceKind kind : ResourceKind.values()) {
            kinds.put(kind.code(), messages.getMessage(kind.messageKey(), null, LocaleContextHolder.getLocale()));
        }
        Map<UUID, String> groupNames = new LinkedHashMap<>();
        groups.all().forEach((WorkingGroup group) -> groupNames.put(group.id(), group.name()));
        Map<UUID, String> eventLabels = new LinkedHashMap<>();
        events(namedEvents == null ? List.of() : namedEvents)
                .forEach(event -> eventLabels.put(event.id(), label(event)));
        model.addAttribute("kinds", kinds);
        model.addAttribute("groups", groupNames);
        model.addAttribute("events", eventLabels);
    }

    /** The events a resource may come from: the last eighteen months' and the next six's, latest first, and those named. */
    private List<Event> events(List<UUID> named) {
        ZonedDateTime now = ZonedDateTime.now(Paris.ZONE);
        List<Event> choices = new ArrayList<>(events.between(now.minusMonths(18), now.plusMonths(6)));
        Collections.reverse(choices);
        for (UUID id : named) {
            if (id != null && choices.stream().noneMatch(event -> event.id().equals(id))) {
                events.event(id).ifPresent(event -> choices.add(0, event));
            }
        }
        return choices;
    }

    private static String label(Event event) {
        return FrenchDates.day(event.startsAt().atZoneSameInstant(Paris.ZONE).toLocalDate()) + " — " + event.title();
    }
}
