package fr.passerelle.resources.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A resource as a coordinator describes it; with either a link or an uploaded file; the groups and events it comes
 * from.
 */
public record ResourceDraft(
        Description description,
        UUID authorOrganisationId,
        String author,
        LocalDate publishedOn,
        boolean membersOnly,
        String link,
        List<UUID> groupIds,
        List<UUID> eventIds) {

    public ResourceDraft {
        groupIds = groupIds == null ? List.of() : groupIds.stream().distinct().toList();
        eventIds = eventIds == null ? List.of() : eventIds.stream().distinct().toList();
    }

    /** What the resource is and what it is about, as the library lists and searches it. */
    public record Description(
            String title,
            ResourceKind kind,
            String summary,
            List<String> keywords,
            List<String> themes,
            String audience) {}
}
