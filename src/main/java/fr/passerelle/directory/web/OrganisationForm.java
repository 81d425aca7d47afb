package fr.passerelle.directory.web;

import fr.passerelle.common.Sector;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.directory.internal.SubKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The organisation form, for a proposal or an edit. Its coverage is chosen as a level around the
 * organisation's commune (the commune, its EPCI, département, région, or France); "keep" leaves an
 * edited entry's coverage as it is.
 */
public record OrganisationForm(
        @NotBlank(message = "{directory.name.required}") @Size(max = 150, message = "{directory.name.length}")
                String name,
        @NotNull(message = "{directory.kind.required}") OrganisationKind kind,
        Family family,
        SubKind subKind,
        @NotNull(message = "{directory.area.required}") Area area,
        @Size(max = 4000, message = "{directory.description.length}") String description,
        @Pattern(regexp = "|https?://\\S+", message = "{directory.website.invalid}") String website,
        @Pattern(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{email.invalid}") String email,
        @Size(max = 30, message = "{directory.phone.length}") String phone,
        @Size(max = 300, message = "{directory.address.length}") String address,
        String commune,
        String communeLabel,
        List<Sector> sectors,
        @NotBlank(message = "{directory.coverage.required}") String coverageLevel,
        String proposerEmail) {

    static final String KEEP = "keep";

    static OrganisationForm empty() {
        return new OrganisationForm(
                "", null, null, null, Area.RURAL, "", "", "", "", "", "", "", List.of(), "departement", "");
    }

    static OrganisationForm of(Organisation o, String communeLabel) {
        return new OrganisationForm(
                o.name(),
                o.kind(),
                o.family(),
                o.subKind(),
                o.area(),
                o.description(),
                nullToEmpty(o.website()),
                nullToEmpty(o.email()),
                nullToEmpty(o.phone()),
                nullToEmpty(o.address()),
                nullToEmpty(o.communeCode()),
                communeLabel,
                o.sectors(),
                KEEP,
                "");
    }

    OrganisationDraft toDraft(String communeCode, Double latitude, Double longitude, List<UUID> coverage) {
        return new OrganisationDraft(
                name,
                kind,
                family,
                subKind,
                area,
                description,
                null,
                emptyToNull(website),
                emptyToNull(email),
                emptyToNull(phone),
                emptyToNull(address),
                communeCode,
                latitude,
                longitude,
                List.of(),
                List.of(),
                sectors == null
                        ? List.of()
                        : sectors.stream()
                                .filter(java.util.Objects::nonNull)
                                .distinct()
                                .toList(),
                coverage,
                null);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
