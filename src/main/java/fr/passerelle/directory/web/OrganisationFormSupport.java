package fr.passerelle.directory.web;

import fr.passerelle.common.Sector;
import fr.passerelle.directory.Area;
import fr.passerelle.directory.EntryRejectedException;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationDraft;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.SubKind;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the proposal and edit forms share: their choices, the commune and coverage they resolve. */
@Component
class OrganisationFormSupport {

    static final List<String> LEVELS = List.of("commune", "epci", "departement", "region", "france");

    private final Territories territories;

    OrganisationFormSupport(Territories territories) {
        this.territories = territories;
    }

    void choices(Model model, boolean editing) {
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("families", Family.values());
        model.addAttribute("subKinds", SubKind.values());
        model.addAttribute("areas", Area.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute(
                "levels",
                editing
                        ? java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(OrganisationForm.KEEP), LEVELS.stream())
                                .toList()
                        : LEVELS);
    }

    /** The draft of a valid form, or empty with the errors added to the binding result. */
    Optional<OrganisationDraft> draft(OrganisationForm form, List<UUID> currentCoverage, BindingResult errors) {
        Optional<Commune> commune = commune(form);
        if (commune.isEmpty()) {
            errors.rejectValue("commune", "directory.commune.required");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Commune c = commune.orElseThrow();
        List<UUID> coverage = OrganisationForm.KEEP.equals(form.coverageLevel()) && !currentCoverage.isEmpty()
                ? currentCoverage
                : List.of(perimeter(form.coverageLevel(), c));
        return Optional.of(form.toDraft(c.code(), c.latitude(), c.longitude(), coverage));
    }

    /** Puts a rule the directory refused next to its field. */
    static void reject(EntryRejectedException e, BindingResult errors) {
        String field =
                switch (e.field()) {
                    case "communeCode", "latitude" -> "commune";
                    case "coverage" -> "coverageLevel";
                    default -> e.field();
                };
        errors.rejectValue(field, e.messageKey());
    }

    private Optional<Commune> commune(OrganisationForm form) {
        if (form.commune() != null && !form.commune().isBlank()) {
            return territories.commune(form.commune().strip());
        }
        if (form.communeLabel() != null && !form.communeLabel().isBlank()) {
            return territories.searchCommunes(form.communeLabel(), 1).stream()
                    .findFirst()
                    .flatMap(match -> territories.commune(match.code()));
        }
        return Optional.empty();
    }

    private UUID perimeter(String level, Commune commune) {
        return switch (level) {
            case "commune" ->
                territories
                        .officialPerimeter(PerimeterKind.COMMUNE, commune.code())
                        .id();
            case "epci" ->
                commune.epci() != null
                        ? territories
                                .officialPerimeter(
                                        PerimeterKind.EPCI, commune.epci().code())
                                .id()
                        : territories
                                .officialPerimeter(PerimeterKind.COMMUNE, commune.code())
                                .id();
            case "region" ->
                territories
                        .officialPerimeter(
                                PerimeterKind.REGION, commune.region().code())
                        .id();
            case "france" ->
                territories.officialPerimeter(PerimeterKind.FRANCE, null).id();
            default ->
                territories
                        .officialPerimeter(
                                PerimeterKind.DEPARTEMENT, commune.departement().code())
                        .id();
        };
    }
}
