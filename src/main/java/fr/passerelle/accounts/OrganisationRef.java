package fr.passerelle.accounts;

import java.util.UUID;

/** An organisation a user can belong to, as the directory describes it. */
public record OrganisationRef(UUID id, String name, String kind) {}
