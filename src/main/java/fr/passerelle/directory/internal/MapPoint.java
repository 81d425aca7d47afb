package fr.passerelle.directory.internal;

import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import java.util.UUID;

/** An organisation as a marker on the map: where it is and what it is, nothing more. */
public record MapPoint(UUID id, String name, OrganisationKind kind, Family family, double latitude, double longitude) {}
