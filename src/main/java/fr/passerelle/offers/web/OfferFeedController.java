package fr.passerelle.offers.web;

import fr.passerelle.common.AtomFeed;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.Offers;
import fr.passerelle.offers.internal.OfferHit;
import fr.passerelle.offers.internal.OfferPage;
import fr.passerelle.offers.internal.OfferQuery;
import fr.passerelle.offers.internal.OfferRejectedException;
import fr.passerelle.offers.internal.OfferSearchParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An Atom feed per search: the 50 latest published offers matching the same parameters as the search page, so that
 * a feed reader or a partner's site follows a search.
 */
@RestController
record OfferFeedController(Offers offers, OfferViews views, MessageSource messages, SiteAddress site) {
    private static final int ENTRIES = 50;

    @GetMapping(value = "/offres/feed.atom", produces = "application/atom+xml")
    ResponseEntity<String> feed(HttpServletRequest request) throws XMLStreamException {
        OfferSearchParams params = OfferSearchParams.from(request::getParameterValues);
        List<String> wrong = new ArrayList<>();
        OfferQuery query = params.toQuery(ENTRIES, wrong);
        if (!wrong.isEmpty()) {
            return badRequest("Paramètres inconnus ou invalides : " + String.join(", ", wrong));
        }
        List<OfferHit> hits;
        try {
            hits = newestFirst(offers.search(query.latest(ENTRIES)));
        } catch (OfferRejectedException rejected) {
            return badRequest(french(rejected.messageKey()));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(atom(params, hits));
    }

    /** Newest first in the feed, whatever the search's own order. */
    private static List<OfferHit> newestFirst(OfferPage page) {
        return page.hits().stream()
                .sorted(Comparator.comparing((OfferHit hit) -> hit.offer().publishedAt())
                        .reversed())
                .toList();
    }

    private String atom(OfferSearchParams params, List<OfferHit> hits) throws XMLStreamException {
        String search = params.queryString().isEmpty() ? "" : "?" + params.queryString();
        String self = site.url() + "/offres/feed.atom" + search;
        AtomFeed feed = new AtomFeed(null)
                .element("id", self)
                .element(
                        "title",
                        french("offer.feed.title") + (params.filtered() ? " — " + french("offer.feed.filtered") : ""))
                .date("updated", hits.isEmpty() ? null : hits.get(0).offer().publishedAt())
                .link("self", self, null)
                .link("alternate", site.url() + "/offres" + search, null)
                .author("Passerelle");
        entries(feed, OfferViews.offers(hits));
        return feed.finish();
    }

    private void entries(AtomFeed feed, List<Offer> found) throws XMLStreamException {
        Map<String, String> communes = views.communes(found);
        Map<UUID, String> publishers = views.publishers(found);
        for (Offer offer : found) {
            feed.entry()
                    .element("id", "urn:uuid:" + offer.id())
                    .element("title", offer.title())
                    .date("updated", offer.updatedAt())
                    .date("published", offer.publishedAt())
                    .link("alternate", site.url() + "/offres/" + offer.id(), null)
                    .author(publishers.get(offer.organisationId()));
            feed.xml().writeEmptyElement("category");
            feed.xml().writeAttribute("term", offer.kind().code());
            feed.xml().writeAttribute("label", french(offer.kind().messageKey()));
            feed.element("summary", communes.get(offer.communeCode()) + " — " + offer.description())
                    .end();
        }
    }

    private String french(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    private static ResponseEntity<String> badRequest(String text) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.TEXT_PLAIN)
                .body(text);
    }
}
