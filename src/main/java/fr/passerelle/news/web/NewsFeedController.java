package fr.passerelle.news.web;

import fr.passerelle.common.AtomFeed;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.news.internal.Article;
import fr.passerelle.news.internal.Articles;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    private static final int ENTRIES = 30;

    @GetMapping(value = "/actualites/flux.atom", produces = "application/atom+xml")
    ResponseEntity<String> feed() throws XMLStreamException {
        List<Article> latest = articles.published(0, ENTRIES).articles();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(atom(latest));
    }

    private String atom(List<Article> latest) throws XMLStreamException {
        AtomFeed feed = new AtomFeed("fr")
                .element("id", feedId())
                .element("title", messages.getMessage("news.feed.title", null, Locale.FRENCH))
                .date(
                        "updated",
                        latest.stream()
                                .map(Article::updatedAt)
                                .max(Comparator.naturalOrder())
                                .orElse(OffsetDateTime.parse("2026-01-01T00:00:00Z")))
                .link("self", site.url() + "/actualites/flux.atom", "application/atom+xml")
                .link("alternate", site.url() + "/actualites", "text/html")
                .author("Passerelle");
        for (Article article : latest) {
            entry(feed, article);
        }
        return feed.finish();
    }

    /** The feed's own id, a tag URI (RFC 4151) of the site's host, that no change of its address scheme or port moves. */
    private String feedId() {
        return "tag:" + java.net.URI.create(site.url()).getHost() + ",2026:actualites";
    }

    private void entry(AtomFeed feed, Article article) throws XMLStreamException {
        feed.entry()
                .element("id", "urn:uuid:" + article.id())
                .element("title", article.title())
                .date("published", article.publishedAt())
                .date("updated", article.updatedAt())
                .link("alternate", site.url() + "/actualites/" + article.id(), "text/html")
                .author(article.authorName())
                .element("summary", article.summary());
        XMLStreamWriter xml = feed.xml();
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(html(article));
        xml.writeEndElement();
        feed.end();
    }

    /** The article's paragraphs as HTML, each escaped; the writer escapes the whole again, as type "html" wants. */
    private static String html(Article article) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : article.paragraphs()) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph, "UTF-8")).append("</p>");
        }
        return html.toString();
    }
}
