package fr.passerelle.news.web;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.news.internal.Article;
import fr.passerelle.news.internal.Articles;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The news as an Atom feed (RFC 4287): the 30 latest published articles, each with its stable id (a {@code urn:uuid}),
 * its dates, its author, its page and its text as escaped HTML paragraphs. Public and cached as the other feeds are
 * (a weak ETag, {@code If-None-Match} answered by 304).
 */
@RestController
record NewsFeedController(Articles articles, MessageSource messages, SiteAddress site) {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 30;

    @GetMapping(value = "/actualites/flux.atom", produces = "application/atom+xml")
    ResponseEntity<String> feed() throws XMLStreamException {
        List<Article> latest = articles.published(0, ENTRIES).articles();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(atom(latest));
    }

    private String atom(List<Article> latest) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "fr");
        element(xml, "id", feedId());
        element(xml, "title", messages.getMessage("news.feed.title", null, Locale.FRENCH));
        element(
                xml,
                "updated",
                timestamp(latest.stream()
                        .map(Article::updatedAt)
                        .max(Comparator.naturalOrder())
                        .orElse(OffsetDateTime.parse("2026-01-01T00:00:00Z"))));
        link(xml, "self", site.url() + "/actualites/flux.atom", "application/atom+xml");
        link(xml, "alternate", site.url() + "/actualites", "text/html");
        author(xml, "Passerelle");
        for (Article article : latest) {
            entry(xml, article);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    /** The feed's own id, a tag URI (RFC 4151) of the site's host, that no change of its address scheme or port moves. */
    private String feedId() {
        return "tag:" + java.net.URI.create(site.url()).getHost() + ",2026:actualites";
    }

    private void entry(XMLStreamWriter xml, Article article) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + article.id());
        element(xml, "title", article.title());
        element(xml, "published", timestamp(article.publishedAt()));
        element(xml, "updated", timestamp(article.updatedAt()));
        link(xml, "alternate", site.url() + "/actualites/" + article.id(), "text/html");
        author(xml, article.authorName());
        element(xml, "summary", article.summary());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(html(article));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The article's paragraphs as HTML, each escaped; the writer escapes the whole again, as type "html" wants. */
    private static String html(Article article) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : article.paragraphs()) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph, "UTF-8")).append("</p>");
        }
        return html.toString();
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

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
