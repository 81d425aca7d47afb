package fr.passerelle.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A published entry not verified for more than six months, whose quality score is falling.
 *
 * @param organisationId the organisation it is, or that offers it (whose members look after it)
 * @param schemeId the scheme, or null for the organisation's own entry
 */
record StaleEntry(UUID organisationId, UUID schemeId, String name, LocalDate lastVerifiedOn) {

    String path() {
        return schemeId == null ? "/annuaire/structures/" + organisationId : "/annuaire/dispositifs/" + schemeId;
    }
}
