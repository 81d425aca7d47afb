package fr.passerelle.news.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An article of the network's news.
 *
 * @param status draft, published or withdrawn
 * @param publishedOn the day it reads as published, null for a draft not yet dated
 * @param publishedAt when it went public, null until then
 * @param eventId the event of the agenda it announces, or null
 * @param groupId the working group it speaks of, or null
 * @param resourceId the resource of the library it links, or null
 * @param networkId the network it belongs to: its author's, or that of what a proposed draft announces
 * @param proposedFrom for a draft the platform proposed, what it announces ("event", "resource" or "group"), else null
 * @param proposedAbout for a proposed draft, the title of what it announces when it was published
 */
public record Article(
        UUID id,
        String title,
        String summary,
        String body,
        String status,
        LocalDate publishedOn,
        OffsetDateTime publishedAt,
        UUID eventId,
        UUID groupId,
        UUID resourceId,
        UUID authorId,
        String authorName,
        OffsetDateTime updatedAt,
        UUID networkId,
        String proposedFrom,
        String proposedAbout) {

    public boolean published() {
        return "published".equals(status);
    }

    public boolean draft() {
        return "draft".equals(status);
    }

    /** Whether the platform proposed it when something was published: the coordinators of its network keep it. */
    public boolean proposed() {
        return proposedFrom != null;
    }

    /** The body's paragraphs: the text between blank lines, each stripped. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    /** The article as its form shows it. */
    public ArticleDraft draftOf() {
        return new ArticleDraft(title, summary, body, publishedOn, eventId, groupId, resourceId);
    }
}
