package fr.passerelle.offers.internal;

import java.util.List;

/** A page of search results and how many there are in all. */
public record OfferPage(List<OfferHit> hits, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
