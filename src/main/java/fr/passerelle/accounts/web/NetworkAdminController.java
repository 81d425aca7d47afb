package fr.passerelle.accounts.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Networks;
import fr.passerelle.accounts.Regions;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Submissions;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of the regional networks: the list, a new network, the network a user works for. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
@RequiredArgsConstructor
class NetworkAdminController {

    private final Networks networks;
    private final Accounts accounts;

    @GetMapping("/admin/reseaux")
    String list(Model model) {
        model.addAttribute("form", new NetworkForm("", List.of()));
        return view(model);
    }

    @PostMapping("/admin/reseaux")
    String create(
            @Valid @ModelAttribute("form") NetworkForm typed,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        BindingResult errors = FormErrors.bound(typed, binding, model);
        return Submissions.recorded(
                        errors,
                        () -> networks.create(user, typed.name(), typed.regionCodes()),
                        () -> networks.check(typed.name(), typed.regionCodes()))
                .map(id -> PageAnswers.back(redirect, "network.created", "/admin/reseaux"))
                .orElseGet(() -> view(model));
    }

    @PostMapping("/admin/utilisateurs/{id}/reseau")
    String assign(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID networkId,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        if (accounts.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        PageAnswers.of(redirect, "networkError").tried(() -> networks.assign(user, id, networkId), "network.assigned");
        return "redirect:/admin/utilisateurs/" + id;
    }

    private String view(Model model) {
        model.addAttribute("networks", networks.all());
        model.addAttribute("regions", Regions.all());
        return "accounts/admin/networks";
    }
}
