package fr.passerelle.resources;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A resource as a coordinator describes it; with either a link or an uploaded file. */
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
        UUID groupId,
        UUID eventId) {}
