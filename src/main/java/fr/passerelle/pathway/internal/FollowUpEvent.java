package fr.passerelle.pathway.internal;

import java.util.UUID;

/** A follow-up question is due (or still unanswered a month later): the structure's advisors are asked by e-mail. */
public record FollowUpEvent(UUID followUpId, boolean reminder) {}
