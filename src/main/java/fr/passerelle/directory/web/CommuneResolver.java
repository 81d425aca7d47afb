package fr.passerelle.directory.web;

import fr.passerelle.territory.CommuneMatch;
import fr.passerelle.territory.Territories;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The commune of a search: its INSEE code, or, without JavaScript, the best match of what was typed. */
@Component
record CommuneResolver(Territories territories) {
    Optional<CommuneMatch> resolve(String code, String label) {
        if (code != null && !code.isBlank()) {
            return territories
                    .commune(code.strip())
                    .map(c -> new CommuneMatch(
                            c.code(), c.name(), c.departement().code(), c.postalCodes(), c.population()));
        }
        if (label != null && !label.isBlank()) {
            return territories.searchCommunes(label, 1).stream().findFirst();
        }
        return Optional.empty();
    }
}
