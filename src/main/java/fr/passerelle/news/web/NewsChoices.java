package fr.passerelle.news.web;

import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.resources.PublishedResource;
import fr.passerelle.resources.ResourceLibrary;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What an article may speak of: the agenda's events of the past year and the year to come, the working groups, the
 * library's newest public resources.
 */
@Component
record NewsChoices(Events events, Groups groups, ResourceLibrary library) {

    /** How many of the library's newest public resources the form offers (and the one chosen, when older). */
    static final int RESOURCES = 100;

    void addTo(Model model, UUID chosenEvent, UUID chosenResource) {
        OffsetDateTime now = OffsetDateTime.now(Paris.ZONE);
        List<Event> agenda = new ArrayList<>(events.agendaBetween(now.minusYears(1), now.plusYears(1), null, 300));
        if (chosenEvent != null && agenda.stream().noneMatch(event -> event.id().equals(chosenEvent))) {
            events.event(chosenEvent).ifPresent(agenda::add);
        }
        model.addAttribute(
                "events",
                agenda.stream()
                        .map(event -> List.of(
                                event.id().toString(), FrenchDates.day(event.firstDay()) + " — " + event.title()))
                        .toList());
        model.addAttribute(
                "groups",
                groups.all().stream()
                        .map(group -> List.of(group.id().toString(), group.name()))
                        .toList());
        model.addAttribute("resources", resources(chosenResource));
    }

    /** The newest public resources as the form's choices, with the one chosen when it is older and still public. */
    private List<List<String>> resources(UUID chosen) {
        List<PublishedResource> latest = new ArrayList<>(library.latest(RESOURCES));
        if (chosen != null
                && latest.stream().noneMatch(resource -> resource.id().equals(chosen))) {
            library.published(chosen).ifPresent(latest::add);
        }
        return latest.stream()
                .map(resource -> List.of(resource.id().toString(), resource.title()))
                .toList();
    }

    /** The event, group and resource an article speaks of, for its page. */
    void addLinks(Model model, UUID eventId, UUID groupId, UUID resourceId) {
        model.addAttribute(
                "event", eventId == null ? null : events.event(eventId).orElse(null));
        WorkingGroup group = groupId == null ? null : groups.byId(groupId).orElse(null);
        model.addAttribute("group", group);
        model.addAttribute(
                "resource",
                resourceId == null ? null : library.published(resourceId).orElse(null));
    }
}
