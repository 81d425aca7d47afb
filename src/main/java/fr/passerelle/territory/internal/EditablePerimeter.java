package fr.passerelle.territory.internal;

import fr.passerelle.territory.PerimeterKind;
import java.util.UUID;

/** A perimeter an administrator maintains, with how many intercommunalities, communes and covered communes it has. */
public record EditablePerimeter(UUID id, PerimeterKind kind, String name, int epci, int communes, int covered) {}
