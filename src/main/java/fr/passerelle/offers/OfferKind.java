package fr.passerelle.offers;

import fr.passerelle.common.Vocabulary;

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
}
