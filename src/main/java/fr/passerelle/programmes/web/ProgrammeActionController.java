package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.programmes.internal.ActionDraft;
import fr.passerelle.programmes.internal.BudgetDocuments;
import fr.passerelle.programmes.internal.Budgets;
import fr.passerelle.programmes.internal.ProgrammeAction;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Programmes;
import fr.passerelle.programmes.internal.ReportDocuments;
import jakarta.validation.Valid;
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
 * A programme's actions: adding one, its page with its report, what the coordinator writes beside its figures, its
 * report as a PDF and a spreadsheet, and taking it out of the programme.
 */
@Controller
record ProgrammeActionController(
        Programmes programmes,
        ProgrammeReports reports,
        ReportDocuments files,
        ProgrammePageModels pages,
        Budgets budgets,
        BudgetDocuments budgetFiles) {

    @PostMapping("/programmes/{id}/actions")
    String addAction(
            @PathVariable UUID id,
            @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        ActionDraft draft = form.draft();
        return pages.programmeForms(id, user, model, redirect)
                .submit(
                        form,
                        binding,
                        "programme.action.added",
                        "#actions",
                        () -> programmes.addAction(user, id, draft),
                        () -> programmes.checkAction(user, id, draft));
    }

    @GetMapping("/programmes/actions/{id:[0-9a-f\\-]{36}}")
    String action(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        return pages.action(id, user, model);
    }

    @PostMapping("/programmes/actions/{id}/bilan")
    String writeAction(
            @PathVariable UUID id,
            @Valid @ModelAttribute("textsForm") ActionTextsForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        return pages.actionForms(id, user, model, redirect)
                .submit(
                        errors,
                        "report.written",
                        "#bilan-qualitatif",
                        () -> programmes.writeAction(
                                user, id, form.description(), form.objectives(), form.assessment()));
    }

    @PostMapping("/programmes/actions/{id}/retirer")
    String removeAction(
            @PathVariable UUID id,
            @Valid @ModelAttribute("removalForm") RemovalForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeAction action = programmes.action(user, id);
        if (errors.hasErrors()) {
            return pages.action(id, user, model);
        }
        UUID programme = programmes.removeAction(user, id);
        return PageAnswers.back(redirect, "programme.action.removed", "/programmes/" + programme, action.title());
    }

    @GetMapping("/programmes/actions/{id}/bilan.{format:pdf|xlsx}")
    ResponseEntity<byte[]> download(
            @PathVariable UUID id, @PathVariable String format, @AuthenticationPrincipal AccountUser user) {
        return Downloads.of(reports.action(user, id), format, files, budgetFiles.part(budgets.costs(user, id)));
    }
}
