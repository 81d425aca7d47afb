package fr.passerelle.news.web;

import fr.passerelle.common.Paris;
import fr.passerelle.news.internal.Article;
import fr.passerelle.news.internal.ArticleDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The article form: the body in plain text, its paragraphs separated by a blank line; event, group and resource
 * optional.
 */
record ArticleForm(
        @NotBlank(message = "{news.title.required}") @Size(max = 150, message = "{news.title.length}") String title,
        @NotBlank(message = "{news.summary.required}") @Size(max = 400, message = "{news.summary.length}")
                String summary,
        @NotBlank(message = "{news.body.required}") @Size(max = 20000, message = "{news.body.length}") String body,
        LocalDate publishedOn,
        UUID eventId,
        UUID groupId,
        UUID resourceId) {

    static ArticleForm empty() {
        return new ArticleForm("", "", "", Paris.today(), null, null, null);
    }

    static ArticleForm of(Article article) {
        ArticleDraft draft = article.draftOf();
        return new ArticleForm(
                draft.title(),
                draft.summary(),
                draft.body(),
                draft.publishedOn(),
                draft.eventId(),
                draft.groupId(),
                draft.resourceId());
    }

    ArticleDraft draft() {
        return new ArticleDraft(title, summary, body, publishedOn, eventId, groupId, resourceId);
    }
}
