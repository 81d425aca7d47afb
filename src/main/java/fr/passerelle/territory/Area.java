package fr.passerelle.territory;

/** An official territory named by its code: an EPCI (SIREN), a département or a région. */
public record Area(String code, String name) {}
