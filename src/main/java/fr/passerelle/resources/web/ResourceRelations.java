package fr.passerelle.resources.web;

import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.Paris;
import fr.passerelle.common.Texts;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.Event;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.resources.internal.Resource;
import fr.passerelle.resources.internal.ResourceEvents;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a resource is tied to: the organisation that wrote it, the working groups and events it comes from, as its
 * page shows them and as the resource form offers them to choose from.
 */
@Component
record ResourceRelations(Directory directory, Groups groups, ResourceEvents events) {

    /** The name of the organisation that wrote the resource, or the author as typed, null without either. */
    String author(Resource resource) {
        return resource.authorOrganisationId() == null
                ? resource.author()
                : directory.organisationName(resource.authorOrganisationId()).orElse(resource.author());
    }

    /** The organisation of that name, null when none is called so (the name is then kept as typed). */
    UUID organisationId(String typed) {
        String name = Texts.blankToNull(typed);
        return name == null
                ? null
                : directory.organisationIdByName(name.strip()).orElse(null);
    }

    /** The working groups the resource comes from. */
    List<WorkingGroup> groups(Resource resource) {
        return resource.groupIds().stream()
                .flatMap(group -> groups.byId(group).stream())
                .toList();
    }

    /** The events the resource comes from, by date. */
    List<Event> events(Resource resource) {
        return resource.eventIds().stream()
                .flatMap(event -> events.event(event).stream())
                .sorted(Comparator.comparing(Event::startsAt))
                .toList();
    }

    /** The groups and events to choose from, with the events the form already names wherever they are in the agenda. */
    void addChoicesTo(Model model, List<UUID> namedEvents) {
        Map<UUID, String> groupNames = new LinkedHashMap<>();
        groups.all().forEach((WorkingGroup group) -> groupNames.put(group.id(), group.name()));
        Map<UUID, String> eventLabels = new LinkedHashMap<>();
        events(namedEvents == null ? List.of() : namedEvents)
                .forEach(event -> eventLabels.put(event.id(), label(event)));
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
