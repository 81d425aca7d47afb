package fr.passerelle.events;

import java.util.UUID;

/** An event went on the agenda, published by a user of that network: the news may announce it. */
public record EventPublished(UUID eventId, UUID networkId) {}
