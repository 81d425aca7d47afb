package fr.passerelle.people.internal;

import java.time.OffsetDateTime;

/** A look at a person's data: by whom, what ("history", "export", "erasure"), when. */
public record Lookup(String userName, String action, OffsetDateTime at) {}
