package fr.passerelle.resources.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A resource as a coordinator describes it; with either a link or an uploaded file; the groups and events it comes from. */
public record ResourceDraft(
        String title,
        ResourceKind kind,
        String summary,
        List<String> keywords,
        List<String> themes,
        String audience,
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
}
