package fr.passerelle.common.privacy;

import java.time.OffsetDateTime;

/**
 * One dated thing a person did under their address, as a module tells it for the person's history: when, what
 * ({@code nature}, a code that the people bundle names: "inscription", "contact_stand"…), about what (an event's
 * title, a group's name), its state's code where it has one, and the page that shows it (null where none does).
 */
public record HistoryItem(OffsetDateTime at, String nature, String subject, String state, String link) {}
