package fr.passerelle.events.web;

import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.TerritoryPage;
import fr.passerelle.territory.TerritoryPages;
import fr.passerelle.territory.UnknownTerritoryException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agenda's territory filter: a territory page's address (le-diois) or an EPCI's SIREN, as its communes. */
@Component
@RequiredArgsConstructor
class TerritoryFilter {

    /** A territory's perimeter and communes. */
    record Territory(UUID perimeter, List<String> communes) {}

    private final TerritoryPages pages;
    private final Territories territories;

    /** The territories one can choose in the agenda: those with a page, by name, as address → name. */
    public java.util.Map<String, String> choices() {
        java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
        pages.all().stream()
                .sorted(java.util.Comparator.comparing(
                        TerritoryPage::name, java.text.Collator.getInstance(java.util.Locale.FRENCH)))
                .forEach(page -> choices.put(page.slug(), page.name()));
        return choices;
    }

    @Transactional // the territory module records an official perimeter the first time it is named
    public Optional<Territory> resolve(String code) {
        if (code == null) {
            return Optional.empty();
        }
        UUID perimeter = pages.bySlug(code).map(TerritoryPage::perimeterId).orElse(null);
        if (perimeter == null) {
            try {
                perimeter =
                        territories.officialPerimeter(PerimeterKind.EPCI, code).id();
            } catch (UnknownTerritoryException unknown) {
                return Optional.empty();
            }
        }
        return Optional.of(new Territory(perimeter, territories.communeCodes(List.of(perimeter))));
    }
}
