package fr.passerelle.territory;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * How a territory presents itself to newcomers.
 *
 * @param organisationId the organisation that runs the territory, whose agents write the page
 * @param living the cadre de vie; then services, mobility, housing and schools, each in plain words
 */
public record TerritoryPage(
        UUID id,
        UUID perimeterId,
        String slug,
        UUID organisationId,
        String name,
        String tagline,
        String living,
        String services,
        String mobility,
        String housing,
        String schools,
        OffsetDateTime updatedAt) {}
