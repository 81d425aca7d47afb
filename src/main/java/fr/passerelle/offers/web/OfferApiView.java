package fr.passerelle.offers.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A published offer as the API writes it: its fields, its place and publisher by name, absolute links. */
@Schema(name = "Offer")
record OfferApiView(
        UUID id,
        @Schema(description = "La page de l’offre (adresse absolue)") String url,
        String kind,
        String kindLabel,
        String title,
        String description,
        Commune commune,
        @Schema(nullable = true) String departement,
        @Schema(nullable = true) String region,
        @Schema(nullable = true) Boolean rural,
        @Schema(nullable = true) Double latitude,
        @Schema(nullable = true) Double longitude,
        List<String> sectors,
        @Schema(nullable = true) String conditions,
        boolean qualified,
        @Schema(nullable = true) String localSupport,
        @Schema(nullable = true) String premises,
        @Schema(nullable = true) String housing,
        Contact contact,
        @Schema(nullable = true) LocalDate availableFrom,
        @Schema(nullable = true) LocalDate endsOn,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        Publisher publisher,
        @Schema(nullable = true, description = "La photo (adresse absolue)") String picture,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(description = "La distance à la commune near, en km, pour une recherche autour d’elle")
                Double distanceKm) {

    /** The offer's commune: its INSEE code and its label, "Die (26)". */
    @Schema(name = "OfferCommune")
    record Commune(String code, String label) {}

    /** Whom to contact about the offer. */
    @Schema(name = "OfferContact")
    record Contact(
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone) {}

    /** The organisation that published the offer. */
    @Schema(name = "OfferPublisher")
    record Publisher(UUID id, String name) {}
}
