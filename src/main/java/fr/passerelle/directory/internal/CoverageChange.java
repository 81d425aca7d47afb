package fr.passerelle.directory.internal;

import fr.passerelle.territory.Perimeter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A coverage that a member proposed for their organisation, beside the approved one, waiting for a coordinator. */
public record CoverageChange(
        long id,
        UUID organisationId,
        String organisationName,
        List<Perimeter> approved,
        List<Perimeter> proposed,
        String proposedBy,
        OffsetDateTime proposedAt) {}
