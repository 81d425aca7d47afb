package fr.passerelle.directory.web;

import fr.passerelle.common.FormErrors;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.EntryRejectedException;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.directory.internal.SubKind;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the proposal and edit forms share: their choices, the commune and coverage they resolve. */
@Component
record OrganisationFormSupport(Territories territories, CoverageLevels levels) {
    private static final Map<String, String> FORM_FIELDS =
            Map.of("communeCode", "commune", "latitude", "commune", "coverage", "coverageLevel");

    void choices(Model model, boolean editing) {
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("families", Family.values());
        model.addAttribute("subKinds", SubKind.values());
        model.addAttribute("areas", Area.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute(
                "levels",
                editing
                        ? Stream.concat(Stream.of(OrganisationForm.KEEP), CoverageLevels.LEVELS.stream())
                                .toList()
                        : CoverageLevels.LEVELS);
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
                : List.of(levels.perimeter(form.coverageLevel(), c));
        return Optional.of(form.toDraft(c.code(), c.latitude(), c.longitude(), coverage));
    }

    /** Puts each rule the directory refused next to its field; the form names the place and the coverage its way. */
    static void reject(EntryRejectedException e, BindingResult errors) {
        FormErrors.reject(errors, e, FORM_FIELDS);
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
}
