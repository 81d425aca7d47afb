package fr.passerelle.directory;

import java.util.UUID;

/** An organisation that welcomes project holders first for a territory. */
public record WelcomeDesk(UUID organisationId, String name, UUID perimeterId) {}
