package fr.passerelle.offers.web;

import fr.passerelle.offers.internal.OfferSearchParams;
import java.util.ArrayList;
import java.util.List;

/**
 * What the search page says when it finds nothing: what was asked ("nothing answers « kiné » within 30 km of Die"),
 * then each way to widen the search as a link, and the alert that writes when an offer comes.
 *
 * @param messageKey the sentence, with {@code args}: the words, the place's name, the distance
 */
record NoOffers(String messageKey, List<Object> args, List<Widening> widenings) {

    /** A link to the same search made wider. */
    record Widening(String messageKey, List<Object> args, String href) {}

    private static final int WIDEST_KM = 100;

    static NoOffers of(OfferSearchParams params, String place, Integer radiusKm) {
        boolean words = params.q() != null;
        boolean near = params.near() != null && place != null;
        List<Widening> widenings = new ArrayList<>();
        if (words) {
            widenings.add(new Widening("offer.search.widen.words", List.of(params.q()), href(params.withoutWords())));
        }
        if (near && radiusKm != null && radiusKm < WIDEST_KM) {
            widenings.add(new Widening(
                    "offer.search.widen.radius", List.of(WIDEST_KM, place), href(params.withRadius(WIDEST_KM))));
        }
        if (near) {
            widenings.add(new Widening("offer.search.widen.place", List.of(place), href(params.withoutPlace())));
        }
        if (params.hasFilters()) {
            widenings.add(new Widening("offer.search.widen.filters", List.of(), href(params.withoutFilters())));
        }
        return new NoOffers(
                sentence(params, words, near),
                List.of(words ? params.q() : "", near ? place : "", radiusKm == null ? 0 : radiusKm),
                widenings);
    }

    private static String sentence(OfferSearchParams params, boolean words, boolean near) {
        if (!words && !near && !params.hasFilters()) {
            return "offer.search.none.yet";
        }
        if (words && !near && !params.hasFilters()) {
            return "offer.search.none.words";
        }
        if (near && !words && !params.hasFilters()) {
            return "offer.search.none.near";
        }
        return "offer.search.none.all";
    }

    private static String href(OfferSearchParams params) {
        String query = params.queryString();
        return query.isEmpty() ? "/offres" : "/offres?" + query;
    }
}
