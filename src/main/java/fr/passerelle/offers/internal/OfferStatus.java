package fr.passerelle.offers.internal;

import fr.passerelle.common.Vocabulary;

/** Draft, then published; a published offer ends filled, withdrawn, or expired at its end date. */
public enum OfferStatus implements Vocabulary {
    DRAFT,
    PUBLISHED,
    FILLED,
    WITHDRAWN,
    EXPIRED;

    @Override
    public String messagePrefix() {
        return "offer.status";
    }
}
