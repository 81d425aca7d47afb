package fr.passerelle.groups.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A meeting's minutes and decisions, as a coordinator writes them on the group's page. */
record MinutesForm(
        UUID eventId,
        @Size(max = 20000, message = "{group.minutes.length}") String minutes,
        @Size(max = 8000, message = "{group.minutes.length}") String decisions) {}
