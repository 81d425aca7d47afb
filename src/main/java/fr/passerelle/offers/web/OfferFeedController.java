package fr.passerelle.offers.web;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.Offers;
import fr.passerelle.offers.internal.OfferHit;
import fr.passerelle.offers.internal.OfferPage;
import fr.passerelle.offers.internal.OfferQuery;
import fr.passerelle.offers.internal.OfferRejectedException;
import fr.passerelle.offers.internal.OfferSearchParams;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
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
    private static final String ATOM = "http://www.w3.org/2005/Atom";
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
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", self);
        element(
                xml,
                "title",
                french("offer.feed.title") + (params.filtered() ? " — " + french("offer.feed.filtered") : ""));
        element(
                xml,
                "updated",
                timestamp(hits.isEmpty() ? null : hits.get(0).offer().publishedAt()));
        link(xml, "self", self);
        link(xml, "alternate", site.url() + "/offres" + search);
        author(xml, "Passerelle");
        entries(xml, OfferViews.offers(hits));
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private void entries(XMLStreamWriter xml, List<Offer> found) throws XMLStreamException {
        Map<String, String> communes = views.communes(found);
        Map<UUID, String> publishers = views.publishers(found);
        for (Offer offer : found) {
            xml.writeStartElement("entry");
            element(xml, "id", "urn:uuid:" + offer.id());
            element(xml, "title", offer.title());
            element(xml, "updated", timestamp(offer.updatedAt()));
            element(xml, "published", timestamp(offer.publishedAt()));
            link(xml, "alternate", site.url() + "/offres/" + offer.id());
            author(xml, publishers.get(offer.organisationId()));
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", offer.kind().code());
            xml.writeAttribute("label", french(offer.kind().messageKey()));
            element(xml, "summary", communes.get(offer.communeCode()) + " — " + offer.description());
            xml.writeEndElement();
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

    private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement("author");
        element(xml, "name", name);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                (at == null ? OffsetDateTime.now() : at).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
