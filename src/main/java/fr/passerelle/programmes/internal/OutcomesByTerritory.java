package fr.passerelle.programmes.internal;

import fr.passerelle.common.MonthRange;
import fr.passerelle.pathway.PathwayIndicators;
import fr.passerelle.programmes.internal.Statistics.TerritoryOutcomes;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.TerritoryPage;
import fr.passerelle.territory.TerritoryPages;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The long-term outcomes of a period in each territory that has a page, by its communes, in name order. */
@Component
@RequiredArgsConstructor
class OutcomesByTerritory {

    private final PathwayIndicators pathway;
    private final TerritoryPages pages;
    private final Territories territories;

    /** Every territory for the national sums, else those of the network. */
    List<TerritoryOutcomes> of(MonthRange range, NetworkScope scope) {
        return pages.all().stream()
                .filter(page -> scope.national() || scope.perimeters().contains(page.perimeterId()))
                .sorted(Comparator.comparing(TerritoryPage::name))
                .map(page -> new TerritoryOutcomes(
                        page.name(), pathway.outcomes(range, territories.communeCodes(List.of(page.perimeterId())))))
                .toList();
    }
}
