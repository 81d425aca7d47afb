package fr.passerelle.programmes.internal;

import fr.passerelle.directory.OrganisationKind;
import java.util.UUID;

/**
 * A published organisation of the directory offered by the organisation picker: its name, its kind and where it is
 * based ("Die (26)", null when the directory does not say), enough to tell two homonyms apart.
 */
public record OrganisationOption(UUID id, String name, OrganisationKind kind, String place) {}
