package fr.passerelle.directory.internal;

import fr.passerelle.common.Sector;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What is written about an organisation, by a form, the API, an import or the demonstration data. */
public record OrganisationDraft(
        @NotBlank(message = "{directory.name.required}") @Size(max = 150, message = "{directory.name.length}")
                String name,
        @NotNull(message = "{directory.kind.required}") OrganisationKind kind,
        Family family,
        SubKind subKind,
        @NotNull(message = "{directory.area.required}") Area area,
        @Size(max = 4000, message = "{directory.description.length}") String description,
        @Pattern(regexp = "[0-9]{14}", message = "{directory.siret.invalid}") String siret,
        @Pattern(regexp = "https?://\\S+", message = "{directory.website.invalid}") String website,
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{email.invalid}") String email,
        @Size(max = 30, message = "{directory.phone.length}") String phone,
        @Size(max = 300, message = "{directory.address.length}") String address,
        @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "{directory.commune.invalid}") String communeCode,
        @DecimalMin(value = "-90", message = "{directory.latitude.invalid}")
                @DecimalMax(value = "90", message = "{directory.latitude.invalid}")
                Double latitude,
        @DecimalMin(value = "-180", message = "{directory.longitude.invalid}")
                @DecimalMax(value = "180", message = "{directory.longitude.invalid}")
                Double longitude,
        List<String> networks,
        List<Challenge> challenges,
        List<Sector> sectors,
        @NotEmpty(message = "{directory.coverage.required}") List<UUID> coverage,
        LocalDate lastVerifiedOn) {

    LocalDate lastVerifiedOrToday() {
        return lastVerifiedOn != null ? lastVerifiedOn : LocalDate.now();
    }
}
