package fr.passerelle.events.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The agenda's filters as the URL writes them, each value as sent (read by {@link AgendaParams#of}): documented once
 * for the API, which binds them with {@code @ParameterObject}.
 */
record AgendaRequest(
        @Parameter(description = "À partir de ce jour", schema = @Schema(format = "date")) String from,
        @Parameter(description = "Avant ce jour", schema = @Schema(format = "date")) String to,
        @Parameter(description = "Un mois, AAAA-MM", schema = @Schema(type = "string", example = "2027-03"))
                String month,
        @Parameter(description = "Type d’événement (répétable)") List<String> kind,
        @Parameter(description = "Public (répétable)") List<String> audience,
        @Parameter(description = "En ligne seulement", schema = @Schema(type = "boolean")) String online,
        @Parameter(description = "Adresse d’une page de territoire (le-diois) ou SIREN d’EPCI") String territory,
        @Parameter(description = "Mots") String q,
        @Parameter(
                        description = "L’identifiant d’un réseau : ses événements seulement",
                        schema = @Schema(type = "string", format = "uuid"))
                String reseau) {}
