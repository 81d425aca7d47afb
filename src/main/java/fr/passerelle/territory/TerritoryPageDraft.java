package fr.passerelle.territory;

/** A territory page as its agents write it. */
public record TerritoryPageDraft(
        String name, String tagline, String living, String services, String mobility, String housing, String schools) {}
