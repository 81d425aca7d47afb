package fr.passerelle.programmes.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A conference or workshop of the agenda held inside the fair of a stand's action. */
public record ActionTalk(UUID actionId, UUID eventId, String title, OffsetDateTime startsAt) {}
