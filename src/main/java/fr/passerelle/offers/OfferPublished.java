package fr.passerelle.offers;

import java.util.UUID;

/** An offer went public: matching projects may hear of it. */
public record OfferPublished(UUID offerId) {}
