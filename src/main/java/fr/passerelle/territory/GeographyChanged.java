package fr.passerelle.territory;

/** Communes, their memberships or perimeters have changed: what was read of them may be out of date. */
public record GeographyChanged() {}
