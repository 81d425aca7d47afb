package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.programmes.internal.BudgetDocuments;
import fr.passerelle.programmes.internal.Budgets;
import fr.passerelle.programmes.internal.ProgrammeBudget;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.MediaType;
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
 * A programme's budget and funders (the funder report: page, PDF, spreadsheet) with the coordinator's forms: a budget
 * line, a funder's amounts.
 */
@Controller
record BudgetController(Budgets budgets, BudgetDocuments files) {

    @GetMapping("/programmes/{id:[0-9a-f\\-]{36}}/financement")
    String budget(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        return page(id, user, model);
    }

    @GetMapping("/programmes/{id}/financement.{format:pdf|xlsx}")
    ResponseEntity<byte[]> download(
            @PathVariable UUID id, @PathVariable String format, @AuthenticationPrincipal AccountUser user) {
        ProgrammeBudget budget = budgets.budget(user, id);
        String title = files.title(budget);
        return "pdf".equals(format)
                ? Downloads.download(files.pdf(budget), MediaType.APPLICATION_PDF, Downloads.name(title, "pdf"))
                : Downloads.download(files.spreadsheet(budget), Downloads.XLSX, Downloads.name(title, "xlsx"));
    }

    @PostMapping("/programmes/{id}/financement/lignes")
    String setLine(
            @PathVariable UUID id,
            @Valid @ModelAttribute("lineForm") BudgetLineForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        return forms(id, user, model, redirect)
                .submit(
                        form,
                        binding,
                        "budget.line.saved",
                        "#lignes",
                        () -> budgets.setLine(user, id, form.label(), form.planned(), form.spent()),
                        () -> budgets.checkLine(user, id, form.label(), form.planned(), form.spent()));
    }

    @PostMapping("/programmes/financement/lignes/{lineId}/retirer")
    String removeLine(
            @PathVariable UUID lineId, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        UUID programme = budgets.removeLine(user, lineId);
        return PageAnswers.back(redirect, "budget.line.removed", "/programmes/" + programme + "/financement#lignes");
    }

    @PostMapping("/programmes/{id}/financement/financeurs")
    String setFunding(
            @PathVariable UUID id,
            @Valid @ModelAttribute("fundingForm") FundingForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        return forms(id, user, model, redirect)
                .submit(
                        form,
                        binding,
                        "budget.funding.saved",
                        "#financeurs",
                        () -> budgets.setFunding(
                                user, id, form.funderId(), form.requested(), form.granted(), form.paid()),
                        () -> budgets.checkFunding(
                                user, id, form.funderId(), form.requested(), form.granted(), form.paid()));
    }

    /** The budget's page as its forms come back to it. */
    private FormPage forms(UUID id, AccountUser user, Model model, RedirectAttributes redirect) {
        return new FormPage("/programmes/" + id + "/financement", () -> page(id, user, model), model, redirect);
    }

    private String page(UUID id, AccountUser user, Model model) {
        model.addAttribute("budget", budgets.budget(user, id));
        if (!model.containsAttribute("lineForm")) {
            model.addAttribute("lineForm", BudgetLineForm.empty());
        }
        if (!model.containsAttribute("fundingForm")) {
            model.addAttribute("fundingForm", FundingForm.empty());
        }
        return "programmes/budget";
    }
}
