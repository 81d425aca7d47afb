package fr.passerelle.news.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Networks;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.news.internal.Article;
import fr.passerelle.news.internal.ArticleNotFoundException;
import fr.passerelle.news.internal.Articles;
import fr.passerelle.web.FeedLink;
import fr.passerelle.web.JsonLd;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public news: the published articles, newest first, and each article's page with its schema.org data. */
@Controller
record NewsController(Articles articles, NewsChoices choices, SiteAddress site, Networks networks) {

    static final int PAGE_SIZE = 10;
    static final List<FeedLink> FEEDS = List.of(FeedLink.atom("news.feed.title", "/actualites/flux.atom"));

    @GetMapping("/actualites")
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal AccountUser user, Model model) {
        int from = Math.max(page, 0);
        Articles.ArticlePage found = articles.published(from, PAGE_SIZE);
        model.addAttribute("articles", found.articles());
        model.addAttribute("page", from);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("writes", articles.writes(user));
        model.addAttribute("unpublished", articles.unpublished(user));
        model.addAttribute("feedLinks", FEEDS);
        model.addAttribute("letterNetworks", networks.all());
        return "news/list";
    }

    @GetMapping("/actualites/{id}")
    String article(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Article article = articles.find(user, id).orElseThrow(() -> new ArticleNotFoundException(id));
        model.addAttribute("article", article);
        model.addAttribute("edits", articles.edits(user, article));
        model.addAttribute("feedLinks", FEEDS);
        choices.addLinks(model, article.eventId(), article.groupId(), article.resourceId());
        if (article.published()) {
            model.addAttribute("jsonLd", JsonLd.of(structuredData(article)));
        }
        return "news/article";
    }

    /** The article as schema.org's NewsArticle, for search engines. */
    private Map<String, Object> structuredData(Article article) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", JsonLd.CONTEXT);
        data.put("@type", "NewsArticle");
        data.put("headline", article.title());
        data.put("description", article.summary());
        data.put("articleBody", article.body());
        data.put("datePublished", article.publishedOn().toString());
        data.put(
                "dateModified",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        article.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
        data.put("url", site.url() + "/actualites/" + article.id());
        data.put("mainEntityOfPage", site.url() + "/actualites/" + article.id());
        data.put("inLanguage", "fr");
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", article.authorId() == null ? "Organization" : "Person");
        author.put("name", article.authorName());
        data.put("author", author);
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", "Passerelle");
        publisher.put("url", site.url());
        data.put("publisher", publisher);
        return data;
    }
}
