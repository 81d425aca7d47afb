package fr.passerelle.directory.web;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.Audience;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.SchemeAccess;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.directory.SchemeType;
import fr.passerelle.directory.internal.EntryRejectedException;
import fr.passerelle.directory.internal.SchemeDraft;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the scheme forms share: their choices, and reading amounts and coverage as people type them. */
@Component
record SchemeFormSupport(Territories territories, CoverageLevels levels) {

    private static final int MAX_AMOUNT_DIGITS = 9;

    /** The choices of the form; coverage levels around the organisation's commune when it has one. */
    void choices(Model model, Organisation organisation, boolean editing) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", SchemeType.values());
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("projectKinds", ProjectKind.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("calendars", SchemeCalendar.values());
        model.addAttribute("receptionModes", SchemeAccess.ReceptionMode.values());
        model.addAttribute("fees", SchemeAccess.Fee.values());
        model.addAttribute("mobilisers", SchemeAccess.Mobiliser.values());
        List<String> choices = new ArrayList<>();
        if (editing) {
            choices.add(OrganisationForm.KEEP);
        }
        choices.add(SchemeForm.SAME);
        if (organisation.communeCode() != null) {
            choices.addAll(CoverageLevels.LEVELS);
        }
        model.addAttribute("levels", choices);
    }

    /**
     * The draft the form describes, with the errors of the amounts that could not be read added to the binding
     * result; the directory's own rules are checked by {@link fr.passerelle.directory.Directory#checkScheme}.
     */
    SchemeDraft draft(SchemeForm form, Organisation organisation, List<UUID> currentCoverage, BindingResult errors) {
        Integer amountMin = amount(form.amountMin(), "amountMin", errors);
        Integer amountMax = amount(form.amountMax(), "amountMax", errors);
        List<UUID> coverage = coverage(form.coverageLevel(), organisation, currentCoverage);
        return new SchemeDraft(
                organisation.id(),
                form.name() == null ? null : form.name().strip(),
                blankToNull(form.description()),
                form.type(),
                list(form.stages()),
                list(form.projectKinds()),
                list(form.sectors()),
                list(form.audiences()),
                Boolean.TRUE.equals(form.essOnly()),
                Boolean.TRUE.equals(form.collectiveOnly()),
                form.calendar(),
                form.calendar() == SchemeCalendar.ALWAYS ? null : form.opensOn(),
                form.calendar() == SchemeCalendar.ALWAYS ? null : form.closesOn(),
                amountMin,
                amountMax,
                SchemeRates.read(form.ratePercent(), errors),
                blankToNull(form.howToApply()),
                blankToNull(form.website()),
                coverage,
                null,
                new SchemeAccess(
                        list(form.receptionModes()),
                        form.fee(),
                        form.fee() == null ? null : blankToNull(form.feeDetails()),
                        list(form.mobilisableBy())));
    }

    /** Puts each rule the directory refused next to its field, unless that field already shows an error. */
    static void reject(EntryRejectedException e, BindingResult errors) {
        FormErrors.reject(errors, e, Map.of("coverage", "coverageLevel"));
    }

    private List<UUID> coverage(String level, Organisation organisation, List<UUID> current) {
        if (level == null || SchemeForm.SAME.equals(level)) {
            return List.of();
        }
        if (OrganisationForm.KEEP.equals(level)) {
            return current;
        }
        Optional<Commune> commune =
                organisation.communeCode() == null ? Optional.empty() : territories.commune(organisation.communeCode());
        return commune.map(c -> List.of(levels.perimeter(level, c))).orElse(List.of());
    }

    /** Whole euros, written with spaces or a euro sign as people do ("10 000 €"); empty is none. */
    private static Integer amount(String typed, String field, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("[\\s\\u00a0\\u202f€]", "");
        if (!digits.matches("\\d{1," + MAX_AMOUNT_DIGITS + "}")) {
            errors.rejectValue(field, "directory.amount.invalid");
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).distinct().toList();
    }
}
