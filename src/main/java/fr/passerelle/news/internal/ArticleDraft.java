package fr.passerelle.news.internal;

import java.time.LocalDate;
import java.util.UUID;

/** What a coordinator writes of an article; the event, the group and the resource are optional. */
public record ArticleDraft(
        String title, String summary, String body, LocalDate publishedOn, UUID eventId, UUID groupId, UUID resourceId) {

    /** An article that links no resource. */
    public ArticleDraft(String title, String summary, String body, LocalDate publishedOn, UUID eventId, UUID groupId) {
        this(title, summary, body, publishedOn, eventId, groupId, null);
    }

    /**
     * The draft cut to the article's limits, for one the platform writes from what it announces: the title ends with
     * an ellipsis when it is too long, and so do the summary and the body.
     */
    public ArticleDraft fitted() {
        return new ArticleDraft(
                cut(title, Articles.TITLE_MAX),
                cut(summary, Articles.SUMMARY_MAX),
                cut(body, Articles.BODY_MAX),
                publishedOn,
                eventId,
                groupId,
                resourceId);
    }

    private static String cut(String text, int most) {
        return text.length() > most ? text.substring(0, most - 1).strip() + "…" : text;
    }
}
