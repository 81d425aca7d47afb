package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Submissions;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.Organisation;
import fr.passerelle.programmes.internal.Budgets;
import fr.passerelle.programmes.internal.Funder;
import fr.passerelle.programmes.internal.Programme;
import fr.passerelle.programmes.internal.ProgrammeDraft;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Programmes;
import fr.passerelle.programmes.internal.ReportDocuments;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' programmes: the list, a new programme, a programme's page with its report, what the coordinator
 * writes beside its figures, and the report as a PDF and a spreadsheet.
 */
@Controller
record ProgrammeController(
        Programmes programmes,
        ProgrammeReports reports,
        ReportDocuments files,
        Directory directory,
        ProgrammePageModels pages,
        Budgets budgets) {

    private static final int FUNDER_CHOICES = 200;

    @GetMapping("/programmes")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("programmes", programmes.all(user));
        return "programmes/list";
    }

    @GetMapping("/programmes/nouvelle")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        programmes.all(user);
        model.addAttribute("programmeForm", ProgrammeForm.empty());
        return form(model, List.of());
    }

    @PostMapping("/programmes/nouvelle")
    String create(
            @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        BindingResult errors = FormErrors.bound(form, binding, model);
        ProgrammeDraft draft = form.draft(lead(form, errors));
        model.addAttribute("organisationCandidates", programmes.funderCandidates(draft));
        return Submissions.recorded(errors, () -> programmes.create(user, draft), () -> programmes.check(draft))
                .map(id -> PageAnswers.back(redirect, "programme.created", "/programmes/" + id))
                .orElseGet(() -> form(model, List.of()));
    }

    @GetMapping("/programmes/{id}/modifier")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Programme programme = programmes.programme(user, id);
        model.addAttribute("editing", programme);
        List<Funder> funders = budgets.budget(user, id).funders();
        model.addAttribute("programmeForm", ProgrammeForm.of(programme, pages.leadName(programme), funders));
        return form(model, funders);
    }

    @PostMapping("/programmes/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("editing", programmes.programme(user, id));
        BindingResult errors = FormErrors.bound(form, binding, model);
        ProgrammeDraft draft = form.draft(lead(form, errors));
        model.addAttribute("organisationCandidates", programmes.funderCandidates(draft));
        return new FormPage(
                        "/programmes/" + id,
                        () -> form(model, budgets.budget(user, id).funders()),
                        model,
                        redirect)
                .submit(
                        errors,
                        "programme.updated",
                        "",
                        () -> programmes.update(user, id, draft),
                        () -> programmes.check(id, draft));
    }

    @GetMapping("/programmes/{id:[0-9a-f\\-]{36}}")
    String programme(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        return pages.programme(id, user, model);
    }

    @PostMapping("/programmes/{id}/bilan")
    String writeProgramme(
            @PathVariable UUID id,
            @Valid @ModelAttribute("textsForm") ProgrammeTextsForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        return pages.programmeForms(id, user, model, redirect)
                .submit(
                        errors,
                        "report.written",
                        "#bilan-qualitatif",
                        () -> programmes.writeProgramme(user, id, form.description(), form.assessment()));
    }

    @GetMapping("/programmes/{id}/bilan.{format:pdf|xlsx}")
    ResponseEntity<byte[]> download(
            @PathVariable UUID id, @PathVariable String format, @AuthenticationPrincipal AccountUser user) {
        return Downloads.of(reports.programme(user, id), format, files);
    }

    /** The programme's form, with the directory's funding organisations to tick and the programme's own funders. */
    private String form(Model model, List<Funder> funders) {
        Map<UUID, String> choices = new LinkedHashMap<>();
        directory.allOrganisations(DirectoryQuery.all().withFamilies(Set.of(Family.FUND)), FUNDER_CHOICES).stream()
                .sorted(Comparator.comparing(Organisation::name))
                .forEach(organisation -> choices.put(organisation.id(), organisation.name()));
        funders.stream()
                .filter(funder -> funder.organisationId() != null)
                .forEach(funder -> choices.putIfAbsent(funder.organisationId(), funder.name()));
        model.addAttribute("funderChoices", choices);
        return "programmes/new";
    }

    /** The lead organisation named in the form, found in the directory; an error on the form when it is not. */
    private UUID lead(ProgrammeForm form, BindingResult errors) {
        if (form.lead() == null || form.lead().isBlank()) {
            return null;
        }
        return directory.organisationIdByName(form.lead().strip()).orElseGet(() -> {
            errors.rejectValue("lead", "programme.lead.unknown");
            return null;
        });
    }
}
