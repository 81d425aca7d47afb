package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.ProjectExchange;
import fr.passerelle.intake.internal.ProjectExchange.CardDraft;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project exchange: the holder's page for their anonymous card and the interests it drew; the territories'
 * list of cards, a card with the interest form, and their interests with the holders' answers.
 */
@Controller
record ExchangeController(ProjectExchange exchange, Intakes intakes) {
    @GetMapping("/espace/projets/{id}/bourse")
    String holderPage(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        var card = exchange.cardOfProject(user, id);
        model.addAttribute("card", card.orElse(null));
        model.addAttribute("interests", exchange.interestsIn(user, id));
        model.addAttribute("projectId", id);
        model.addAttribute("title", intakes.projectTitle(id).orElse(""));
        if (!model.containsAttribute("draft")) {
            model.addAttribute(
                    "draft",
                    card.map(found -> new CardDraft(found.summary(), found.lookingFor(), found.areas()))
                            .orElse(new CardDraft("", "", "")));
        }
        return "intake/exchange-holder";
    }

    @PostMapping("/espace/projets/{id}/bourse")
    String publish(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String lookingFor,
            @RequestParam(defaultValue = "") String areas,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        CardDraft draft = new CardDraft(summary, lookingFor, areas);
        PageAnswers.sent(
                redirect,
                new BeanPropertyBindingResult(draft, "draft"),
                () -> exchange.publish(user, id, draft),
                "exchange.published");
        return "redirect:/espace/projets/" + id + "/bourse";
    }

    @PostMapping("/espace/projets/{id}/bourse/retirer")
    String withdraw(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        exchange.withdraw(user, id);
        return PageAnswers.back(redirect, "exchange.withdrawn", "/espace/projets/" + id + "/bourse");
    }

    @PostMapping("/espace/interets/{id}/{answer:accepter|decliner}")
    String answer(
            @PathVariable UUID id,
            @PathVariable String answer,
            @RequestParam UUID project,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers.of(redirect, "answerError")
                .tried(() -> exchange.answer(user, id, "accepter".equals(answer)), "exchange.answered." + answer);
        return "redirect:/espace/projets/" + project + "/bourse";
    }

    @GetMapping("/bourse")
    String cards(
            @RequestParam(required = false) String departement,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        List<ProjectExchange.Card> fetched = exchange.published(user, departement, page);
        model.addAttribute("cards", fetched.stream().limit(20).toList());
        model.addAttribute("more", fetched.size() > 20);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("departement", departement == null ? "" : departement.strip());
        model.addAttribute("agent", user.hasRole(Role.TERRITORY_AGENT));
        return "intake/exchange-cards";
    }

    @GetMapping("/bourse/{id:[0-9a-f\\-]{36}}")
    String card(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("card", exchange.card(user, id));
        model.addAttribute("agent", user.hasRole(Role.TERRITORY_AGENT));
        model.addAttribute("expressed", exchange.interestsOf(user).stream().anyMatch(interest -> interest.cardId()
                .equals(id)));
        return "intake/exchange-card";
    }

    @PostMapping("/bourse/{id}/interet")
    String interest(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String message,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers.of(redirect, "interestError")
                .keeping("message", message)
                .tried(() -> exchange.expressInterest(user, id, message), "exchange.interest.sent");
        return "redirect:/bourse/" + id;
    }

    @GetMapping("/bourse/mes-interets")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("interests", exchange.interestsOf(user));
        return "intake/exchange-interests";
    }
}
