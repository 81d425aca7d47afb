package fr.passerelle.territory;

import java.util.UUID;

/** A named set of communes: an official territory, or a union of them (a pays, a PNR, a GAL LEADER...). */
public record Perimeter(UUID id, PerimeterKind kind, String name, String code) {}
