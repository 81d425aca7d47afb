package fr.passerelle.resources.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A resource of the library.
 *
 * @param membersOnly whether only the network's members (signed-in professionals) see it
 * @param fileName the uploaded file's name, null for a link
 * @param groupIds the working groups it comes from
 * @param eventIds the events it comes from
 * @param networkId the network whose coordinators keep it; null when the national level published it
 */
public record Resource(
        UUID id,
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
        String fileName,
        String fileType,
        Integer fileSize,
        List<UUID> groupIds,
        List<UUID> eventIds,
        int downloads,
        UUID networkId) {}
