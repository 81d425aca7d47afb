package fr.passerelle.resources;

import java.time.LocalDate;
import java.util.UUID;

/** A resource of the library that anyone may read, as other modules speak of it; its page is /ressources/{id}. */
public record PublishedResource(UUID id, String title, String summary, LocalDate publishedOn) {}
