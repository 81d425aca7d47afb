package fr.passerelle.news.internal;

import java.time.LocalDate;
import java.util.UUID;

/** What a coordinator writes of an article; the event and the group are optional. */
public record ArticleDraft(
        String title, String summary, String body, LocalDate publishedOn, UUID eventId, UUID groupId) {}
