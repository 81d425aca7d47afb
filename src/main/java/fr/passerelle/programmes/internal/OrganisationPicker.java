package fr.passerelle.programmes.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Organisation;
import fr.passerelle.territory.Territories;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Finds the published directory organisation a coordinator picked in a form (an action's partner, a programme's
 * funder): the one chosen among the suggestions, by its id, or else the one whose name is the name typed, accents and
 * case aside. Suggestions come from the directory's French text search.
 */
@Component
@RequiredArgsConstructor
public class OrganisationPicker {

    /** How many organisations a search suggests, and a refused name lists. */
    static final int CANDIDATES = 10;

    private final Directory directory;
    private final Territories territories;

    /** The published organisations matching what was typed, best first; none for fewer than two letters. */
    public List<OrganisationOption> suggestions(String typed) {
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        return directory.allOrganisations(DirectoryQuery.all().withText(typed.strip()), CANDIDATES).stream()
                .map(this::option)
                .toList();
    }

    /** The organisations to choose from under a refused field: none when the id or the name typed finds one. */
    public List<OrganisationOption> candidates(String typed, UUID chosen) {
        if (chosen != null || exact(typed).isPresent()) {
            return List.of();
        }
        return suggestions(typed);
    }

    /**
     * The organisation picked, or a breach on the field: an id that is no published organisation (forged), no name
     * ({@code required}), a name that is no organisation's ({@code unknown}, or "ambiguous" when some match it).
     */
    Optional<UUID> pick(Field field, String typed, UUID chosen, List<Breach> breaches) {
        if (chosen != null) {
            Optional<UUID> found = directory.publishedOrganisation(chosen).map(Organisation::id);
            if (found.isEmpty()) {
                breaches.add(new Breach(field.name(), "programme.organisation.forged"));
            }
            return found;
        }
        if (typed == null || typed.isBlank()) {
            breaches.add(new Breach(field.name(), field.required()));
            return Optional.empty();
        }
        Optional<UUID> found = exact(typed);
        if (found.isEmpty()) {
            String key = suggestions(typed).isEmpty() ? field.unknown() : "programme.organisation.ambiguous";
            breaches.add(new Breach(field.name(), key, List.of(typed.strip())));
        }
        return found;
    }

    private Optional<UUID> exact(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return directory
                .organisationIdByName(typed.strip())
                .filter(id -> directory.publishedOrganisation(id).isPresent());
    }

    private OrganisationOption option(Organisation organisation) {
        String place = organisation.communeCode() == null
                ? null
                : territories
                        .commune(organisation.communeCode())
                        .map(commune -> commune.departement() == null
                                ? commune.name()
                                : commune.name() + " (" + commune.departement().code() + ")")
                        .orElse(null);
        return new OrganisationOption(organisation.id(), organisation.name(), organisation.kind(), place);
    }

    /** A form's organisation field: its name and the messages of an empty field and of a name no one bears. */
    record Field(String name, String required, String unknown) {}
}
