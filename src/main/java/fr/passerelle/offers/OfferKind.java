package fr.passerelle.offers;

import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.Vocabulary;
import java.util.EnumSet;
import java.util.Set;

/** What a territory offers. */
public enum OfferKind implements Vocabulary {
    /** A business to take over (reprise / transmission d'entreprise). */
    REPRISE,
    /** Premises or a place available. */
    LOCAL,
    /** Farmland. */
    FONCIER_AGRICOLE,
    /** A salaried job. */
    EMPLOI,
    /** A need the territory identified, an opportunity to settle ("the village needs a baker"). */
    BESOIN_IDENTIFIE,
    /** A coworking space or tiers-lieu. */
    TIERS_LIEU;

    @Override
    public String messagePrefix() {
        return "offer.kind";
    }

    /** The kinds of project this kind of offer suits: a farm for a farming project, a job for a job seeker... */
    public Set<ProjectKind> suits() {
        return switch (this) {
            case REPRISE ->
                EnumSet.of(
                        ProjectKind.REPRISE, ProjectKind.CREATION_INDIVIDUELLE, ProjectKind.ENTREPRENEURIAT_COLLECTIF);
            case FONCIER_AGRICOLE -> EnumSet.of(ProjectKind.INSTALLATION_AGRICOLE);
            case EMPLOI -> EnumSet.of(ProjectKind.RECHERCHE_ACTIVITE);
            case LOCAL, TIERS_LIEU ->
                EnumSet.of(
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectKind.ENTREPRENEURIAT_COLLECTIF,
                        ProjectKind.INITIATIVE_CITOYENNE,
                        ProjectKind.REPRISE,
                        ProjectKind.RECHERCHE_ACTIVITE);
            case BESOIN_IDENTIFIE ->
                EnumSet.of(
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectKind.ENTREPRENEURIAT_COLLECTIF,
                        ProjectKind.REPRISE,
                        ProjectKind.INSTALLATION_AGRICOLE,
                        ProjectKind.INITIATIVE_CITOYENNE);
        };
    }

    /** The kinds of offer that suit this kind of project. */
    public static Set<OfferKind> suiting(ProjectKind project) {
        Set<OfferKind> kinds = EnumSet.noneOf(OfferKind.class);
        for (OfferKind kind : values()) {
            if (kind.suits().contains(project)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
