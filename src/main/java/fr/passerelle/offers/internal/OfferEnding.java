package fr.passerelle.offers.internal;

import java.util.UUID;

/** An offer's agents must hear of its coming end, or of its expiry. */
public record OfferEnding(UUID offerId, boolean expired) {}
