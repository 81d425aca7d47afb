package fr.passerelle.offers.internal;

import fr.passerelle.offers.Offer;

/** An offer found by a search, with its distance from the commune searched near, when there was one. */
public record OfferHit(Offer offer, Double distanceKm) {}
