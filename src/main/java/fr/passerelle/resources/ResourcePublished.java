package fr.passerelle.resources;

import java.util.UUID;

/** A resource went into the library, published by a user of that network: the news may announce it. */
public record ResourcePublished(UUID resourceId, UUID networkId) {}
