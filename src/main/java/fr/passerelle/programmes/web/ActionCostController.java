package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.programmes.internal.Budgets;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An action's costs and the territories' shares of them, on the action's page. */
@Controller
record ActionCostController(Budgets budgets, ProgrammePageModels pages) {

    @PostMapping("/programmes/actions/{id}/couts")
    String addCost(
            @PathVariable UUID id,
            @Valid @ModelAttribute("costForm") CostForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        return pages.actionForms(id, user, model, redirect)
                .submit(
                        form,
                        binding,
                        "budget.cost.added",
                        "#couts",
                        () -> budgets.addCost(user, id, form.label(), form.amount()),
                        () -> budgets.checkCost(user, id, form.label(), form.amount()));
    }

    @PostMapping("/programmes/actions/couts/{costId}/retirer")
    String removeCost(
            @PathVariable UUID costId, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        UUID action = budgets.removeCost(user, costId);
        return PageAnswers.back(redirect, "budget.cost.removed", "/programmes/actions/" + action + "#couts");
    }

    @PostMapping("/programmes/actions/{id}/parts")
    String setShare(
            @PathVariable UUID id,
            @Valid @ModelAttribute("shareForm") ShareForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        return pages.actionForms(id, user, model, redirect)
                .submit(
                        form,
                        binding,
                        "budget.share.saved",
                        "#couts",
                        () -> budgets.setShare(user, id, form.costId(), form.territoryId(), form.share()),
                        () -> budgets.checkShare(user, id, form.costId(), form.territoryId(), form.share()));
    }
}
